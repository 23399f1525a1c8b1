use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_oidc oidc {
            user_pool: pool,
            client_id: "id",
            client_secret: "secret",
            issuer_url: "https://issuer.example.com",
            endpoints: {
                authorization: "https://issuer.example.com/authorize",
                token: "https://issuer.example.com/token",
                user_info: "issuer.example.com/userinfo",
                jwks_uri: "https://issuer.example.com/jwks.json",
            },
        }
    };
}
