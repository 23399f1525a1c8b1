use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted { "cognito_domain": { domain_prefix: "myapp" } }
        }
    };
}
