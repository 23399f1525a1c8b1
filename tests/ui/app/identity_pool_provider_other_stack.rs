// An identity pool's provider without `user_pool_client`, naming a pool of another stack:
// the CDK adds the provider's client to the pool's stack; cognito! makes an item's clients
// in its own stack only, and says so.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool Pool {}
        }
        stack Ids {
            identity_pool Ids { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        }
    };
}
