use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool Pool {}
        identity_pool One { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        identity_pool Two { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
    };
}
