//! cdk-nag's Cognito rules (rules/cognito/*.ts), on `AWS::Cognito::UserPool` and
//! `AWS::Cognito::IdentityPool`. COG4 concerns API Gateway methods, which no item emits.

use super::js::{Threw, get, is_nullish, primitive, to_number, truthy};
use super::resource::Resource;
use super::rule::Outcome;
use crate::core::json::Json;

const USER_POOL: &str = "AWS::Cognito::UserPool";
const IDENTITY_POOL: &str = "AWS::Cognito::IdentityPool";

/// cdk-nag AwsSolutions-COG1 (`CognitoUserPoolStrongPasswordPolicy`): a user pool's password
/// policy asks for at least 8 characters, an uppercase letter, a number and a symbol.
pub(crate) fn strong_password_policy(r: &Resource) -> Result<Outcome, Threw> {
    if r.kind != USER_POOL {
        return Ok(Outcome::NotApplicable);
    }
    let policy = r.prop("Policies").and_then(|p| get(p, "PasswordPolicy"));
    let Some(policy) = policy.filter(|p| !is_nullish(Some(p))) else { return Ok(Outcome::NonCompliant) };
    let min_length = primitive(get(policy, "MinimumLength"))?;
    if is_nullish(min_length) || min_length.is_some_and(|m| to_number(m) < 8.0) {
        return Ok(Outcome::NonCompliant);
    }
    for key in ["RequireUppercase", "RequireNumbers", "RequireSymbols"] {
        if primitive(get(policy, key))? != Some(&Json::Bool(true)) {
            return Ok(Outcome::NonCompliant);
        }
    }
    Ok(Outcome::Compliant)
}

/// cdk-nag AwsSolutions-COG2 (`CognitoUserPoolMFA`): a user pool requires MFA
/// (`MfaConfiguration` is `ON`).
pub(crate) fn mfa_required(r: &Resource) -> Result<Outcome, Threw> {
    if r.kind != USER_POOL {
        return Ok(Outcome::NotApplicable);
    }
    Ok(unless_string(primitive(r.prop("MfaConfiguration"))?, "ON"))
}

/// cdk-nag AwsSolutions-COG7 (`CognitoUserPoolNoUnauthenticatedLogins`): an identity pool does
/// not allow unauthenticated identities.
pub(crate) fn no_unauthenticated_logins(r: &Resource) -> Result<Outcome, Threw> {
    if r.kind != IDENTITY_POOL {
        return Ok(Outcome::NotApplicable);
    }
    let allowed = primitive(r.prop("AllowUnauthenticatedIdentities"))?;
    Ok(if allowed.is_some_and(truthy) { Outcome::NonCompliant } else { Outcome::Compliant })
}

/// cdk-nag AwsSolutions-COG8 (`CognitoUserPoolPlusTier`): a user pool is on the plus tier
/// (`UserPoolTier` is `PLUS`).
pub(crate) fn plus_tier(r: &Resource) -> Result<Outcome, Threw> {
    if r.kind != USER_POOL {
        return Ok(Outcome::NotApplicable);
    }
    Ok(unless_string(primitive(r.prop("UserPoolTier"))?, "PLUS"))
}

/// `value == undefined || value != expected`: non-compliant unless the string `expected`.
fn unless_string(value: Option<&Json>, expected: &str) -> Outcome {
    match value {
        Some(Json::Str(s)) if s == expected => Outcome::Compliant,
        _ => Outcome::NonCompliant,
    }
}
