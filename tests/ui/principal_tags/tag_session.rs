// A warning: the default authenticated role cannot tag sessions. Denied, so that the case
// fails to compile and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        identity_pool identities {
            authentication_providers: { google: { client_id: "12345.apps.googleusercontent.com" } },
            principal_tags tags { identity_provider_name: "accounts.google.com", use_defaults: true }
        }
    };
}
