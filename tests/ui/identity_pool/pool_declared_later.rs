use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        user_pool Pool {}
    };
}
