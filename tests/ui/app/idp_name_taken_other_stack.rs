// Two OIDC providers of one name on one pool, the second in a later stack: Cognito refuses
// the second at deploy time; the error is under its name.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool Pool {}
            user_pool_identity_provider_oidc Corp {
                user_pool: Pool,
                client_id: "corp",
                client_secret: "secret",
                issuer_url: "https://issuer.example.com",
                name: "CorpOidc",
            }
        }
        stack Api {
            user_pool_identity_provider_oidc Corp2 {
                user_pool: Pool,
                client_id: "corp",
                client_secret: "secret",
                issuer_url: "https://login.example.org",
                name: "CorpOidc",
            }
        }
    };
}
