// An error finding of the checks: a password policy without symbols (cdk-nag AwsSolutions-COG1).
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: false },
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
            }
        }
    };
}
