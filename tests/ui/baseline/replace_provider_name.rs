use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/idp_name.json",
            user_pool Pool {}
            user_pool_identity_provider_oidc Oidc {
                user_pool: Pool,
                client_id: "client-id",
                client_secret: "client-secret",
                issuer_url: "https://issuer.example.com",
                name: "CorpSSO",
                scopes: ["openid"],
            }
        }
    };
}
