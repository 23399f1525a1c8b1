// A warning of the checks: MFA optional (cdk-nag AwsSolutions-COG2). Denied, so that the
// case fails to compile and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: OPTIONAL,
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
            }
        }
    };
}
