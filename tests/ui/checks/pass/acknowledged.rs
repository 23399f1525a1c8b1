// An acknowledged finding is neither an error nor a warning (any warning is denied here),
// and the runtime lists it as acknowledged.
#![deny(warnings)]

use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: OPTIONAL,
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
                acknowledge: { "AwsSolutions-COG2": "MFA is offered; the app asks for it before payments" },
            }
        }
    };
    let findings = stack.run_checks().unwrap();
    assert!(findings.is_clean(), "{findings:#?}");
    let acknowledged: Vec<String> = findings.acknowledged.iter().map(|f| f.id()).collect();
    assert_eq!(acknowledged, ["AwsSolutions-COG2"]);
    assert!(stack.diagnose().is_empty());
}
