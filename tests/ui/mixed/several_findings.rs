use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 6 },
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp },
                acknowledge: { "AwsSolutions-COG8": "the essentials tier is enough until launch" },
            }
            identity_pool guests { allow_unauthenticated_identities: true }
        }
    };
}
