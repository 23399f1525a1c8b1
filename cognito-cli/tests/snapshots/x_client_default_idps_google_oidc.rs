use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool Pool {
                client Client {
                    // the template's own values where the settings above do not give them
                    overrides: {
                        "Properties.SupportedIdentityProviders": [
                            reference("GoogleAF1E99FA"),
                            reference("Oidc70BFA75F"),
                            "COGNITO",
                        ],
                    },
                }
            }
            user_pool_identity_provider_google Google {
                user_pool: Pool,
                client_id: "google-client-id",
                client_secret: "google-secret",
            }
            user_pool_identity_provider_oidc Oidc {
                user_pool: Pool,
                client_id: "oidc-client-id",
                client_secret: "oidc-secret",
                issuer_url: "https://issuer.example.com",
                name: "MyOidc",
            }
        }
    };
    cognito::cli::main(&stack);
}
