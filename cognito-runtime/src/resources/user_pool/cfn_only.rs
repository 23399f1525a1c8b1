//! The rules of the pool's properties no CDK construct offers (a CDK program sets them on the
//! `CfnUserPool`): the e-mail MFA message and subject, and passkeys as an MFA factor.

use super::render::enabled_mfas;
use super::*;
use crate::context::check::{Check, Issue};
use crate::context::rules::{length, visible_or_space};
use crate::core::error::Target;

/// Runs every rule of the pool's `CfnUserPool`-only properties.
pub(crate) fn check(pool: &UserPool, cx: &mut Check) {
    email_authentication_message(pool, cx);
    email_authentication_subject_length(pool, cx);
    email_authentication_subject_pattern(pool, cx);
    needs_essentials(pool, cx);
    email_authentication_unused(pool, cx);
    passkey_mfa_without_passkey_sign_in(pool, cx);
}

/// CloudFormation schema (`EmailAuthenticationMessage`: 6 to 20000 characters), checked once
/// the message has its code (which alone is 6 characters).
fn email_authentication_message(pool: &UserPool, cx: &mut Check) {
    let Some(message) = &pool.email_authentication_message else { return };
    if !email_authentication_message_code(message, cx) {
        length(cx, "email_authentication_message.length", "email_authentication_message", message, 6, 20000);
    }
}

/// Cognito (`EmailMfaConfigType.Message`: "The message must contain the {####} placeholder"):
/// the e-mail MFA message holds the code. Returns whether it reported.
fn email_authentication_message_code(message: &Value, cx: &mut Check) -> bool {
    let Some(text) = message.literal() else { return false };
    let missing = !text.contains("{####}");
    if missing {
        cx.push(
            Issue::new(
                "email_authentication_message.code",
                "email_authentication_message",
                format!("`email_authentication_message` must contain the code placeholder `{{####}}` (got {text:?}); Cognito rejects it at deploy time; write the code where the message shows it, e.g. \"Your sign-in code is {{####}}\""),
            )
            .value(message),
        );
    }
    missing
}

/// CloudFormation schema (`EmailAuthenticationSubject`: 1 to 140 characters).
fn email_authentication_subject_length(pool: &UserPool, cx: &mut Check) {
    if let Some(subject) = &pool.email_authentication_subject {
        length(cx, "email_authentication_subject.length", "email_authentication_subject", subject, 1, 140);
    }
}

/// Cognito (`EmailMfaConfigType.Subject`, pattern `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]+`): the subject
/// holds letters, marks, symbols, numbers, punctuation and white space only.
fn email_authentication_subject_pattern(pool: &UserPool, cx: &mut Check) {
    let Some(subject) = &pool.email_authentication_subject else { return };
    let Some(text) = subject.literal() else { return };
    if !text.is_empty() && !visible_or_space(text) {
        cx.push(
            Issue::new(
                "email_authentication_subject.pattern",
                "email_authentication_subject",
                format!("`email_authentication_subject` may hold only letters, marks, symbols, numbers, punctuation and white space (got {text:?}); Cognito rejects it at deploy time; remove the control characters"),
            )
            .value(subject),
        );
    }
}

/// Cognito (`EmailMfaConfigType`, `WebAuthnConfigurationType.FactorConfiguration`: "your user
/// pool must be in the Essentials tier or higher"): the e-mail MFA message and passkey MFA are
/// not available on the LITE feature plan.
fn needs_essentials(pool: &UserPool, cx: &mut Check) {
    if pool.feature_plan != Some(FeaturePlan::Lite) {
        return;
    }
    let given = [
        ("email_authentication_message", pool.email_authentication_message.is_some()),
        ("email_authentication_subject", pool.email_authentication_subject.is_some()),
        ("web_authn_factor_configuration", pool.web_authn_factor_configuration.is_some()),
    ];
    for (key, _) in given.into_iter().filter(|(_, given)| *given) {
        cx.push(
            Issue::new(
                "plan.essentials",
                key,
                format!("`{key}` needs the ESSENTIALS or PLUS feature plan, but `feature_plan` is LITE; Cognito rejects it at deploy time (\"The following features need to be disabled for the LITE pricing tier configured: …\"); set `feature_plan: ESSENTIALS`, or remove `{key}`"),
            )
            .related("feature_plan")
            .target(Target::Key),
        );
    }
}

/// Cognito (`EmailMfaConfigType.Message`: "the email messages that your user pool sends to
/// users with codes for MFA and sign-in with email OTPs"): a warning when the pool sends no
/// such message, so the template is never used.
fn email_authentication_unused(pool: &UserPool, cx: &mut Check) {
    let email_mfa = enabled_mfas(pool).is_some_and(|m| m.contains(&"EMAIL_OTP"));
    let email_otp =
        pool.sign_in_policy.and_then(|p| p.allowed_first_auth_factors).is_some_and(|f| f.email_otp);
    if email_mfa || email_otp {
        return;
    }
    let key = match (&pool.email_authentication_message, &pool.email_authentication_subject) {
        (Some(_), _) => "email_authentication_message",
        (None, Some(_)) => "email_authentication_subject",
        (None, None) => return,
    };
    cx.push(
        Issue::new(
            "email_authentication.unused",
            key,
            format!("`{key}` is used only by e-mail MFA and e-mail OTP sign-in, and this pool has neither, so Cognito never sends it; enable `mfa_second_factor: {{ email }}` or `sign_in_policy: {{ allowed_first_auth_factors: {{ password, email_otp }} }}`, or remove `{key}`"),
        )
        .target(Target::Key)
        .warning(),
    );
}

/// Cognito (`WebAuthnMfaSettingsType`: "passkey MFA applies only when passkey is the first
/// authentication factor"): a warning when passkeys count as MFA but the pool does not let
/// users sign in with one.
fn passkey_mfa_without_passkey_sign_in(pool: &UserPool, cx: &mut Check) {
    if pool.web_authn_factor_configuration
        != Some(WebAuthnFactorConfiguration::MultiFactorWithUserVerification)
    {
        return;
    }
    let passkey = pool.sign_in_policy.and_then(|p| p.allowed_first_auth_factors).is_some_and(|f| f.passkey);
    if !passkey {
        cx.push(
            Issue::new(
                "web_authn_factor_configuration.passkey",
                "web_authn_factor_configuration",
                "`web_authn_factor_configuration: MULTI_FACTOR_WITH_USER_VERIFICATION` lets a passkey satisfy MFA only when it is the first factor of a sign-in, and this pool offers no passkey sign-in, so it changes nothing; add `passkey` to `sign_in_policy.allowed_first_auth_factors`",
            )
            .value("MULTI_FACTOR_WITH_USER_VERIFICATION")
            .warning(),
        );
    }
}
