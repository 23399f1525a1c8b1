// An acknowledgement that silences nothing: the pool requires MFA. Denied, so that the case
// fails to compile and shows the warning.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
                acknowledge: { "AwsSolutions-COG2": "users sign in with a passkey" },
            }
        }
    };
}
