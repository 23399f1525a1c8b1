// The fix `identity_pool_provider_other_stack` suggests: the pool's stack declares the
// client, the identity pool names it.
use cognito::cognito;

fn main() {
    let app = cognito! {
        stack Auth {
            user_pool Pool { client web {} }
        }
        stack Ids {
            identity_pool Ids {
                authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Pool.web }] },
            }
        }
    };
    assert!(app.synth().is_ok());
}
