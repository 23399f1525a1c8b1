// Two identity pools of later stacks whose providers name no client of the same pool: each
// adds `UserPoolAuthenticationProviderClient` to it, in the pool's stack, and the second
// fails as in the CDK ("There is already a Construct with name …"): said once, under the
// second provider's pool.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool Pool {}
        }
        stack Ids {
            identity_pool Ids { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        }
        stack Ids2 {
            identity_pool Ids2 { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        }
    };
}
