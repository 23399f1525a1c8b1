//! The rules of a user pool: every check the CDK's `UserPool` makes, and the deploy-time
//! rules of CloudFormation and Cognito for the properties it emits.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::facts::Facts;
use crate::context::rules::{all_visible, arn, length, visible_or_space};
use crate::core::duration::TimeUnit;
use crate::core::error::Target;
use crate::core::json::js_number;
use crate::core::node::NodeId;
use crate::core::text::utf16_len;

const CODE: &str = "{####}";

/// Runs every rule of a user pool.
pub(crate) fn check(pool: &UserPool, cx: &mut Check) {
    cx.values(pool);
    preferred_username_needs_username(pool, cx);
    custom_sender_needs_kms_key(pool, cx);
    verification_templates(pool, cx);
    invitation_templates(pool, cx);
    if let Some(policy) = &pool.password_policy {
        temp_password_validity(policy, cx);
        password_min_length(policy, cx);
        password_history_size(policy, pool.feature_plan, cx);
    }
    sign_in_policy(pool, cx);
    passkey_relying_party_id(pool, cx);
    super::cfn_only::check(pool, cx);
    email(pool, cx);
    threat_protection_conflict(pool, cx);
    threat_protection_plan(pool, cx);
    mfa_message(pool, cx);
    sms_role(pool, cx);
    mfa_factors(pool, cx);
    email_mfa(pool, cx);
    removal_policy_snapshot(pool, cx);
    schema(pool, cx);
    triggers(pool, cx);
    user_pool_name(pool, cx);
}

/// AWS CDK `UserPool` (`signInAliases`): `preferred_username` needs `username`.
fn preferred_username_needs_username(pool: &UserPool, cx: &mut Check) {
    let Some(aliases) = pool.sign_in_aliases else {
        return;
    };
    if aliases.preferred_username && !aliases.username {
        cx.push(
            Issue::new(
                "sign_in_aliases.preferred_username",
                "sign_in_aliases.preferred_username",
                "`preferred_username` can only be a sign-in alias together with `username`; add `username: true` to `sign_in_aliases`",
            )
            .related("sign_in_aliases.username")
            .target(Target::Key),
        );
    }
}

/// AWS CDK `UserPool`: the custom sender triggers need `custom_sender_kms_key`.
fn custom_sender_needs_kms_key(pool: &UserPool, cx: &mut Check) {
    if pool.custom_sender_kms_key.is_some() {
        return;
    }
    for (op, _) in pool.lambda_triggers.iter().flatten() {
        if op.is_custom_sender() {
            cx.push(
                Issue::new(
                    "lambda_triggers.custom_sender_kms_key",
                    format!("lambda_triggers.{}", op.key()),
                    format!(
                        "the `{}` trigger needs a KMS key to encrypt the codes it receives; set `custom_sender_kms_key` to the key's ARN",
                        op.key()
                    ),
                )
                .related("custom_sender_kms_key")
                .target(Target::Key),
            );
        }
    }
}

/// AWS CDK `UserPool` (verification templates) and the CloudFormation schema of
/// `VerificationMessageTemplate` (lengths, characters, `{####}` in every SMS message).
fn verification_templates(pool: &UserPool, cx: &mut Check) {
    let Some(v) = &pool.user_verification else {
        return;
    };
    let style = v.email_style.unwrap_or_default();
    if let Some(body) = &v.email_body {
        let path = "user_verification.email_body";
        match (style, body.literal()) {
            (VerificationEmailStyle::Code, Some(text)) if !text.contains(CODE) => cx.push(
                Issue::new(
                    "user_verification.email_body.code",
                    path,
                    format!("`email_body` must contain the code placeholder `{{####}}` when `email_style` is CODE (got {text:?})"),
                )
                .value(body)
                .related("user_verification.email_style"),
            ),
            (VerificationEmailStyle::Link, Some(text)) if !crate::core::text::has_link_placeholder(text) => cx.push(
                Issue::new(
                    "user_verification.email_body.link",
                    path,
                    format!("`email_body` must contain a link placeholder such as `{{##Verify Email##}}` when `email_style` is LINK (got {text:?})"),
                )
                .value(body)
                .related("user_verification.email_style"),
            ),
            _ => email_message_schema(cx, "user_verification.email_body.schema", path, body),
        }
    }
    if let Some(subject) = &v.email_subject {
        email_subject_schema(
            cx,
            "user_verification.email_subject.schema",
            "user_verification.email_subject",
            subject,
        );
    }
    if let Some(sms) = &v.sms_message {
        sms_with_code(cx, "user_verification.sms_message", sms, style);
    }
}

/// AWS CDK (CODE style) and CloudFormation schema (`SmsVerificationMessage`: 6 to 140
/// characters, contains `{####}`, in either style).
fn sms_with_code(cx: &mut Check, path: &str, sms: &Value, style: VerificationEmailStyle) {
    let Some(text) = sms.literal() else { return };
    if !text.contains(CODE) {
        let why = match style {
            VerificationEmailStyle::Code => "",
            VerificationEmailStyle::Link => {
                "; the CDK does not check it in LINK style, but CloudFormation rejects an SMS verification message without it at deploy time"
            }
        };
        cx.push(
            Issue::new(
                "user_verification.sms_message.code",
                path,
                format!("`sms_message` must contain the code placeholder `{{####}}` (got {text:?}){why}"),
            )
            .value(sms),
        );
    } else {
        length(cx, "user_verification.sms_message.length", path, sms, 6, 140);
    }
}

/// CloudFormation schema: an e-mail message is 6 to 20000 characters of
/// `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]`.
fn email_message_schema(cx: &mut Check, rule: &'static str, path: &str, body: &Value) {
    let Some(text) = body.literal() else { return };
    if !visible_or_space(text) {
        cx.push(
            Issue::new(
                rule,
                path,
                format!("`{}` may hold only letters, digits, symbols, punctuation and ASCII white space (got {text:?}); CloudFormation rejects it at deploy time", crate::context::check::key(path)),
            )
            .value(body),
        );
    } else {
        length(cx, rule, path, body, 6, 20000);
    }
}

/// CloudFormation schema: an e-mail subject is 1 to 140 characters of
/// `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]`.
fn email_subject_schema(cx: &mut Check, rule: &'static str, path: &str, subject: &Value) {
    let Some(text) = subject.literal() else {
        return;
    };
    if !visible_or_space(text) {
        cx.push(
            Issue::new(
                rule,
                path,
                format!("`{}` may hold only letters, digits, symbols, punctuation and ASCII white space (got {text:?}); CloudFormation rejects it at deploy time", crate::context::check::key(path)),
            )
            .value(subject),
        );
    } else {
        length(cx, rule, path, subject, 1, 140);
    }
}

/// CloudFormation schema of `InviteMessageTemplate` (the CDK checks nothing here):
/// e-mail 6 to 20000, subject 1 to 140, SMS 6 to 140 characters.
fn invitation_templates(pool: &UserPool, cx: &mut Check) {
    let Some(inv) = &pool.user_invitation else {
        return;
    };
    if let Some(body) = &inv.email_body {
        email_message_schema(cx, "user_invitation.email_body.schema", "user_invitation.email_body", body);
    }
    if let Some(subject) = &inv.email_subject {
        email_subject_schema(
            cx,
            "user_invitation.email_subject.schema",
            "user_invitation.email_subject",
            subject,
        );
    }
    if let Some(sms) = &inv.sms_message {
        length(cx, "user_invitation.sms_message.length", "user_invitation.sms_message", sms, 6, 140);
    }
}

/// AWS CDK `UserPool` (`tempPasswordValidity.toDays()`): whole days, at most 365.
fn temp_password_validity(policy: &PasswordPolicy, cx: &mut Check) {
    let Some(d) = policy.temp_password_validity else {
        return;
    };
    let path = "password_policy.temp_password_validity";
    match d.whole(TimeUnit::Days) {
        None => cx.push(
            Issue::new(
                "password_policy.temp_password_validity.whole_days",
                path,
                format!("`temp_password_validity` must be a whole number of days (got {d})"),
            )
            .value(d),
        ),
        Some(days) if days > 365 => cx.push(
            Issue::new(
                "password_policy.temp_password_validity.max",
                path,
                format!("`temp_password_validity` must be at most 365 days (got {days} days)"),
            )
            .value(d),
        ),
        Some(_) => {}
    }
}

/// AWS CDK `UserPool`: `min_length` (8 when a policy is given) between 6 and 99.
fn password_min_length(policy: &PasswordPolicy, cx: &mut Check) {
    let Some(n) = policy.min_length else { return };
    if !(6..=99).contains(&n) {
        cx.push(
            Issue::new(
                "password_policy.min_length",
                "password_policy.min_length",
                format!("`min_length` must be between 6 and 99 (got {n})"),
            )
            .value(n),
        );
    }
}

/// AWS CDK `UserPool`: `password_history_size` between 0 and 24, and not on the LITE plan.
fn password_history_size(policy: &PasswordPolicy, plan: Option<FeaturePlan>, cx: &mut Check) {
    let Some(n) = policy.password_history_size else {
        return;
    };
    let path = "password_policy.password_history_size";
    if !(0..=24).contains(&n) {
        cx.push(
            Issue::new(
                "password_policy.password_history_size.range",
                path,
                format!("`password_history_size` must be between 0 and 24 (got {n})"),
            )
            .value(n),
        );
    }
    if plan == Some(FeaturePlan::Lite) {
        cx.push(
            Issue::new(
                "password_policy.password_history_size.plan",
                path,
                "`password_history_size` is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS, or remove it",
            )
            .value(n)
            .related("feature_plan")
            .target(Target::Setting),
        );
    }
}

/// AWS CDK `UserPool` (`signInPolicy`): password stays a first factor, and other factors
/// need the ESSENTIALS or PLUS plan.
fn sign_in_policy(pool: &UserPool, cx: &mut Check) {
    let Some(f) = pool.sign_in_policy.and_then(|p| p.allowed_first_auth_factors) else {
        return;
    };
    if !f.password {
        cx.push(
            Issue::new(
                "sign_in_policy.password",
                "sign_in_policy.allowed_first_auth_factors.password",
                "password sign-in cannot be disabled: `allowed_first_auth_factors` must keep `password: true`",
            )
            .value(false),
        );
    }
    if (f.email_otp || f.sms_otp || f.passkey) && pool.feature_plan == Some(FeaturePlan::Lite) {
        cx.push(
            Issue::new(
                "sign_in_policy.plan",
                "sign_in_policy.allowed_first_auth_factors",
                "choice-based sign-in (e-mail OTP, SMS OTP, passkeys) is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS",
            )
            .related("feature_plan"),
        );
    }
}

/// AWS CDK `UserPool`: `passkey_relying_party_id` is 1 to 63 characters.
fn passkey_relying_party_id(pool: &UserPool, cx: &mut Check) {
    if let Some(id) = &pool.passkey_relying_party_id {
        length(cx, "passkey_relying_party_id.length", "passkey_relying_party_id", id, 1, 63);
    }
}

/// AWS CDK `UserPool` and `UserPoolEmail`, and the CloudFormation schema of
/// `EmailConfiguration`.
fn email(pool: &UserPool, cx: &mut Check) {
    if pool.email.is_some() && pool.email_settings.is_some() {
        cx.push(
            Issue::new(
                "email.conflict",
                "email_settings",
                "`email_settings` and `email` both configure e-mail; keep one (`email` is the CDK's current form)",
            )
            .related("email")
            .target(Target::Key),
        );
    }
    match &pool.email {
        Some(UserPoolEmail::WithCognito { reply_to: Some(r) }) => {
            ascii_local_part(cx, "email.reply_to", r);
            reply_to_schema(cx, "email.reply_to", r);
        }
        Some(UserPoolEmail::WithSes(ses)) => ses_options(ses, cx),
        Some(UserPoolEmail::WithCognito { reply_to: None }) | None => {}
    }
    if let Some(r) = pool.email_settings.as_ref().and_then(|e| e.reply_to.as_ref()) {
        reply_to_schema(cx, "email_settings.reply_to", r);
    }
}

fn ses_options(ses: &SesOptions, cx: &mut Check) {
    ascii_local_part(cx, "email.from_email", &ses.from_email);
    if let Some(r) = &ses.reply_to {
        ascii_local_part(cx, "email.reply_to", r);
        reply_to_schema(cx, "email.reply_to", r);
    }
    ses_region_known(ses, cx);
    ses_verified_domain(ses, cx);
    if let Some(set) = &ses.configuration_set_name {
        configuration_set(cx, set);
    }
}

/// AWS CDK `UserPoolEmail.withSES`: an environment-agnostic stack needs `ses_region`.
fn ses_region_known(ses: &SesOptions, cx: &mut Check) {
    if ses.ses_region.is_none() && cx.facts.env().region.is_none() {
        cx.push(
            Issue::new(
                "email.ses_region",
                "email.ses_region",
                "`with_ses` needs `ses_region`: the stack has no region to default to; add `ses_region: \"us-east-1\"` (or give the stack an `env` with a region)",
            )
            .target(Target::Setting),
        );
    }
}

/// AWS CDK `UserPoolEmail.withSES`: `from_email` must be in `ses_verified_domain`. The CDK
/// compares the text after the address's last `@`, as written (not punycoded), with the
/// domain; a value known only at deploy time is its placeholder there, so it matches only the
/// same parameter on the other side.
fn ses_verified_domain(ses: &SesOptions, cx: &mut Check) {
    let Some(domain) = &ses.ses_verified_domain else { return };
    if domain.literal() == Some("") {
        return;
    }
    let same = match (ses.from_email.literal(), domain.literal()) {
        (Some(from), Some(domain)) => from.rsplit('@').next() == Some(domain),
        (None, None) => matches!((&ses.from_email, domain), (Value::Ref(a), Value::Ref(b)) if a == b),
        _ => false,
    };
    if same {
        return;
    }
    let show = |v: &Value| {
        v.literal().map_or_else(|| "a value known only at deploy time".to_owned(), |t| format!("{t:?}"))
    };
    let hint = if ses.from_email.literal().is_none() || domain.literal().is_none() {
        " (the CDK compares them as written, before deploy time)"
    } else {
        ""
    };
    cx.push(
        Issue::new(
            "email.ses_verified_domain",
            "email.ses_verified_domain",
            format!(
                "`from_email` ({}) is not an address of `ses_verified_domain` ({}){hint}; SES can only send from the verified domain",
                show(&ses.from_email),
                show(domain)
            ),
        )
        .value(show(domain))
        .related("email.from_email"),
    );
}

/// AWS CDK `UserPoolEmail` (punycode encoding): the local part of an address needs an ASCII
/// character.
fn ascii_local_part(cx: &mut Check, path: &str, address: &Value) {
    let Some(a) = address.literal() else { return };
    let local = a.split('@').next().unwrap_or("");
    if !a.is_empty() && !local.chars().any(|c| c.is_ascii()) {
        cx.push(
            Issue::new(
                "email.ascii_local_part",
                path,
                format!("the local part of `{}` (before `@`) must use ASCII characters (got {a:?}); only the domain may be internationalized", crate::context::check::key(path)),
            )
            .value(address),
        );
    }
}

/// CloudFormation schema (`ReplyToEmailAddress`): `local@domain` of visible characters.
fn reply_to_schema(cx: &mut Check, path: &str, address: &Value) {
    let Some(a) = address.literal() else { return };
    let ok = a
        .split_once('@')
        .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty() && all_visible(l) && all_visible(d));
    if !ok {
        cx.push(
            Issue::new(
                "email.reply_to.schema",
                path,
                format!("`reply_to` must be an e-mail address such as `support@example.com` (got {a:?}); CloudFormation rejects it at deploy time"),
            )
            .value(address),
        );
    }
}

/// CloudFormation schema (`ConfigurationSet`): 1 to 64 of `[a-zA-Z0-9_-]`.
fn configuration_set(cx: &mut Check, set: &Value) {
    let Some(s) = set.literal() else { return };
    let ok =
        (1..=64).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !ok {
        cx.push(
            Issue::new(
                "email.configuration_set_name",
                "email.configuration_set_name",
                format!("`configuration_set_name` must be 1 to 64 letters, digits, `_` or `-` (got {s:?}); CloudFormation rejects it at deploy time"),
            )
            .value(set),
        );
    }
}

/// AWS CDK `UserPool`: `advanced_security_mode` (deprecated) cannot be combined with the
/// threat protection modes.
fn threat_protection_conflict(pool: &UserPool, cx: &mut Check) {
    if pool.advanced_security_mode.is_none() {
        return;
    }
    for (set, path) in [
        (pool.standard_threat_protection_mode.is_some(), "standard_threat_protection_mode"),
        (pool.custom_threat_protection_mode.is_some(), "custom_threat_protection_mode"),
    ] {
        if set {
            cx.push(
                Issue::new(
                    "advanced_security_mode.conflict",
                    "advanced_security_mode",
                    format!("`advanced_security_mode` is deprecated and cannot be combined with `{path}`; remove `advanced_security_mode`"),
                )
                .related(path)
                .target(Target::Key),
            );
        }
    }
}

/// Cognito (`FeatureUnavailableInTierException`): threat protection needs the PLUS plan; a
/// pool whose `feature_plan` is set to LITE or ESSENTIALS fails to deploy with it on.
fn threat_protection_plan(pool: &UserPool, cx: &mut Check) {
    let Some(plan @ (FeaturePlan::Lite | FeaturePlan::Essentials)) = pool.feature_plan else {
        return;
    };
    let on = [
        (
            pool.standard_threat_protection_mode
                .is_some_and(|m| m != StandardThreatProtectionMode::NoEnforcement),
            "standard_threat_protection_mode",
        ),
        (pool.custom_threat_protection_mode.is_some(), "custom_threat_protection_mode"),
        (
            pool.advanced_security_mode.is_some_and(|m| m != AdvancedSecurityMode::Off),
            "advanced_security_mode",
        ),
    ];
    for (is_on, path) in on {
        if is_on {
            let plan = if plan == FeaturePlan::Lite { "LITE" } else { "ESSENTIALS" };
            cx.push(
                Issue::new(
                    "threat_protection.plan",
                    path,
                    format!("threat protection needs the PLUS feature plan, but `feature_plan` is {plan}; Cognito rejects this at deploy time (\"The following features need to be disabled for the {plan} pricing tier configured: Threat Protection\"); set `feature_plan: PLUS`"),
                )
                .related("feature_plan")
                .target(Target::Setting),
            );
        }
    }
}

/// AWS CDK `UserPool` (`mfaMessage`: `{####}`, at most 140) and the CloudFormation schema
/// (`SmsAuthenticationMessage`: at least 6 characters, so not `""`).
fn mfa_message(pool: &UserPool, cx: &mut Check) {
    let Some(msg) = &pool.mfa_message else { return };
    let Some(text) = msg.literal() else { return };
    if !text.is_empty() && !text.contains(CODE) {
        cx.push(
            Issue::new(
                "mfa_message.code",
                "mfa_message",
                format!("`mfa_message` must contain the code placeholder `{{####}}` (got {text:?})"),
            )
            .value(msg),
        );
    } else if utf16_len(text) > 140 {
        cx.push(
            Issue::new(
                "mfa_message.length",
                "mfa_message",
                format!("`mfa_message` must be at most 140 characters (got {})", utf16_len(text)),
            )
            .value(msg),
        );
    } else if utf16_len(text) < 6 {
        cx.push(
            Issue::new(
                "mfa_message.length",
                "mfa_message",
                format!("`mfa_message` must be 6 to 140 characters and contain `{{####}}` (got {text:?}); CloudFormation rejects a shorter message at deploy time"),
            )
            .value(msg),
        );
    }
}

/// AWS CDK `UserPool` (`enableSmsRole: false` with `smsRole`), Cognito (SMS MFA or phone
/// verification without an SMS configuration) and the schema (`SnsCallerArn`, `SnsRegion`).
fn sms_role(pool: &UserPool, cx: &mut Check) {
    if let Some(role) = &pool.sms_role {
        match role {
            Arn::Item(r) => {
                cx.resolve("sms_role", r, &["role"]);
            }
            Arn::Value(v) => arn(cx, "sms_role.arn", "sms_role", v, Some("iam")),
        }
        if pool.enable_sms_role == Some(false) {
            cx.push(
                Issue::new(
                    "enable_sms_role.with_sms_role",
                    "enable_sms_role",
                    "`enable_sms_role: false` contradicts `sms_role`: the pool would use the role you gave; remove one of the two",
                )
                .value(false)
                .related("sms_role")
                .target(Target::Setting),
            );
        }
    }
    if let Some(region) = &pool.sns_region {
        length(cx, "sns_region.length", "sns_region", region, 5, 32);
    }
    if pool.enable_sms_role != Some(false) || pool.sms_role.is_some() {
        return;
    }
    if enabled_mfas(pool).is_some_and(|m| m.contains(&"SMS_MFA")) {
        let related = if pool.mfa_second_factor.is_some() { "mfa_second_factor.sms" } else { "mfa" };
        cx.push(
            Issue::new(
                "enable_sms_role.sms_mfa",
                "enable_sms_role",
                "SMS MFA needs an SMS configuration, but `enable_sms_role: false` removes it; Cognito rejects this at deploy time (\"SMS configuration and Auto verification for phone_number are required when MFA is required/optional\"); remove `enable_sms_role: false`, give an `sms_role`, or turn SMS off in `mfa_second_factor`",
            )
            .value(false)
            .related(related)
            .related("mfa")
            .target(Target::Setting),
        );
    }
    let phone_verified = match pool.auto_verify {
        Some(a) => a.phone.then_some("auto_verify.phone"),
        None => pool.sign_in_aliases.is_some_and(|a| a.phone).then_some("sign_in_aliases.phone"),
    };
    if let Some(related) = phone_verified {
        cx.push(
            Issue::new(
                "enable_sms_role.phone_verification",
                "enable_sms_role",
                "verifying phone numbers needs an SMS configuration, but `enable_sms_role: false` removes it; Cognito rejects this at deploy time (\"SMS configuration is required when phone_number is selected for auto verification\"); remove `enable_sms_role: false` or give an `sms_role`",
            )
            .value(false)
            .related(related)
            .target(Target::Setting),
        );
    }
}

/// Cognito: MFA set to OPTIONAL or REQUIRED needs at least one factor ("can't disable all
/// MFAs with a required or optional configuration"), and e-mail cannot be the only factor
/// when CloudFormation creates the pool (cloudformation-coverage-roadmap#2221).
fn mfa_factors(pool: &UserPool, cx: &mut Check) {
    let (Some(mfas), Some(mfa)) = (enabled_mfas(pool), pool.mfa) else {
        return;
    };
    let level = if mfa == Mfa::Required { "REQUIRED" } else { "OPTIONAL" };
    if mfas.is_empty() {
        cx.push(
            Issue::new(
                "mfa_second_factor.none",
                "mfa_second_factor",
                format!("`mfa` is {level} but `mfa_second_factor` turns every factor off; Cognito rejects this at deploy time (\"Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration\"); enable `sms`, `otp` or `email`"),
            )
            .related("mfa")
            .target(Target::Setting),
        );
    } else if mfas == ["EMAIL_OTP"] {
        cx.push(
            Issue::new(
                "mfa_second_factor.email_only",
                "mfa_second_factor",
                format!("`mfa` is {level} with e-mail as its only factor; CloudFormation cannot create such a pool (\"SMS configuration and Auto verification for phone_number are required when MFA is required/optional\", cloudformation-coverage-roadmap#2221); also enable `sms` or `otp`"),
            )
            .related("mfa")
            .target(Target::Setting),
        );
    }
}

/// AWS CDK `UserPool`: e-mail MFA needs e-mail sent through SES and a plan above LITE.
fn email_mfa(pool: &UserPool, cx: &mut Check) {
    let Some(mfas) = enabled_mfas(pool) else {
        return;
    };
    if !mfas.contains(&"EMAIL_OTP") {
        return;
    }
    if !matches!(pool.email, Some(UserPoolEmail::WithSes(_))) {
        cx.push(
            Issue::new(
                "mfa_second_factor.email.ses",
                "mfa_second_factor.email",
                "e-mail MFA needs e-mail sent through Amazon SES: set `email: with_ses { … }`",
            )
            .related("email")
            .target(Target::Key),
        );
    }
    if pool.feature_plan == Some(FeaturePlan::Lite) {
        cx.push(
            Issue::new(
                "mfa_second_factor.email.plan",
                "mfa_second_factor.email",
                "e-mail MFA is not available on the LITE feature plan; set `feature_plan` to ESSENTIALS or PLUS",
            )
            .related("feature_plan")
            .target(Target::Key),
        );
    }
}

/// AWS CDK (`AWS::Cognito::UserPool does not support snapshot removal policy`): a user pool
/// has no snapshots; the CDK warns and emits a policy CloudFormation cannot honour.
fn removal_policy_snapshot(pool: &UserPool, cx: &mut Check) {
    if pool.removal_policy == Some(RemovalPolicy::Snapshot) {
        cx.push(
            Issue::new(
                "removal_policy.snapshot",
                "removal_policy",
                "a user pool cannot be snapshotted, so `removal_policy: SNAPSHOT` is not supported; use RETAIN (the default), RETAIN_ON_UPDATE_OR_DELETE or DESTROY",
            )
            .value("SNAPSHOT"),
        );
    }
}

/// AWS CDK `StringAttribute` (`minLen` ≥ 0, `maxLen` ≤ 2048) and the CloudFormation schema
/// (`Schema`: at most 50 attributes; a custom name is 1 to 20 visible characters) and Cognito
/// (a custom attribute named like a standard one is dropped, cdk#31593).
fn schema(pool: &UserPool, cx: &mut Check) {
    if pool.required_attributes.is_some() && pool.standard_attributes.is_some() {
        cx.push(
            Issue::new(
                "required_attributes.conflict",
                "required_attributes",
                "`required_attributes` (the seed's form) and `standard_attributes` both declare standard attributes; move the required ones into `standard_attributes` as `{ required: true }`",
            )
            .related("standard_attributes")
            .target(Target::Key),
        );
    }
    let count = pool.required_attributes.iter().flatten().filter(|(_, r)| *r).count()
        + pool.standard_attributes.as_ref().map_or(0, Vec::len)
        + pool.custom_attributes.as_ref().map_or(0, Vec::len);
    if count > 50 {
        cx.push(
            Issue::new(
                "schema.max_attributes",
                "custom_attributes",
                format!("a user pool can declare at most 50 attributes (got {count}); CloudFormation rejects the schema at deploy time"),
            )
            .target(Target::Key),
        );
    }
    for (name, attr) in pool.custom_attributes.iter().flatten() {
        custom_attribute(name, attr, cx);
        custom_attribute_bounds(name, attr, cx);
    }
    duplicate_custom_attributes(pool, cx);
}

/// Cognito (`NumberAttributeConstraints`, `StringAttributeConstraints`): a bound is a finite
/// number (the template would say `NaN` or `Infinity`), and the lower is not above the upper.
fn custom_attribute_bounds(name: &str, attr: &CustomAttribute, cx: &mut Check) {
    let path = format!("custom_attributes.{name}");
    let (min, max, lo, hi) = match attr {
        CustomAttribute::Number(n) => (n.min, n.max, "min", "max"),
        CustomAttribute::String(s) => {
            (s.min_len.map(|n| n as f64), s.max_len.map(|n| n as f64), "min_len", "max_len")
        }
        _ => return,
    };
    for (key, bound) in [(lo, min), (hi, max)] {
        if let Some(b) = bound.filter(|b| !b.is_finite()) {
            cx.push(
                Issue::new(
                    "custom_attributes.bound",
                    format!("{path}.{key}"),
                    format!("`{key}` must be a finite number (got {}); Cognito rejects the attribute at deploy time", js_number(b)),
                )
                .value(js_number(b)),
            );
        }
    }
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        let (a, b) = (js_number(a), js_number(b));
        cx.push(
            Issue::new(
                "custom_attributes.bound",
                format!("{path}.{lo}"),
                format!("`{lo}` must not be above `{hi}` (got {a} > {b}); Cognito rejects the attribute at deploy time; swap them"),
            )
            .value(a)
            .related(format!("{path}.{hi}")),
        );
    }
}

/// Cognito (`Schema`): each custom attribute is declared once.
fn duplicate_custom_attributes(pool: &UserPool, cx: &mut Check) {
    let mut seen = std::collections::HashSet::new();
    for (name, _) in pool.custom_attributes.iter().flatten() {
        if !seen.insert(name.as_str()) {
            cx.push(
                Issue::new(
                    "custom_attributes.duplicate",
                    format!("custom_attributes.{name}"),
                    format!("custom attribute `{name}` is declared twice; Cognito rejects the schema at deploy time; keep one"),
                )
                .target(Target::Key),
            );
        }
    }
}

fn custom_attribute(name: &str, attr: &CustomAttribute, cx: &mut Check) {
    let path = format!("custom_attributes.{name}");
    let len = utf16_len(name);
    if len == 0 || len > 20 || !all_visible(name) {
        cx.push(
            Issue::new(
                "custom_attributes.name",
                path.clone(),
                format!("a custom attribute name must be 1 to 20 characters without spaces (got {name:?}, {len} characters); Cognito rejects it at deploy time"),
            )
            .target(Target::Key),
        );
    }
    if StandardAttributeName::ALL.iter().any(|s| s.cognito_name() == name) || name == "sub" {
        cx.push(
            Issue::new(
                "custom_attributes.standard_name",
                path.clone(),
                format!("custom attribute `{name}` has the name of a standard attribute; Cognito silently drops it (cdk#31593); rename it, or declare the standard one in `standard_attributes`"),
            )
            .target(Target::Key),
        );
    }
    if let CustomAttribute::String(StringAttributeProps { min_len, max_len, .. }) = attr {
        if let Some(n) = *min_len
            && n < 0
        {
            cx.push(
                Issue::new(
                    "custom_attributes.min_len",
                    format!("{path}.min_len"),
                    format!("`min_len` cannot be less than 0 (got {n})"),
                )
                .value(n),
            );
        }
        if let Some(n) = *max_len
            && n > 2048
        {
            cx.push(
                Issue::new(
                    "custom_attributes.max_len",
                    format!("{path}.max_len"),
                    format!("`max_len` cannot be greater than 2048 (got {n})"),
                )
                .value(n),
            );
        }
    }
}

/// AWS CDK (`addTrigger`: one function per operation) and the CloudFormation schema (trigger
/// ARNs, the KMS key ARN).
fn triggers(pool: &UserPool, cx: &mut Check) {
    let mut seen: Vec<UserPoolOperation> = Vec::new();
    for (op, function) in pool.lambda_triggers.iter().flatten() {
        let path = format!("lambda_triggers.{}", op.key());
        if seen.contains(op) {
            duplicate_trigger(*op, &path, cx);
        }
        seen.push(*op);
        trigger_target(function, &path, cx);
    }
    if let Some(key) = &pool.custom_sender_kms_key {
        arn(cx, "custom_sender_kms_key.arn", "custom_sender_kms_key", key, Some("kms"));
    }
}

fn duplicate_trigger(op: UserPoolOperation, path: &str, cx: &mut Check) {
    cx.push(
        Issue::new(
            "trigger.duplicate",
            path,
            format!("the pool already has a `{}` trigger; an operation takes one function", op.key()),
        )
        .target(Target::Key),
    );
}

/// A trigger's function: a `lambda_function` of the stack, or a Lambda ARN.
fn trigger_target(function: &Arn, path: &str, cx: &mut Check) {
    match function {
        Arn::Item(r) => {
            cx.resolve(path, r, &["lambda_function"]);
        }
        Arn::Value(v) => arn(cx, "trigger.arn", path, v, Some("lambda")),
    }
}

/// CloudFormation schema: `UserPoolName` is 1 to 128 characters.
fn user_pool_name(pool: &UserPool, cx: &mut Check) {
    if let Some(name) = &pool.user_pool_name {
        length(cx, "user_pool_name.length", "user_pool_name", name, 1, 128);
    }
}

/// The rules of a trigger added with `add_trigger`: AWS CDK (only one per operation; V2_0
/// and V3_0 only for PRE_TOKEN_GENERATION_CONFIG; senders need the KMS key) and Cognito
/// (V2_0/V3_0 token customization needs a plan above LITE).
pub(crate) fn check_added_trigger(t: &AddedTrigger, cx: &mut Check) {
    cx.values(t);
    let facts = cx.facts;
    let pool_node = cx.node.and_then(|n| facts.parent(n));
    let Some((pool_node, pool)) = pool_node.and_then(|p| Some((p, facts.props::<UserPool>(p)?))) else {
        cx.push(Issue::new(
            "trigger.parent",
            "",
            "a trigger must be added to a user pool created in this stack (`trigger` inside `user_pool … { }`)",
        ).target(Target::Id));
        return;
    };
    let path = "function";
    if cx.node.is_some_and(|node| is_duplicate_trigger(facts, node, t.operation)) {
        cx.push(
            Issue::new(
                "trigger.duplicate",
                "",
                format!(
                    "the pool already has a `{}` trigger; an operation takes one function",
                    t.operation.key()
                ),
            )
            .target(Target::Id)
            .reads(pool_node, "lambda_triggers"),
        );
    }
    trigger_target(&t.function, path, cx);
    let version = t.lambda_version.unwrap_or_default();
    if version != LambdaVersion::V1_0 && t.operation != UserPoolOperation::PreTokenGenerationConfig {
        cx.push(
            Issue::new(
                "trigger.lambda_version",
                "lambda_version",
                format!("only the `pre_token_generation_config` trigger takes lambda version V2_0 or V3_0 (got {} for `{}`)", version.as_str(), t.operation.key()),
            )
            .value(version.as_str()),
        );
    } else if version != LambdaVersion::V1_0 && pool.feature_plan == Some(FeaturePlan::Lite) {
        cx.push(
            Issue::new(
                "trigger.lambda_version.plan",
                "lambda_version",
                format!("access token customization (lambda version {}) is not available on the LITE feature plan; Cognito rejects it at deploy time; set the pool's `feature_plan` to ESSENTIALS or PLUS", version.as_str()),
            )
            .value(version.as_str())
            .reads(pool_node, "feature_plan"),
        );
    }
    if t.operation.is_custom_sender() && pool.custom_sender_kms_key.is_none() {
        cx.push(
            Issue::new(
                "lambda_triggers.custom_sender_kms_key",
                "",
                format!("the `{}` trigger needs a KMS key to encrypt the codes it receives; set the pool's `custom_sender_kms_key`", t.operation.key()),
            )
            .target(Target::Id)
            .reads(pool_node, "custom_sender_kms_key"),
        );
    }
}

/// Whether the trigger at `node` repeats an operation its pool already has (in its props or
/// in an earlier `add_trigger`): `trigger.duplicate` reports it, and it renders nothing (its
/// permission would only repeat the first one's construct id and logical id).
pub(crate) fn is_duplicate_trigger(facts: &dyn Facts, node: NodeId, op: UserPoolOperation) -> bool {
    let Some(pool_node) = facts.parent(node) else {
        return false;
    };
    let in_props = facts
        .props::<UserPool>(pool_node)
        .is_some_and(|pool| pool.lambda_triggers.iter().flatten().any(|(o, _)| *o == op));
    in_props
        || facts
            .children(Some(pool_node))
            .iter()
            .take_while(|c| **c != node)
            .any(|c| facts.props::<AddedTrigger>(*c).is_some_and(|t| t.operation == op))
}
