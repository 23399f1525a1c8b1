use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web { supported_identity_providers: [COGNITO, custom(corp.provider_name)] }
        }
        user_pool other {
            identity_provider_oidc corp {
                client_id: "corp-client-id",
                client_secret: "corp-secret",
                issuer_url: "https://login.corp.example.com",
            }
        }
    };
}
