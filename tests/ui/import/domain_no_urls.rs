use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_domain auth = from_domain_name("my-app");
        output url { value: auth.base_url }
    };
}
