use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_client web = from_user_pool_id("us-east-1_abc");
    };
}
