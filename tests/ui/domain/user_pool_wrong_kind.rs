use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        parameter prefix { type: "String" }
        user_pool_domain hosted { user_pool: prefix, cognito_domain: { domain_prefix: "myapp" } }
    };
}
