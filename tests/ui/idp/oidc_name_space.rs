use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_oidc oidc {
            user_pool: pool,
            name: "my provider",
            client_id: "id",
            client_secret: "secret",
            issuer_url: "https://issuer.example.com",
        }
    };
}
