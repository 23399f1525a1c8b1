use cognito::cognito;

fn main() {
    let _ = cognito! {
        identity_pool identities {
            authentication_providers: { google: { client_id: "12345.apps.googleusercontent.com" } },
            principal_tags tags { identity_provider_name: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", use_defaults: false }
        }
    };
}
