//! The CDK's enums: each member written as the CDK spells it (`REQUIRED`), optionally after
//! its type (`Mfa::REQUIRED`), or as the runtime's Rust variant (`Mfa::Required`).

use cognito_runtime::*;

use super::{Lower, Lx};
use crate::pipeline::ast::{Value, ValueKind};

/// Finds `v` among `members` (CDK spelling, Rust variant, value).
pub fn lower_enum<T: Copy>(
    v: &Value,
    lx: &mut Lx,
    type_name: &str,
    members: &[(&str, &str, T)],
) -> Option<T> {
    let ValueKind::Path(path) = &v.kind else {
        let list: Vec<&str> = members.iter().map(|m| m.0).collect();
        lx.expected(v, &format!("a `{type_name}` member ({})", list.join(", ")));
        return None;
    };
    let member = match path.as_slice() {
        [m] => m.to_string(),
        [t, m] if *t == type_name => m.to_string(),
        [t, _] => {
            lx.error(t.span(), t.span(), format!("expected a `{type_name}` member, found a member of `{t}`"));
            return None;
        }
        _ => String::new(),
    };
    if let Some((_, _, value)) = members.iter().find(|(cdk, rust, _)| *cdk == member || *rust == member) {
        return Some(*value);
    }
    let list: Vec<&str> = members.iter().map(|m| m.0).collect();
    let hint = cognito_runtime::__internal::did_you_mean(&member, list.iter().copied())
        .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
    lx.error(
        v.first,
        v.last,
        format!("unknown `{type_name}` member `{member}`; {hint}expected one of {}", list.join(", ")),
    );
    None
}

macro_rules! enums {
    ($($ty:ident $name:literal { $($cdk:ident => $variant:ident),* $(,)? })*) => {$(
        impl Lower for $ty {
            fn lower(v: &Value, lx: &mut Lx) -> Option<$ty> {
                lower_enum(v, lx, $name, &[$((stringify!($cdk), stringify!($variant), $ty::$variant)),*])
            }
        }
    )*};
}

enums! {
    Mfa "Mfa" { OFF => Off, OPTIONAL => Optional, REQUIRED => Required }
    VerificationEmailStyle "VerificationEmailStyle" { CODE => Code, LINK => Link }
    AccountRecovery "AccountRecovery" {
        EMAIL_AND_PHONE_WITHOUT_MFA => EmailAndPhoneWithoutMfa,
        PHONE_WITHOUT_MFA_AND_EMAIL => PhoneWithoutMfaAndEmail,
        EMAIL_ONLY => EmailOnly,
        PHONE_ONLY_WITHOUT_MFA => PhoneOnlyWithoutMfa,
        PHONE_AND_EMAIL => PhoneAndEmail,
        NONE => None,
    }
    RemovalPolicy "RemovalPolicy" {
        RETAIN => Retain,
        DESTROY => Destroy,
        RETAIN_ON_UPDATE_OR_DELETE => RetainOnUpdateOrDelete,
        SNAPSHOT => Snapshot,
    }
    PasskeyUserVerification "PasskeyUserVerification" { PREFERRED => Preferred, REQUIRED => Required }
    AdvancedSecurityMode "AdvancedSecurityMode" { ENFORCED => Enforced, AUDIT => Audit, OFF => Off }
    FeaturePlan "FeaturePlan" { LITE => Lite, ESSENTIALS => Essentials, PLUS => Plus }
    StandardThreatProtectionMode "StandardThreatProtectionMode" {
        FULL_FUNCTION => FullFunction,
        AUDIT_ONLY => AuditOnly,
        NO_ENFORCEMENT => NoEnforcement,
    }
    CustomThreatProtectionMode "CustomThreatProtectionMode" { FULL_FUNCTION => FullFunction, AUDIT_ONLY => AuditOnly }
    LambdaVersion "LambdaVersion" { V1_0 => V1_0, V2_0 => V2_0, V3_0 => V3_0 }
}

enums! {
    ManagedLoginVersion "ManagedLoginVersion" {
        CLASSIC_HOSTED_UI => ClassicHostedUi,
        NEWER_MANAGED_LOGIN => NewerManagedLogin,
    }
    OidcAttributeRequestMethod "OidcAttributeRequestMethod" { GET => Get, POST => Post }
    SigningAlgorithm "SigningAlgorithm" { RSA_SHA256 => RsaSha256 }
}
