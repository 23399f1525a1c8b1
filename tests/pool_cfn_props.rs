//! The user pool's properties no CDK construct offers, which a CDK program sets on the
//! `CfnUserPool` (`(pool.node.defaultChild as CfnUserPool).emailAuthenticationMessage = …`):
//! `email_authentication_message`, `email_authentication_subject` and
//! `web_authn_factor_configuration`. Parity through the builders and `cognito!`, and the rules.

mod common;

use cognito::*;
use common::*;

fn email_mfa_pool() -> UserPool {
    UserPool {
        mfa: Some(Mfa::Required),
        mfa_second_factor: Some(MfaSecondFactor { sms: false, otp: true, email: true }),
        email: Some(UserPoolEmail::WithSes(SesOptions {
            from_email: "noreply@example.com".into(),
            ses_region: Some("us-east-1".into()),
            ..SesOptions::default()
        })),
        email_authentication_message: Some("Your sign-in code is {####}. It expires in 3 minutes.".into()),
        email_authentication_subject: Some("Your sign-in code".into()),
        ..UserPool::default()
    }
}

fn passkey_mfa_pool() -> UserPool {
    UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        sign_in_policy: Some(SignInPolicy {
            allowed_first_auth_factors: Some(AllowedFirstAuthFactors {
                password: true,
                passkey: true,
                ..AllowedFirstAuthFactors::default()
            }),
        }),
        passkey_relying_party_id: Some("auth.example.com".into()),
        passkey_user_verification: Some(PasskeyUserVerification::Required),
        mfa: Some(Mfa::Optional),
        mfa_second_factor: Some(MfaSecondFactor { sms: false, otp: true, email: false }),
        web_authn_factor_configuration: Some(WebAuthnFactorConfiguration::MultiFactorWithUserVerification),
        ..UserPool::default()
    }
}

fn one_pool(pool: UserPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("Pool", pool);
    s
}

/// The first violation of `rule` in `stack`, errors and warnings alike: its path, message and
/// severity.
fn diagnosed(stack: &Stack, rule: &str) -> (String, String, Severity) {
    let all = stack.diagnose();
    let v = all.iter().find(|v| v.rule == rule).unwrap_or_else(|| panic!("no {rule} in {all:#?}"));
    (v.path.clone(), v.message.clone(), v.severity)
}

mod builders {
    use super::*;

    #[test]
    fn x_pool_email_mfa_message() {
        assert_parity(&one_pool(email_mfa_pool()), "x_pool_email_mfa_message");
    }

    #[test]
    fn x_pool_passkey_mfa() {
        assert_parity(&one_pool(passkey_mfa_pool()), "x_pool_passkey_mfa");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_pool_email_mfa_message() {
        let stack = cognito! {
            user_pool Pool {
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp, email },
                email: with_ses { from_email: "noreply@example.com", ses_region: "us-east-1" },
                email_authentication_message: "Your sign-in code is {####}. It expires in 3 minutes.",
                email_authentication_subject: "Your sign-in code",
            }
        };
        assert_parity(&stack, "x_pool_email_mfa_message");
    }

    #[test]
    fn x_pool_passkey_mfa() {
        let stack = cognito! {
            user_pool Pool {
                feature_plan: ESSENTIALS,
                sign_in_policy: { allowed_first_auth_factors: { password, passkey } },
                passkey_relying_party_id: "auth.example.com",
                passkey_user_verification: REQUIRED,
                mfa: OPTIONAL,
                mfa_second_factor: { sms: false, otp },
                web_authn_factor_configuration: MULTI_FACTOR_WITH_USER_VERIFICATION,
            }
        };
        assert_parity(&stack, "x_pool_passkey_mfa");
    }
}

mod rules {
    use super::*;

    #[test]
    fn the_email_mfa_message_holds_the_code() {
        let s = one_pool(UserPool {
            email_authentication_message: Some("Your code is ready".into()),
            ..email_mfa_pool()
        });
        let m = violation(&s, "email_authentication_message.code", "email_authentication_message");
        assert_eq!(
            m,
            "`email_authentication_message` must contain the code placeholder `{####}` (got \"Your code is ready\"); Cognito rejects it at deploy time; write the code where the message shows it, e.g. \"Your sign-in code is {####}\""
        );
    }

    #[test]
    fn the_email_mfa_message_is_6_to_20000_characters() {
        let long = format!("{{####}}{}", "x".repeat(20_000));
        let s = one_pool(UserPool { email_authentication_message: Some(long.into()), ..email_mfa_pool() });
        let m = violation(&s, "email_authentication_message.length", "email_authentication_message");
        assert_eq!(
            m,
            "`email_authentication_message` must be 6 to 20000 characters long (got 20006); CloudFormation rejects it at deploy time"
        );
    }

    #[test]
    fn the_email_mfa_subject_is_1_to_140_characters() {
        let s = one_pool(UserPool { email_authentication_subject: Some("".into()), ..email_mfa_pool() });
        let m = violation(&s, "email_authentication_subject.length", "email_authentication_subject");
        assert_eq!(
            m,
            "`email_authentication_subject` must be 1 to 140 characters long (got 0); CloudFormation rejects it at deploy time"
        );
    }

    #[test]
    fn the_email_mfa_subject_has_no_control_characters() {
        let s = one_pool(UserPool {
            email_authentication_subject: Some("Your\u{7}code".into()),
            ..email_mfa_pool()
        });
        let m = violation(&s, "email_authentication_subject.pattern", "email_authentication_subject");
        assert_eq!(
            m,
            "`email_authentication_subject` may hold only letters, marks, symbols, numbers, punctuation and white space (got \"Your\\u{7}code\"); Cognito rejects it at deploy time; remove the control characters"
        );
    }

    #[test]
    fn the_email_mfa_message_and_passkey_mfa_need_essentials() {
        let s = one_pool(UserPool { feature_plan: Some(FeaturePlan::Lite), ..passkey_mfa_pool() });
        let m = violation(&s, "plan.essentials", "web_authn_factor_configuration");
        assert_eq!(
            m,
            "`web_authn_factor_configuration` needs the ESSENTIALS or PLUS feature plan, but `feature_plan` is LITE; Cognito rejects it at deploy time (\"The following features need to be disabled for the LITE pricing tier configured: …\"); set `feature_plan: ESSENTIALS`, or remove `web_authn_factor_configuration`"
        );
    }

    #[test]
    fn an_email_mfa_message_without_email_mfa_or_otp_is_a_warning() {
        let pool = UserPool {
            mfa: Some(Mfa::Optional),
            mfa_second_factor: Some(MfaSecondFactor { sms: false, otp: true, email: false }),
            ..email_mfa_pool()
        };
        let s = one_pool(pool);
        let (path, m, severity) = diagnosed(&s, "email_authentication.unused");
        assert_eq!(path, "email_authentication_message");
        assert_eq!(severity, Severity::Warning);
        assert_eq!(
            m,
            "`email_authentication_message` is used only by e-mail MFA and e-mail OTP sign-in, and this pool has neither, so Cognito never sends it; enable `mfa_second_factor: { email }` or `sign_in_policy: { allowed_first_auth_factors: { password, email_otp } }`, or remove `email_authentication_message`"
        );
        assert!(s.synth().is_ok(), "a warning does not stop synth");
    }

    #[test]
    fn passkey_mfa_without_passkey_sign_in_is_a_warning() {
        let s = one_pool(UserPool { sign_in_policy: None, ..passkey_mfa_pool() });
        let (path, m, severity) = diagnosed(&s, "web_authn_factor_configuration.passkey");
        assert_eq!(path, "web_authn_factor_configuration");
        assert_eq!(severity, Severity::Warning);
        assert_eq!(
            m,
            "`web_authn_factor_configuration: MULTI_FACTOR_WITH_USER_VERIFICATION` lets a passkey satisfy MFA only when it is the first factor of a sign-in, and this pool offers no passkey sign-in, so it changes nothing; add `passkey` to `sign_in_policy.allowed_first_auth_factors`"
        );
    }
}
