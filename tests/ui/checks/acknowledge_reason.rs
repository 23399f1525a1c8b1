// An acknowledgement needs a reason.
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
                acknowledge: { "AwsSolutions-COG2": "" },
            }
        }
    };
}
