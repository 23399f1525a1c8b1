// A finding id whose brackets do not balance (aws-cdk-lib: "Invalid validation rule ID").
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
                acknowledge: { "AwsSolutions-IAM5[Resource::*)": "Cognito publishes SMS through SNS to any number" },
            }
        }
    };
}
