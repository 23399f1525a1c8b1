use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc");
        user_pool_client web = from_user_pool_client_id("abc+123");
        identity_pool ids {
            authentication_providers: { user_pools: [{ user_pool: pool, user_pool_client: web }] },
        }
    };
}
