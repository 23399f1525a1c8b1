// A warning (the stack deploys), denied so that the case fails and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            client web { o_auth: { callback_urls: ["https://app.example.com/callback"] } }
            domain hosted {
                cognito_domain: { domain_prefix: "example-auth" },
                managed_login_version: NEWER_MANAGED_LOGIN,
            }
        }
    };
}
