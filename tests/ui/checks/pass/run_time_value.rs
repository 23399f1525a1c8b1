// A finding that reads a value known only at run time is not reported at compile time (any
// warning is denied here): `synth` reports it, as it does every rule on such a value.
#![deny(warnings)]

use cognito::cognito;

fn main() {
    let plan = cognito::FeaturePlan::Essentials;
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp },
                feature_plan: (plan),
            }
        }
    };
    let error = stack.synth().unwrap_err();
    assert_eq!(
        error.to_string(),
        "myuserpool: AwsSolutions-COG8 at Stack/myuserpool/Resource: The Cognito user pool is not on the plus tier / feature plan."
    );
}
