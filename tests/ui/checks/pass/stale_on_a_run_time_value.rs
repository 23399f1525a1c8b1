// An acknowledgement whose finding depends on a value known only at run time is not reported
// stale at compile time (any warning is denied here); at run time it is, when it is.
#![deny(warnings)]

use cognito::cognito;

fn main() {
    let mfa = cognito::Mfa::Required;
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: (mfa),
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
                acknowledge: { "AwsSolutions-COG2": "MFA is offered; the app asks for it before payments" },
            }
        }
    };
    let warnings = stack.diagnose();
    let [stale] = warnings.as_slice() else { panic!("expected one warning: {warnings:#?}") };
    assert_eq!((stale.rule, stale.path.as_str()), ("acknowledge.stale", "acknowledge.AwsSolutions-COG2"));
    assert!(stack.synth().is_ok(), "a warning does not stop the synthesis");
}
