// An identity pool naming an app client of a pool of another stack: nothing is added to the
// pool, the identity pool imports the client's id.
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
