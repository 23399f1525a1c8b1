// A warning: the e-mail MFA message of a pool without e-mail MFA or e-mail OTP sign-in is never
// sent. Denied, so that the case fails to compile and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: OPTIONAL,
            mfa_second_factor: { sms: false, otp },
            email_authentication_message: "Your sign-in code is {####}",
        }
    };
}
