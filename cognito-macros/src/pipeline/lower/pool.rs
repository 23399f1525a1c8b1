//! The key tables of `user_pool` and of the blocks inside it.

use cognito_runtime::*;

use super::values::list_of;
use super::{Lower, Lx, block, deferrable, field, free_map, lower_block};
use crate::pipeline::ast::{Entry, Value, ValueKind};

block!(UserPool, "user_pool" {
    "user_pool_name" => user_pool_name,
    "self_sign_up_enabled" => self_sign_up_enabled,
    "user_verification" => user_verification,
    "user_invitation" => user_invitation,
    "sms_role" => sms_role,
    "sms_role_external_id" => sms_role_external_id,
    "sns_region" => sns_region,
    "enable_sms_role" => enable_sms_role,
    "sign_in_aliases" => sign_in_aliases,
    "auto_verify" => auto_verify,
    "keep_original" => keep_original,
    "required_attributes" => required_attributes with required_attributes,
    "standard_attributes" => standard_attributes with standard_attributes,
    "custom_attributes" => custom_attributes with custom_attributes,
    "mfa" => mfa,
    "mfa_message" => mfa_message,
    "mfa_second_factor" => mfa_second_factor,
    "password_policy" => password_policy,
    "sign_in_policy" => sign_in_policy,
    "passkey_relying_party_id" => passkey_relying_party_id,
    "passkey_user_verification" => passkey_user_verification,
    "email_settings" | "email_transmission" => email_settings,
    "email" => email with email,
    "lambda_triggers" | "triggers" => lambda_triggers with triggers,
    "sign_in_case_sensitive" => sign_in_case_sensitive,
    "account_recovery" => account_recovery,
    "removal_policy" => removal_policy,
    "deletion_protection" => deletion_protection,
    "device_tracking" => device_tracking,
    "custom_sender_kms_key" => custom_sender_kms_key,
    "advanced_security_mode" => advanced_security_mode,
    "feature_plan" => feature_plan,
    "standard_threat_protection_mode" => standard_threat_protection_mode,
    "custom_threat_protection_mode" => custom_threat_protection_mode,
});

block!(UserVerification, "user_verification" {
    "email_subject" => email_subject,
    "email_body" => email_body,
    "email_style" => email_style,
    "sms_message" => sms_message,
});

block!(UserInvitation, "user_invitation" {
    "email_subject" => email_subject,
    "email_body" => email_body,
    "sms_message" => sms_message,
});

block!(SignInAliases, "sign_in_aliases" {
    "username" => username [plain],
    "email" => email [plain],
    "phone" => phone [plain],
    "preferred_username" => preferred_username [plain],
});

block!(AutoVerifiedAttrs, "auto_verify" {
    "email" => email [plain],
    "phone" => phone [plain],
});

block!(KeepOriginalAttrs, "keep_original" {
    "email" => email [plain],
    "phone" => phone [plain],
});

block!(MfaSecondFactor, "mfa_second_factor" {
    "sms" => sms [plain],
    "otp" => otp [plain],
    "email" => email [plain],
});

block!(PasswordPolicy, "password_policy" {
    "temp_password_validity" => temp_password_validity,
    "min_length" => min_length,
    "require_lowercase" => require_lowercase,
    "require_uppercase" => require_uppercase,
    "require_digits" => require_digits,
    "require_symbols" => require_symbols,
    "password_history_size" => password_history_size,
});

block!(SignInPolicy, "sign_in_policy" {
    "allowed_first_auth_factors" => allowed_first_auth_factors,
});

block!(AllowedFirstAuthFactors, "allowed_first_auth_factors" {
    "password" => password [plain],
    "email_otp" => email_otp [plain],
    "sms_otp" => sms_otp [plain],
    "passkey" => passkey [plain],
});

block!(EmailSettings, "email_settings" {
    "from" => from,
    "reply_to" => reply_to,
});

block!(SesOptions, "with_ses", required ["from_email"] {
    "from_email" => from_email [plain],
    "from_name" => from_name,
    "reply_to" => reply_to,
    "configuration_set_name" => configuration_set_name,
    "ses_region" => ses_region,
    "ses_verified_domain" => ses_verified_domain,
});

block!(DeviceTracking, "device_tracking", required ["challenge_required_on_new_device", "device_only_remembered_on_user_prompt"] {
    "challenge_required_on_new_device" => challenge_required_on_new_device [plain],
    "device_only_remembered_on_user_prompt" => device_only_remembered_on_user_prompt [plain],
});

block!(StandardAttribute, "standard attribute" {
    "required" => required,
    "mutable" => mutable,
});

/// A map `{ KEY: value, … }` whose keys come from a fixed table.
pub fn keyed_map<K: Copy + PartialEq, V: Default>(
    v: &Value,
    lx: &mut Lx,
    what: &str,
    keys: &[(&'static str, K)],
    value: fn(&Value, &mut Lx) -> Option<V>,
) -> Option<Vec<(K, V)>> {
    let ValueKind::Block(block) = &v.kind else {
        lx.expected(v, &format!("a `{{ … }}` block of `{what}`"));
        return None;
    };
    let mut out: Vec<(K, V)> = Vec::new();
    for entry in &block.entries {
        let s = match entry {
            Entry::Setting(s) => s,
            Entry::Item(item) => {
                lx.error(item.kind.span(), item.id.span().1, format!("expected `key: value` in `{what}`"));
                continue;
            }
        };
        let written = s.name();
        if s.quoted.is_some() {
            lx.error(
                s.key.span(),
                s.key.span(),
                format!("`{what}` takes its keys as names, without quotes: write `{written}`"),
            );
            continue;
        }
        let Some((name, key)) = keys.iter().find(|(n, _)| *n == written) else {
            let hint = match cognito_runtime::__internal::did_you_mean(&written, keys.iter().map(|k| k.0)) {
                Some(h) => format!("did you mean `{h}`?"),
                None => format!(
                    "expected one of {}",
                    keys.iter().map(|k| format!("`{}`", k.0)).collect::<Vec<_>>().join(", ")
                ),
            };
            lx.error(s.key.span(), s.key.span(), format!("unknown key `{written}` in `{what}`; {hint}"));
            continue;
        };
        if out.iter().any(|(k, _)| k == key) {
            lx.error(s.key.span(), s.key.span(), format!("`{written}` is given twice in `{what}`; keep one"));
            continue;
        }
        let flag;
        let val = match &s.value {
            Some(val) => val,
            None => {
                flag = Value {
                    kind: ValueKind::Lit(syn::Lit::Bool(syn::LitBool::new(true, s.key.span()))),
                    first: s.key.span(),
                    last: s.key.span(),
                };
                &flag
            }
        };
        let lowered = lx.at(name, |lx| {
            lx.record(s.key.span(), (val.first, val.last));
            deferrable(val, lx, value)
        });
        if let Some(x) = lowered {
            out.push((*key, x));
        }
    }
    Some(out)
}

fn standard_keys() -> Vec<(&'static str, StandardAttributeName)> {
    StandardAttributeName::ALL.iter().map(|a| (a.key(), *a)).collect()
}

fn required_attributes(v: &Value, lx: &mut Lx) -> Option<Vec<(StandardAttributeName, bool)>> {
    keyed_map(v, lx, "required_attributes", &standard_keys(), bool::lower)
}

fn standard_attributes(v: &Value, lx: &mut Lx) -> Option<Vec<(StandardAttributeName, StandardAttribute)>> {
    keyed_map(v, lx, "standard_attributes", &standard_keys(), StandardAttribute::lower)
}

fn triggers(v: &Value, lx: &mut Lx) -> Option<Vec<(UserPoolOperation, Arn)>> {
    let keys: Vec<(&str, UserPoolOperation)> = UserPoolOperation::ALL
        .iter()
        .filter(|op| **op != UserPoolOperation::PreTokenGenerationConfig)
        .map(|op| (op.key(), *op))
        .collect();
    keyed_map(v, lx, "lambda_triggers", &keys, Arn::lower)
}

#[derive(Default)]
struct StringAttr {
    min_len: Option<i64>,
    max_len: Option<i64>,
    mutable: Option<bool>,
}

#[derive(Default)]
struct NumberAttr {
    min: Option<f64>,
    max: Option<f64>,
    mutable: Option<bool>,
}

#[derive(Default)]
struct FlagAttr {
    mutable: Option<bool>,
}

block!(StringAttr, "string" { "min_len" => min_len, "max_len" => max_len, "mutable" => mutable, });
block!(NumberAttr, "number" { "min" => min, "max" => max, "mutable" => mutable, });
block!(FlagAttr, "attribute" { "mutable" => mutable, });

fn custom_attributes(v: &Value, lx: &mut Lx) -> Option<Vec<(String, CustomAttribute)>> {
    free_map(v, lx, custom_attribute)
}

fn custom_attribute(v: &Value, lx: &mut Lx) -> Option<CustomAttribute> {
    let (path, block) = match &v.kind {
        ValueKind::Path(p) => (p, None),
        ValueKind::Variant(p, b) => (p, Some(b)),
        _ => {
            lx.expected(v, "an attribute type: `string { … }`, `number { … }`, `boolean` or `date_time`");
            return None;
        }
    };
    let kind = path.last().map(ToString::to_string).unwrap_or_default();
    Some(match kind.as_str() {
        "string" | "StringAttribute" => {
            let a: StringAttr = block.map(|b| lower_block(b, lx)).unwrap_or_default();
            CustomAttribute::String { min_len: a.min_len, max_len: a.max_len, mutable: a.mutable }
        }
        "number" | "NumberAttribute" => {
            let a: NumberAttr = block.map(|b| lower_block(b, lx)).unwrap_or_default();
            CustomAttribute::Number { min: a.min, max: a.max, mutable: a.mutable }
        }
        "boolean" | "BooleanAttribute" => {
            let a: FlagAttr = block.map(|b| lower_block(b, lx)).unwrap_or_default();
            CustomAttribute::Boolean { mutable: a.mutable }
        }
        "date_time" | "DateTimeAttribute" => {
            let a: FlagAttr = block.map(|b| lower_block(b, lx)).unwrap_or_default();
            CustomAttribute::DateTime { mutable: a.mutable }
        }
        _ => {
            let hint = cognito_runtime::__internal::did_you_mean(
                &kind,
                ["string", "number", "boolean", "date_time"],
            )
            .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
            lx.error(v.first, v.last, format!("unknown attribute type `{kind}`; {hint}expected `string`, `number`, `boolean` or `date_time`"));
            return None;
        }
    })
}

fn email(v: &Value, lx: &mut Lx) -> Option<UserPoolEmail> {
    let name = |p: &[syn::Ident]| p.last().map(ToString::to_string).unwrap_or_default();
    match &v.kind {
        ValueKind::Call(p, args) if name(p) == "with_cognito" => match args.as_slice() {
            [] => Some(UserPoolEmail::WithCognito { reply_to: None }),
            [arg] => {
                let reply_to = lx.at("reply_to", |lx| {
                    lx.record(arg.value.first, (arg.value.first, arg.value.last));
                    field::<cognito_runtime::Value>(&arg.value, lx)
                })?;
                Some(UserPoolEmail::WithCognito { reply_to: Some(reply_to) })
            }
            _ => {
                lx.error(v.first, v.last, "`with_cognito` takes at most one argument, the reply-to address");
                None
            }
        },
        ValueKind::Path(p) if name(p) == "with_cognito" => {
            Some(UserPoolEmail::WithCognito { reply_to: None })
        }
        ValueKind::Variant(p, block) if name(p) == "with_ses" => {
            Some(UserPoolEmail::WithSes(lower_block(block, lx)))
        }
        _ => {
            lx.expected(v, "`with_cognito(\"reply-to@…\")` or `with_ses { from_email: …, … }`");
            None
        }
    }
}

/// A list of strings, for settings that take one.
#[allow(dead_code)]
pub fn strings(v: &Value, lx: &mut Lx) -> Option<Vec<cognito_runtime::Value>> {
    list_of(v, lx, cognito_runtime::Value::lower)
}
