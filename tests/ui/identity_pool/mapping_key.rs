use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool Pool {
            client Web {}
        }
        identity_pool Ids {
            authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Web }] },
            role_mappings: [{ provider_url: user_pool(Pool, Web), use_token: true }],
        }
    };
}
