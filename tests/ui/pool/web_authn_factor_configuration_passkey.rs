// A warning: passkeys that satisfy MFA in a pool that offers no passkey sign-in. Denied, so that
// the case fails to compile and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            web_authn_factor_configuration: MULTI_FACTOR_WITH_USER_VERIFICATION,
        }
    };
}
