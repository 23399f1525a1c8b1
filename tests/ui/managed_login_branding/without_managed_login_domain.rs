// A warning (the stack deploys), denied so that the case fails and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            client web {}
            managed_login_branding style { client: web, use_cognito_provided_values: true }
        }
    };
}
