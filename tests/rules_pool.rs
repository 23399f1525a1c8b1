//! One test per rule of the user pool and of the items and stack around it (triggers,
//! functions, roles, outputs, parameters, imports, references), at the runtime level: the
//! smallest stack that breaks the rule, its rule id, field path and exact message. Then the
//! edge values that must pass.

mod common;

use cognito::*;
use common::pool::*;
use common::*;

/// The stack `Stack` with the pool `pool`.
fn pool(p: UserPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", p);
    s
}

/// Asserts that `stack` breaks `rule` at `path` with exactly `message`.
fn breaks(stack: &Stack, rule: &str, path: &str, message: &str) {
    assert_eq!(violation(stack, rule, path), message, "message of {rule}");
}

/// Asserts that `stack` breaks `rule` and no other: one mistake, one error.
fn only(stack: &Stack, rule: &str) {
    let rules: Vec<&str> = stack.check().iter().map(|v| v.rule).collect();
    assert_eq!(rules, [rule], "one mistake, one violation");
}

/// Asserts that `stack` breaks no rule.
fn holds(stack: &Stack) {
    let violations = stack.check();
    assert!(violations.is_empty(), "expected no violation, got {violations:#?}");
}

fn min_length(n: i64) -> UserPool {
    policy(PasswordPolicy { min_length: Some(n), ..PasswordPolicy::default() })
}

fn history(n: i64, plan: Option<FeaturePlan>) -> UserPool {
    UserPool {
        feature_plan: plan,
        password_policy: Some(PasswordPolicy { password_history_size: Some(n), ..PasswordPolicy::default() }),
        ..props()
    }
}

fn invitation(subject: Option<&str>, body: Option<&str>, sms: Option<&str>) -> UserPool {
    UserPool {
        user_invitation: Some(UserInvitation {
            email_subject: subject.map(Value::from),
            email_body: body.map(Value::from),
            sms_message: sms.map(Value::from),
        }),
        ..props()
    }
}

fn mfa(level: Mfa, sms: bool, otp: bool, email: bool) -> UserPool {
    UserPool { mfa: Some(level), mfa_second_factor: Some(MfaSecondFactor { sms, otp, email }), ..props() }
}

fn mfa_message(message: &str) -> UserPool {
    UserPool { mfa: Some(Mfa::Optional), mfa_message: Some(message.into()), ..props() }
}

fn first_factors(plan: Option<FeaturePlan>, password: bool, email_otp: bool) -> UserPool {
    UserPool {
        feature_plan: plan,
        sign_in_policy: Some(SignInPolicy {
            allowed_first_auth_factors: Some(AllowedFirstAuthFactors {
                password,
                email_otp,
                ..AllowedFirstAuthFactors::default()
            }),
        }),
        ..props()
    }
}

fn triggers(list: Vec<(UserPoolOperation, Arn)>) -> UserPool {
    UserPool { lambda_triggers: Some(list), ..props() }
}

const LAMBDA_ARN: &str = "arn:aws:lambda:us-east-1:123456789012:function:f";

/// A function `f`, the pool `pool` with `p`, and `add_trigger(op, f, version)`.
fn added_trigger(p: UserPool, op: UserPoolOperation, version: Option<LambdaVersion>) -> Stack {
    let mut s = Stack::new("Stack");
    let f = s.add("f", function(false));
    let pool = s.add("pool", p);
    s.add_trigger(pool, op, f, version);
    s
}

/// Asserts that `stack` breaks `rule` at item `item` (its construct path), `path` with exactly
/// `message`.
fn breaks_at(stack: &Stack, rule: &str, item: &str, path: &str, message: &str) {
    let violations = stack.check();
    let v = violations.iter().find(|v| v.rule == rule);
    let v = v.unwrap_or_else(|| panic!("expected a violation of {rule}, got {violations:#?}"));
    assert_eq!((v.item.as_str(), v.path.as_str(), v.message.as_str()), (item, path, message));
}

// ---------------------------------------------------------------- sign-in, triggers

#[test]
fn preferred_username_needs_username() {
    let s = pool(UserPool {
        sign_in_aliases: Some(SignInAliases { preferred_username: true, ..SignInAliases::default() }),
        ..props()
    });
    breaks(
        &s,
        "sign_in_aliases.preferred_username",
        "sign_in_aliases.preferred_username",
        "`preferred_username` can only be a sign-in alias together with `username`; add `username: true` to `sign_in_aliases`",
    );
}

#[test]
fn custom_sender_needs_kms_key() {
    let s = pool(triggers(vec![(UserPoolOperation::CustomEmailSender, LAMBDA_ARN.into())]));
    breaks(
        &s,
        "lambda_triggers.custom_sender_kms_key",
        "lambda_triggers.custom_email_sender",
        "the `custom_email_sender` trigger needs a KMS key to encrypt the codes it receives; set `custom_sender_kms_key` to the key's ARN",
    );
}

#[test]
fn added_custom_sender_needs_kms_key() {
    let s = added_trigger(props(), UserPoolOperation::CustomSmsSender, None);
    breaks_at(
        &s,
        "lambda_triggers.custom_sender_kms_key",
        "pool/CustomSmsSenderCognito",
        "",
        "the `custom_sms_sender` trigger needs a KMS key to encrypt the codes it receives; set the pool's `custom_sender_kms_key`",
    );
}

#[test]
fn trigger_twice_in_props() {
    let s = pool(triggers(vec![
        (UserPoolOperation::PreSignUp, LAMBDA_ARN.into()),
        (UserPoolOperation::PreSignUp, LAMBDA_ARN.into()),
    ]));
    breaks(
        &s,
        "trigger.duplicate",
        "lambda_triggers.pre_sign_up",
        "the pool already has a `pre_sign_up` trigger; an operation takes one function",
    );
}

#[test]
fn added_trigger_twice() {
    let mut s = added_trigger(props(), UserPoolOperation::UserMigration, None);
    let pool = s.find("pool").unwrap();
    s.add_trigger(pool, UserPoolOperation::UserMigration, ItemRef::from("f"), None);
    let message = "the pool already has a `user_migration` trigger; an operation takes one function";
    breaks_at(&s, "trigger.duplicate", "pool/UserMigrationCognito", "", message);
    only(&s, "trigger.duplicate");
}

#[test]
fn added_trigger_already_in_props() {
    let p = triggers(vec![(UserPoolOperation::UserMigration, ItemRef::from("f").into())]);
    let s = added_trigger(p, UserPoolOperation::UserMigration, None);
    let message = "the pool already has a `user_migration` trigger; an operation takes one function";
    breaks_at(&s, "trigger.duplicate", "pool/UserMigrationCognito", "", message);
    only(&s, "trigger.duplicate");
}

#[test]
fn trigger_arn() {
    let s = pool(triggers(vec![(UserPoolOperation::PreSignUp, "not-an-arn".into())]));
    breaks(
        &s,
        "trigger.arn",
        "lambda_triggers.pre_sign_up",
        "`pre_sign_up` must be an ARN such as `arn:aws:lambda:us-east-1:123456789012:function:my-function` (got \"not-an-arn\"); CloudFormation rejects it at deploy time",
    );
    let s = pool(triggers(vec![(UserPoolOperation::PreSignUp, "arn:aws:iam::123456789012:role/r".into())]));
    breaks(
        &s,
        "trigger.arn",
        "lambda_triggers.pre_sign_up",
        "`pre_sign_up` must be the ARN of a `lambda` resource, such as `arn:aws:lambda:us-east-1:123456789012:function:my-function` (got an `iam` ARN)",
    );
}

#[test]
fn trigger_parent() {
    let mut s = Stack::new("Stack");
    let f = s.add("f", function(false));
    let imported = s.add("imported", ImportedUserPool::FromId("us-east-1_abc".into()));
    s.add_trigger(imported, UserPoolOperation::PreSignUp, f, None);
    breaks_at(
        &s,
        "trigger.parent",
        "imported/PreSignUpCognito",
        "",
        "a trigger must be added to a user pool created in this stack (`trigger` inside `user_pool … { }`)",
    );
}

#[test]
fn trigger_lambda_version() {
    let s = added_trigger(props(), UserPoolOperation::PreSignUp, Some(LambdaVersion::V3_0));
    breaks_at(
        &s,
        "trigger.lambda_version",
        "pool/PreSignUpCognito",
        "lambda_version",
        "only the `pre_token_generation_config` trigger takes lambda version V2_0 or V3_0 (got V3_0 for `pre_sign_up`)",
    );
}

#[test]
fn trigger_lambda_version_plan() {
    let p = UserPool { feature_plan: Some(FeaturePlan::Lite), ..props() };
    let s = added_trigger(p, UserPoolOperation::PreTokenGenerationConfig, Some(LambdaVersion::V2_0));
    breaks_at(
        &s,
        "trigger.lambda_version.plan",
        "pool/PreTokenGenerationConfigCognito",
        "lambda_version",
        "access token customization (lambda version V2_0) is not available on the LITE feature plan; Cognito rejects it at deploy time; set the pool's `feature_plan` to ESSENTIALS or PLUS",
    );
}

#[test]
fn custom_sender_kms_key_arn() {
    let s = pool(UserPool { custom_sender_kms_key: Some(LAMBDA_ARN.into()), ..props() });
    breaks(
        &s,
        "custom_sender_kms_key.arn",
        "custom_sender_kms_key",
        "`custom_sender_kms_key` must be the ARN of a `kms` resource, such as `arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab` (got a `lambda` ARN)",
    );
}

// ---------------------------------------------------------------- messages

#[test]
fn verification_code_body() {
    let s = pool(verifying(VerificationEmailStyle::Code, None, Some("invalid email body"), None));
    breaks(
        &s,
        "user_verification.email_body.code",
        "user_verification.email_body",
        "`email_body` must contain the code placeholder `{####}` when `email_style` is CODE (got \"invalid email body\")",
    );
}

#[test]
fn verification_link_body() {
    let s = pool(verifying(VerificationEmailStyle::Link, None, Some("invalid email body"), None));
    breaks(
        &s,
        "user_verification.email_body.link",
        "user_verification.email_body",
        "`email_body` must contain a link placeholder such as `{##Verify Email##}` when `email_style` is LINK (got \"invalid email body\")",
    );
}

#[test]
fn verification_body_schema() {
    let s = pool(verifying(VerificationEmailStyle::Code, None, Some("{####}\u{0}"), None));
    breaks(
        &s,
        "user_verification.email_body.schema",
        "user_verification.email_body",
        "`email_body` may hold only letters, digits, symbols, punctuation and ASCII white space (got \"{####}\\0\"); CloudFormation rejects it at deploy time",
    );
    let long = format!("{{####}}{}", "x".repeat(19995));
    let s = pool(verifying(VerificationEmailStyle::Code, None, Some(&long), None));
    breaks(
        &s,
        "user_verification.email_body.schema",
        "user_verification.email_body",
        "`email_body` must be 6 to 20000 characters long (got 20001); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn verification_subject_schema() {
    let s = pool(verifying(VerificationEmailStyle::Code, Some(""), None, None));
    breaks(
        &s,
        "user_verification.email_subject.schema",
        "user_verification.email_subject",
        "`email_subject` must be 1 to 140 characters long (got 0); CloudFormation rejects it at deploy time",
    );
    let s = pool(verifying(VerificationEmailStyle::Code, Some("tab\u{2028}"), None, None));
    breaks(
        &s,
        "user_verification.email_subject.schema",
        "user_verification.email_subject",
        "`email_subject` may hold only letters, digits, symbols, punctuation and ASCII white space (got \"tab\\u{2028}\"); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn verification_sms_code() {
    let s = pool(verifying(VerificationEmailStyle::Code, None, None, Some("no code")));
    breaks(
        &s,
        "user_verification.sms_message.code",
        "user_verification.sms_message",
        "`sms_message` must contain the code placeholder `{####}` (got \"no code\")",
    );
    let s = pool(verifying(VerificationEmailStyle::Link, None, None, Some("no code")));
    breaks(
        &s,
        "user_verification.sms_message.code",
        "user_verification.sms_message",
        "`sms_message` must contain the code placeholder `{####}` (got \"no code\"); the CDK does not check it in LINK style, but CloudFormation rejects an SMS verification message without it at deploy time",
    );
}

#[test]
fn verification_sms_length() {
    let s = pool(verifying(VerificationEmailStyle::Code, None, None, Some("{####}".repeat(24).as_str())));
    breaks(
        &s,
        "user_verification.sms_message.length",
        "user_verification.sms_message",
        "`sms_message` must be 6 to 140 characters long (got 144); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn invitation_body_schema() {
    let s = pool(invitation(None, Some("short"), None));
    breaks(
        &s,
        "user_invitation.email_body.schema",
        "user_invitation.email_body",
        "`email_body` must be 6 to 20000 characters long (got 5); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn invitation_subject_schema() {
    let s = pool(invitation(Some("x".repeat(141).as_str()), None, None));
    breaks(
        &s,
        "user_invitation.email_subject.schema",
        "user_invitation.email_subject",
        "`email_subject` must be 1 to 140 characters long (got 141); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn invitation_sms_length() {
    let s = pool(invitation(None, None, Some("hi")));
    breaks(
        &s,
        "user_invitation.sms_message.length",
        "user_invitation.sms_message",
        "`sms_message` must be 6 to 140 characters long (got 2); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn mfa_message_code() {
    breaks(
        &pool(mfa_message("no code here")),
        "mfa_message.code",
        "mfa_message",
        "`mfa_message` must contain the code placeholder `{####}` (got \"no code here\")",
    );
}

#[test]
fn mfa_message_length() {
    let long = format!("{{####}}{}", "x".repeat(135));
    breaks(
        &pool(mfa_message(&long)),
        "mfa_message.length",
        "mfa_message",
        "`mfa_message` must be at most 140 characters (got 141)",
    );
    breaks(
        &pool(mfa_message("")),
        "mfa_message.length",
        "mfa_message",
        "`mfa_message` must be 6 to 140 characters and contain `{####}` (got \"\"); CloudFormation rejects a shorter message at deploy time",
    );
}

// ---------------------------------------------------------------- passwords, sign-in policy

#[test]
fn temp_password_whole_days() {
    let s = pool(temp_password(Duration::hours(36)));
    breaks(
        &s,
        "password_policy.temp_password_validity.whole_days",
        "password_policy.temp_password_validity",
        "`temp_password_validity` must be a whole number of days (got 36 hours)",
    );
}

#[test]
fn temp_password_max() {
    let s = pool(temp_password(Duration::days(366)));
    breaks(
        &s,
        "password_policy.temp_password_validity.max",
        "password_policy.temp_password_validity",
        "`temp_password_validity` must be at most 365 days (got 366 days)",
    );
}

#[test]
fn password_min_length() {
    breaks(
        &pool(min_length(5)),
        "password_policy.min_length",
        "password_policy.min_length",
        "`min_length` must be between 6 and 99 (got 5)",
    );
    breaks(
        &pool(min_length(100)),
        "password_policy.min_length",
        "password_policy.min_length",
        "`min_length` must be between 6 and 99 (got 100)",
    );
}

#[test]
fn password_history_range() {
    let s = pool(history(-1, None));
    breaks(
        &s,
        "password_policy.password_history_size.range",
        "password_policy.password_history_size",
        "`password_history_size` must be between 0 and 24 (got -1)",
    );
}

#[test]
fn password_history_plan() {
    let s = pool(history(5, Some(FeaturePlan::Lite)));
    breaks(
        &s,
        "password_policy.password_history_size.plan",
        "password_policy.password_history_size",
        "`password_history_size` is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS, or remove it",
    );
}

#[test]
fn sign_in_policy_password() {
    let s = pool(first_factors(None, false, true));
    breaks(
        &s,
        "sign_in_policy.password",
        "sign_in_policy.allowed_first_auth_factors.password",
        "password sign-in cannot be disabled: `allowed_first_auth_factors` must keep `password: true`",
    );
}

#[test]
fn sign_in_policy_plan() {
    let s = pool(first_factors(Some(FeaturePlan::Lite), true, true));
    breaks(
        &s,
        "sign_in_policy.plan",
        "sign_in_policy.allowed_first_auth_factors",
        "choice-based sign-in (e-mail OTP, SMS OTP, passkeys) is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS",
    );
}

#[test]
fn passkey_relying_party_id_length() {
    let s = pool(UserPool { passkey_relying_party_id: Some("x".repeat(64).into()), ..props() });
    breaks(
        &s,
        "passkey_relying_party_id.length",
        "passkey_relying_party_id",
        "`passkey_relying_party_id` must be 1 to 63 characters long (got 64); CloudFormation rejects it at deploy time",
    );
}

// ---------------------------------------------------------------- e-mail

#[test]
fn email_conflict() {
    let s = pool(UserPool {
        email: Some(UserPoolEmail::WithCognito { reply_to: None }),
        email_settings: Some(EmailSettings { from: Some("a@example.com".into()), reply_to: None }),
        ..props()
    });
    breaks(
        &s,
        "email.conflict",
        "email_settings",
        "`email_settings` and `email` both configure e-mail; keep one (`email` is the CDK's current form)",
    );
}

#[test]
fn email_ascii_local_part() {
    breaks(
        &pool(ses_pool(ses("от@домен.рф", "us-east-1"))),
        "email.ascii_local_part",
        "email.from_email",
        "the local part of `from_email` (before `@`) must use ASCII characters (got \"от@домен.рф\"); only the domain may be internationalized",
    );
    let s = pool(UserPool {
        email: Some(UserPoolEmail::WithCognito { reply_to: Some("от@домен.рф".into()) }),
        ..props()
    });
    breaks(
        &s,
        "email.ascii_local_part",
        "email.reply_to",
        "the local part of `reply_to` (before `@`) must use ASCII characters (got \"от@домен.рф\"); only the domain may be internationalized",
    );
}

#[test]
fn email_reply_to_schema() {
    let s = pool(UserPool {
        email_settings: Some(EmailSettings { from: None, reply_to: Some("support".into()) }),
        ..props()
    });
    breaks(
        &s,
        "email.reply_to.schema",
        "email_settings.reply_to",
        "`reply_to` must be an e-mail address such as `support@example.com` (got \"support\"); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn email_ses_region() {
    let s = pool(ses_pool(SesOptions { from_email: "a@example.com".into(), ..SesOptions::default() }));
    breaks(
        &s,
        "email.ses_region",
        "email.ses_region",
        "`with_ses` needs `ses_region`: the stack has no region to default to; add `ses_region: \"us-east-1\"` (or give the stack an `env` with a region)",
    );
}

#[test]
fn email_ses_verified_domain() {
    let s = pool(ses_pool(SesOptions {
        ses_verified_domain: Some("other.com".into()),
        ..ses("a@example.com", "us-east-1")
    }));
    breaks(
        &s,
        "email.ses_verified_domain",
        "email.ses_verified_domain",
        "`from_email` (\"a@example.com\") is not an address of `ses_verified_domain` (\"other.com\"); SES can only send from the verified domain",
    );
}

#[test]
fn email_ses_verified_domain_known_at_deploy_time() {
    // The CDK compares the domain as written: a parameter never equals a literal domain, but
    // the same parameter on both sides passes.
    let s = pool(ses_pool(SesOptions {
        ses_verified_domain: Some(Value::Ref("Domain".into())),
        ..ses("a@example.com", "us-east-1")
    }));
    breaks(
        &s,
        "email.ses_verified_domain",
        "email.ses_verified_domain",
        "`from_email` (\"a@example.com\") is not an address of `ses_verified_domain` (a value known only at deploy time) (the CDK compares them as written, before deploy time); SES can only send from the verified domain",
    );
    let same = SesOptions {
        from_email: Value::Ref("Domain".into()),
        ses_verified_domain: Some(Value::Ref("Domain".into())),
        ..ses("a@example.com", "us-east-1")
    };
    assert!(pool(ses_pool(same)).check().iter().all(|v| v.rule != "email.ses_verified_domain"));
}

#[test]
fn email_configuration_set_name() {
    let s = pool(ses_pool(SesOptions {
        configuration_set_name: Some("my set".into()),
        ..ses("a@example.com", "us-east-1")
    }));
    breaks(
        &s,
        "email.configuration_set_name",
        "email.configuration_set_name",
        "`configuration_set_name` must be 1 to 64 letters, digits, `_` or `-` (got \"my set\"); CloudFormation rejects it at deploy time",
    );
}

// ---------------------------------------------------------------- threat protection

#[test]
fn advanced_security_mode_conflict() {
    let s = pool(UserPool {
        advanced_security_mode: Some(AdvancedSecurityMode::Off),
        custom_threat_protection_mode: Some(CustomThreatProtectionMode::AuditOnly),
        ..props()
    });
    breaks(
        &s,
        "advanced_security_mode.conflict",
        "advanced_security_mode",
        "`advanced_security_mode` is deprecated and cannot be combined with `custom_threat_protection_mode`; remove `advanced_security_mode`",
    );
}

#[test]
fn threat_protection_plan() {
    let s = pool(UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::AuditOnly),
        ..props()
    });
    breaks(
        &s,
        "threat_protection.plan",
        "standard_threat_protection_mode",
        "threat protection needs the PLUS feature plan, but `feature_plan` is ESSENTIALS; Cognito rejects this at deploy time (\"The following features need to be disabled for the ESSENTIALS pricing tier configured: Threat Protection\"); set `feature_plan: PLUS`",
    );
}

// ---------------------------------------------------------------- MFA and SMS

#[test]
fn enable_sms_role_with_sms_role() {
    let s = pool(UserPool {
        sms_role: Some("arn:aws:iam::123456789012:role/sms".into()),
        enable_sms_role: Some(false),
        ..props()
    });
    breaks(
        &s,
        "enable_sms_role.with_sms_role",
        "enable_sms_role",
        "`enable_sms_role: false` contradicts `sms_role`: the pool would use the role you gave; remove one of the two",
    );
}

#[test]
fn sms_role_arn() {
    let s = pool(UserPool { sms_role: Some("role/sms".into()), ..props() });
    breaks(
        &s,
        "sms_role.arn",
        "sms_role",
        "`sms_role` must be an ARN such as `arn:aws:iam::123456789012:role/my-role` (got \"role/sms\"); CloudFormation rejects it at deploy time",
    );
    let s = pool(UserPool { sms_role: Some(LAMBDA_ARN.into()), ..props() });
    breaks(
        &s,
        "sms_role.arn",
        "sms_role",
        "`sms_role` must be the ARN of an `iam` resource, such as `arn:aws:iam::123456789012:role/my-role` (got a `lambda` ARN)",
    );
}

#[test]
fn sns_region_length() {
    let s = pool(UserPool { sns_region: Some("us".into()), ..props() });
    breaks(
        &s,
        "sns_region.length",
        "sns_region",
        "`sns_region` must be 5 to 32 characters long (got 2); CloudFormation rejects it at deploy time",
    );
}

#[test]
fn enable_sms_role_sms_mfa() {
    let s = pool(UserPool { enable_sms_role: Some(false), mfa: Some(Mfa::Optional), ..props() });
    breaks(
        &s,
        "enable_sms_role.sms_mfa",
        "enable_sms_role",
        "SMS MFA needs an SMS configuration, but `enable_sms_role: false` removes it; Cognito rejects this at deploy time (\"SMS configuration and Auto verification for phone_number are required when MFA is required/optional\"); remove `enable_sms_role: false`, give an `sms_role`, or turn SMS off in `mfa_second_factor`",
    );
}

#[test]
fn enable_sms_role_phone_verification() {
    let s = pool(UserPool {
        enable_sms_role: Some(false),
        auto_verify: Some(AutoVerifiedAttrs { email: false, phone: true }),
        ..props()
    });
    breaks(
        &s,
        "enable_sms_role.phone_verification",
        "enable_sms_role",
        "verifying phone numbers needs an SMS configuration, but `enable_sms_role: false` removes it; Cognito rejects this at deploy time (\"SMS configuration is required when phone_number is selected for auto verification\"); remove `enable_sms_role: false` or give an `sms_role`",
    );
}

#[test]
fn mfa_second_factor_none() {
    breaks(
        &pool(mfa(Mfa::Optional, false, false, false)),
        "mfa_second_factor.none",
        "mfa_second_factor",
        "`mfa` is OPTIONAL but `mfa_second_factor` turns every factor off; Cognito rejects this at deploy time (\"Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration\"); enable `sms`, `otp` or `email`",
    );
}

#[test]
fn mfa_second_factor_email_only() {
    let s = pool(UserPool {
        email: Some(UserPoolEmail::WithSes(ses("a@example.com", "us-east-1"))),
        ..mfa(Mfa::Required, false, false, true)
    });
    breaks(
        &s,
        "mfa_second_factor.email_only",
        "mfa_second_factor",
        "`mfa` is REQUIRED with e-mail as its only factor; CloudFormation cannot create such a pool (\"SMS configuration and Auto verification for phone_number are required when MFA is required/optional\", cloudformation-coverage-roadmap#2221); also enable `sms` or `otp`",
    );
}

#[test]
fn mfa_second_factor_email_ses() {
    let s = pool(mfa(Mfa::Required, false, true, true));
    breaks(
        &s,
        "mfa_second_factor.email.ses",
        "mfa_second_factor.email",
        "e-mail MFA needs e-mail sent through Amazon SES: set `email: with_ses { … }`",
    );
}

#[test]
fn mfa_second_factor_email_plan() {
    let s = pool(UserPool {
        feature_plan: Some(FeaturePlan::Lite),
        email: Some(UserPoolEmail::WithSes(ses("a@example.com", "us-east-1"))),
        ..mfa(Mfa::Required, false, true, true)
    });
    breaks(
        &s,
        "mfa_second_factor.email.plan",
        "mfa_second_factor.email",
        "e-mail MFA is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS",
    );
}

// ---------------------------------------------------------------- removal, schema, name

#[test]
fn removal_policy_snapshot() {
    let s = pool(UserPool { removal_policy: Some(RemovalPolicy::Snapshot), ..props() });
    breaks(
        &s,
        "removal_policy.snapshot",
        "removal_policy",
        "a user pool cannot be snapshotted, so `removal_policy: SNAPSHOT` is not supported; use RETAIN (the default), RETAIN_ON_UPDATE_OR_DELETE or DESTROY",
    );
}

#[test]
fn required_attributes_conflict() {
    let s = pool(UserPool {
        required_attributes: Some(vec![(StandardAttributeName::Email, true)]),
        standard_attributes: Some(vec![(StandardAttributeName::Fullname, StandardAttribute::default())]),
        ..props()
    });
    breaks(
        &s,
        "required_attributes.conflict",
        "required_attributes",
        "`required_attributes` (the seed's form) and `standard_attributes` both declare standard attributes; move the required ones into `standard_attributes` as `{ required: true }`",
    );
}

#[test]
fn schema_max_attributes() {
    let attrs = (0..51)
        .map(|i| (format!("a{i}"), CustomAttribute::Boolean(CustomAttributeProps { mutable: None })))
        .collect();
    let s = pool(UserPool { custom_attributes: Some(attrs), ..props() });
    breaks(
        &s,
        "schema.max_attributes",
        "custom_attributes",
        "a user pool can declare at most 50 attributes (got 51); CloudFormation rejects the schema at deploy time",
    );
}

#[test]
fn custom_attribute_name() {
    let s = pool(custom(
        "a_name_of_21_letters_",
        CustomAttribute::Boolean(CustomAttributeProps { mutable: None }),
    ));
    breaks(
        &s,
        "custom_attributes.name",
        "custom_attributes.a_name_of_21_letters_",
        "a custom attribute name must be 1 to 20 characters without spaces (got \"a_name_of_21_letters_\", 21 characters); Cognito rejects it at deploy time",
    );
    let s = pool(custom("has space", CustomAttribute::Boolean(CustomAttributeProps { mutable: None })));
    breaks(
        &s,
        "custom_attributes.name",
        "custom_attributes.has space",
        "a custom attribute name must be 1 to 20 characters without spaces (got \"has space\", 9 characters); Cognito rejects it at deploy time",
    );
}

#[test]
fn custom_attribute_standard_name() {
    let s = pool(custom("email", CustomAttribute::Boolean(CustomAttributeProps { mutable: None })));
    breaks(
        &s,
        "custom_attributes.standard_name",
        "custom_attributes.email",
        "custom attribute `email` has the name of a standard attribute; Cognito silently drops it (cdk#31593); rename it, or declare the standard one in `standard_attributes`",
    );
}

#[test]
fn custom_attribute_min_len() {
    let s = pool(custom("attr", string_attr(Some(-1), None, None)));
    breaks(
        &s,
        "custom_attributes.min_len",
        "custom_attributes.attr.min_len",
        "`min_len` cannot be less than 0 (got -1)",
    );
}

#[test]
fn custom_attribute_max_len() {
    let s = pool(custom("attr", string_attr(None, Some(2049), None)));
    breaks(
        &s,
        "custom_attributes.max_len",
        "custom_attributes.attr.max_len",
        "`max_len` cannot be greater than 2048 (got 2049)",
    );
}

#[test]
fn user_pool_name_length() {
    let s = pool(UserPool { user_pool_name: Some("x".repeat(129).into()), ..props() });
    breaks(
        &s,
        "user_pool_name.length",
        "user_pool_name",
        "`user_pool_name` must be 1 to 128 characters long (got 129); CloudFormation rejects it at deploy time",
    );
}

// ---------------------------------------------------------------- functions, roles, outputs, parameters

#[test]
fn lambda_code_empty() {
    let mut s = Stack::new("Stack");
    s.add("f", LambdaFunction { code: Code::Inline(String::new()), ..function(false) });
    breaks(
        &s,
        "lambda_function.code.empty",
        "code",
        "`code` must not be empty: give the function's source, e.g. `inline(\"exports.handler = async () => {}\")`",
    );
}

#[test]
fn lambda_timeout_whole_seconds() {
    let mut s = Stack::new("Stack");
    s.add("f", LambdaFunction { timeout: Some(Duration::millis(1500)), ..function(false) });
    breaks(
        &s,
        "lambda_function.timeout.whole_seconds",
        "timeout",
        "`timeout` must be a whole number of seconds (got 1500 millis)",
    );
}

#[test]
fn role_assumed_by_empty() {
    let mut s = Stack::new("Stack");
    s.add("r", role(""));
    breaks(
        &s,
        "role.assumed_by.empty",
        "assumed_by",
        "`assumed_by` must name a service, e.g. `service_principal(\"cognito-idp.amazonaws.com\")`",
    );
}

#[test]
fn parameter_length_range() {
    let mut s = Stack::new("Stack");
    s.add("P", Parameter { min_length: Some(5), max_length: Some(4), ..Parameter::default() });
    breaks(
        &s,
        "parameter.length_range",
        "min_length",
        "`min_length` must not exceed `max_length` (got 5 > 4)",
    );
}

// ---------------------------------------------------------------- references

#[test]
fn reference_unknown() {
    let s = pool(UserPool { sms_role: Some(ItemRef::from("nope").into()), ..props() });
    breaks(
        &s,
        "reference.unknown",
        "sms_role",
        "`sms_role` refers to `nope`, which is not declared in this stack; declare it, or check the spelling",
    );
}

#[test]
fn reference_kind() {
    let mut s = Stack::new("Stack");
    s.add("r", role("foo"));
    s.add("pool", triggers(vec![(UserPoolOperation::PreSignUp, ItemRef::from("r").into())]));
    breaks(
        &s,
        "reference.kind",
        "lambda_triggers.pre_sign_up",
        "`pre_sign_up` must refer to a `lambda_function`, but `r` is a `role`",
    );
}

#[test]
fn reference_attribute() {
    let mut s = Stack::new("Stack");
    let r = s.add("r", role("foo"));
    s.add("O", Output { value: Value::attr(r, Attr::UserPoolId), ..Output::default() });
    breaks(&s, "reference.attribute", "value", "a `role` has no attribute `user_pool_id`");
    let mut s = Stack::new("Stack");
    let p = s.add("p", ImportedUserPool::FromId("us-east-1_abc".into()));
    s.add("O", Output { value: Value::attr(p, Attr::UserPoolProviderUrl), ..Output::default() });
    breaks(
        &s,
        "reference.attribute",
        "value",
        "a `user_pool` has no attribute `user_pool_provider_url`; an imported pool has no provider URL (the CDK's `IUserPool` does not expose it)",
    );
}

// ---------------------------------------------------------------- imports

#[test]
fn import_user_pool_id() {
    let mut s = Stack::new("Stack");
    s.add("p", ImportedUserPool::FromId("abc".into()));
    breaks(
        &s,
        "import.user_pool_id",
        "from_user_pool_id",
        "a user pool id has the shape `<region>_<id>`, such as `us-east-1_oiuR12Abd` (got \"abc\")",
    );
}

#[test]
fn import_user_pool_arn() {
    let expected = |problem: &str, arn: &str| {
        format!(
            "`from_user_pool_arn` must be a user pool ARN such as `arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_oiuR12Abd`{problem} (got {arn:?})"
        )
    };
    for (arn, problem) in [
        ("not-an-arn", ""),
        ("arn:aws:cognito-idp:eu-west-1:123456789012:userpool", ": it has no user pool id after `userpool/`"),
        (
            "arn:aws:sqs:us-east-1:123456789012:queue/my-queue",
            ": it is the ARN of a `sqs` resource, not of a Cognito user pool",
        ),
    ] {
        let mut s = Stack::new("Stack");
        s.add("p", ImportedUserPool::FromArn(arn.into()));
        breaks(&s, "import.user_pool_arn", "from_user_pool_arn", &expected(problem, arn));
    }
}

// ---------------------------------------------------------------- the stack

#[test]
fn stack_name() {
    let s = Stack::new("1stack");
    breaks(
        &s,
        "stack.name",
        "name",
        "a stack name must start with a letter and hold only letters, digits and `-`, at most 128 characters (got \"1stack\")",
    );
}

#[test]
fn construct_id_empty() {
    let mut s = Stack::new("Stack");
    s.add_node(None, "", None, props());
    breaks(&s, "construct_id.empty", "", "an item's construct id must not be empty");
}

#[test]
fn construct_id_duplicate() {
    let mut s = Stack::new("Stack");
    s.add("Pool", props());
    s.add_node(None, "Pool", None, role("foo"));
    breaks(
        &s,
        "construct_id.duplicate",
        "",
        "there is already an item with construct id `Pool` in stack `Stack` (a `user_pool`); construct ids must be unique among siblings, rename one",
    );
    only(&s, "construct_id.duplicate");
    // Every resource of the second pool (its SMS role too) repeats a logical id: still one
    // violation.
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool { mfa: Some(Mfa::Required), ..props() });
    s.add_node(None, "Pool", None, UserPool { mfa: Some(Mfa::Required), ..props() });
    only(&s, "construct_id.duplicate");
}

#[test]
fn construct_id_reserved() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", props());
    s.add_child(pool, "Resource", role("foo"));
    breaks(
        &s,
        "construct_id.reserved",
        "",
        "construct id `Resource` is already taken inside the user pool by a resource the pool creates; rename the item",
    );
}

#[test]
fn name_duplicate() {
    let mut s = Stack::new("Stack");
    s.add_node(None, "A", Some("x"), props());
    s.add_node(None, "B", Some("x"), props());
    breaks(&s, "name.duplicate", "", "`x` is already declared (a `user_pool`); give each item its own name");
}

#[test]
fn logical_id_clash() {
    let mut s = Stack::new("Stack");
    s.add_node(None, "A-B", None, Output { value: "a".into(), ..Output::default() });
    s.add_node(None, "AB", None, Output { value: "b".into(), ..Output::default() });
    breaks(
        &s,
        "logical_id.clash",
        "",
        "this item's logical id `AB` is already used by `A-B`; rename one of the two",
    );
    let mut s = Stack::new("Stack");
    s.add_node(None, "--", None, Output { value: "a".into(), ..Output::default() });
    breaks(
        &s,
        "logical_id.clash",
        "",
        "this item's construct id gives the logical id \"\", which is not 1 to 255 letters and digits; use letters or digits in the id",
    );
}

// ---------------------------------------------------------------- edge values that pass

#[test]
fn edge_values_pass() {
    for p in [
        min_length(6),
        min_length(99),
        temp_password(Duration::days(365)),
        temp_password(Duration::days(0)),
        temp_password(Duration::hours(48)),
        history(0, Some(FeaturePlan::Essentials)),
        history(24, None),
        mfa_message(&format!("{{####}}{}", "x".repeat(134))),
        mfa_message("{####}"),
        custom("attr", string_attr(Some(0), Some(2048), None)),
        custom("twenty_letters_name_", CustomAttribute::Boolean(CustomAttributeProps { mutable: None })),
        UserPool { passkey_relying_party_id: Some("x".repeat(63).into()), ..props() },
        UserPool { passkey_relying_party_id: Some("x".into()), ..props() },
        UserPool { user_pool_name: Some("x".repeat(128).into()), ..props() },
        verifying(VerificationEmailStyle::Link, None, Some("{## ##}"), None),
        verifying(VerificationEmailStyle::Code, Some("x".repeat(140).as_str()), None, Some("{####}")),
        invitation(Some("x"), Some("sixsix"), Some("{####}".repeat(23).as_str())),
        mfa(Mfa::Optional, false, true, false),
        first_factors(Some(FeaturePlan::Lite), true, false),
        UserPool {
            advanced_security_mode: Some(AdvancedSecurityMode::Off),
            feature_plan: Some(FeaturePlan::Lite),
            ..props()
        },
        UserPool {
            feature_plan: Some(FeaturePlan::Essentials),
            standard_threat_protection_mode: Some(StandardThreatProtectionMode::NoEnforcement),
            ..props()
        },
        ses_pool(ses("оa@домен.рф", "us-east-1")),
    ] {
        holds(&pool(p));
    }
    let schema: Vec<_> = (0..50)
        .map(|i| (format!("a{i}"), CustomAttribute::Boolean(CustomAttributeProps { mutable: None })))
        .collect();
    holds(&pool(UserPool { custom_attributes: Some(schema), ..props() }));
}
