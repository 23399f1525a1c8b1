use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted { user_pool: pool, cognito_domain: { domain_prefix: "myapp" } }
        }
    };
}
