// An identity pool whose provider adds its client to a pool of an earlier stack, after an
// identity provider of the identity pool's stack registered on that pool: the client lists
// it, so `Auth` would refer to `Ids`, which refers to `Auth` (the CDK: "would create a cyclic
// reference"). The error is under the provider that adds the client.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool Pool {}
        }
        stack Ids {
            user_pool_identity_provider_oidc Corp {
                user_pool: Pool,
                client_id: "corp",
                client_secret: "secret",
                issuer_url: "https://issuer.example.com",
            }
            identity_pool Ids { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        }
    };
}
