use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_identity_provider corp { user_pool: pool }
    };
}
