//! The key tables of domains, groups and identity providers, and their values: attribute
//! mappings, SAML metadata, secrets.

use cognito_runtime::*;
use syn::ext::IdentExt;

use super::items::simple;
use super::{Block, Lower, Lx, deferrable, free_map};
use crate::pipeline::ast::{Entry, ItemDecl, Value, ValueKind};

/// `user_pool: POOL`: the pool a top-level item belongs to.
pub(super) fn pool_ref(v: &Value, lx: &mut Lx) -> Option<Option<ItemRef>> {
    match &v.kind {
        ValueKind::Path(path) if path.len() == 1 => Some(Some(ItemRef::Name(path[0].unraw().to_string()))),
        _ => {
            lx.expected(v, "the name of a `user_pool` of this block");
            None
        }
    }
}

/// The path of a call or name without its CDK type in front (`ProviderAttribute::other`).
fn last_segment(path: &[syn::Ident], types: &[&str]) -> Option<String> {
    match path {
        [f] => Some(f.to_string()),
        [t, f] if types.iter().any(|ty| t == ty) => Some(f.to_string()),
        _ => None,
    }
}

/// The single positional argument of a call.
fn one_arg<'a>(
    args: &'a [crate::pipeline::ast::Arg],
    v: &Value,
    usage: &str,
    lx: &mut Lx,
) -> Option<&'a Value> {
    match args {
        [arg] if arg.name.is_none() => Some(&arg.value),
        _ => {
            lx.error(v.first, v.last, format!("wrong arguments: write `{usage}`"));
            None
        }
    }
}

/// A secret: a string or CloudFormation value, `unsafe_plain_text("…")` (the CDK's
/// `SecretValue.unsafePlainText`) or `secrets_manager("id")` (`SecretValue.secretsManager`,
/// a dynamic reference).
pub(super) fn secret(v: &Value, lx: &mut Lx) -> Option<cognito_runtime::Value> {
    if let ValueKind::Call(path, args) = &v.kind {
        match last_segment(path, &["SecretValue"]).as_deref() {
            Some("unsafe_plain_text") => {
                let arg = one_arg(args, v, "unsafe_plain_text(\"…\")", lx)?;
                return cognito_runtime::Value::lower(arg, lx);
            }
            Some("secrets_manager") => {
                let arg = one_arg(args, v, "secrets_manager(\"secret-id\")", lx)?;
                let id = String::lower(arg, lx)?;
                return Some(cognito_runtime::Value::Str(format!(
                    "{{{{resolve:secretsmanager:{id}:SecretString:::}}}}"
                )));
            }
            _ => {}
        }
    }
    cognito_runtime::Value::lower(v, lx)
}

/// A certificate: its ARN (a string or CloudFormation value), or
/// `from_certificate_arn("arn:…")` as the CDK's `Certificate.fromCertificateArn` takes it.
pub(super) fn certificate(v: &Value, lx: &mut Lx) -> Option<cognito_runtime::Value> {
    if let ValueKind::Call(path, args) = &v.kind
        && last_segment(path, &["Certificate"]).as_deref() == Some("from_certificate_arn")
    {
        let arg = one_arg(args, v, "from_certificate_arn(\"arn:aws:acm:us-east-1:…\")", lx)?;
        return cognito_runtime::Value::lower(arg, lx);
    }
    cognito_runtime::Value::lower(v, lx)
}

/// `url("https://…")` or `file("<EntityDescriptor>…")`.
fn saml_metadata(v: &Value, lx: &mut Lx) -> Option<SamlMetadata> {
    let usage = "`url(\"https://…/metadata.xml\")` or `file(\"<EntityDescriptor …>\")`";
    let ValueKind::Call(path, args) = &v.kind else {
        lx.expected(v, usage);
        return None;
    };
    let kind = last_segment(path, &["UserPoolIdentityProviderSamlMetadata"]).unwrap_or_default();
    let make: fn(cognito_runtime::Value) -> SamlMetadata = match kind.as_str() {
        "url" => SamlMetadata::Url,
        "file" => SamlMetadata::File,
        _ => {
            lx.expected(v, usage);
            return None;
        }
    };
    let arg = one_arg(args, v, &format!("{kind}(\"…\")"), lx)?;
    let content = lx.at(&kind, |lx| {
        lx.record(arg.first, (arg.first, arg.last));
        super::field::<cognito_runtime::Value>(arg, lx)
    })?;
    Some(make(content))
}

/// A `ProviderAttribute`: a constant (`GOOGLE_EMAIL`) or `other("name")`.
fn provider_attribute(v: &Value, lx: &mut Lx) -> Option<ProviderAttribute> {
    let usage = "a `ProviderAttribute` such as `GOOGLE_EMAIL`, or `other(\"attribute\")`";
    match &v.kind {
        ValueKind::Path(path) => {
            let Some(name) = last_segment(path, &["ProviderAttribute"]) else {
                lx.expected(v, usage);
                return None;
            };
            if let Some((_, attr)) = ProviderAttribute::ALL.iter().find(|(n, _)| *n == name) {
                return Some(attr.clone());
            }
            let hint = cognito_runtime::__internal::did_you_mean(
                &name,
                ProviderAttribute::ALL.iter().map(|(n, _)| *n),
            )
            .map_or_else(
                || "; use `other(\"attribute\")` for any other attribute".to_owned(),
                |s| format!("; did you mean `{s}`?"),
            );
            lx.error(v.first, v.last, format!("unknown `ProviderAttribute` `{name}`{hint}"));
            None
        }
        ValueKind::Call(path, args)
            if last_segment(path, &["ProviderAttribute"]).as_deref() == Some("other") =>
        {
            let arg = one_arg(args, v, "other(\"attribute\")", lx)?;
            Some(ProviderAttribute::other(String::lower(arg, lx)?))
        }
        _ => {
            lx.expected(v, usage);
            None
        }
    }
}

/// The standard attributes an attribute mapping takes (the CDK's `AttributeMapping` has no
/// `phoneNumberVerified`).
fn mapping_keys() -> impl Iterator<Item = StandardAttributeName> {
    StandardAttributeName::ALL.iter().copied().filter(|a| *a != StandardAttributeName::PhoneNumberVerified)
}

/// `{ email: GOOGLE_EMAIL, …, custom: { name: other("…") } }`, keys in the order written.
fn attribute_mapping(v: &Value, lx: &mut Lx) -> Option<AttributeMapping> {
    let ValueKind::Block(block) = &v.kind else {
        lx.expected(v, "a `{ … }` block of `attribute_mapping`");
        return None;
    };
    let mut m = AttributeMapping::default();
    let mut seen: Vec<String> = Vec::new();
    for entry in &block.entries {
        let s = match entry {
            Entry::Setting(s) => s,
            Entry::Item(item) => {
                lx.error(
                    item.kind.span(),
                    item.id.span().1,
                    "expected `attribute: PROVIDER_ATTRIBUTE` in `attribute_mapping`",
                );
                continue;
            }
        };
        let written = s.name();
        let span = s.key.span();
        if s.quoted.is_some() {
            lx.error(span, span, format!("`attribute_mapping` takes its keys as names, without quotes: write `{written}`; quoted names go in `custom: {{ … }}`"));
            continue;
        }
        if seen.contains(&written) {
            lx.error(span, span, format!("`{written}` is given twice in `attribute_mapping`; keep one"));
            continue;
        }
        seen.push(written.clone());
        let Some(val) = &s.value else {
            lx.error(span, span, format!("`{written}` needs a value: `{written}: OTHER_ATTRIBUTE`"));
            continue;
        };
        if written == "custom" {
            m.custom = lx.at("custom", |lx| {
                lx.record(span, (val.first, val.last));
                deferrable(val, lx, |v, lx| free_map(v, lx, provider_attribute))
            });
            continue;
        }
        let Some(name) = mapping_keys().find(|a| a.key() == written) else {
            let names = mapping_keys().map(StandardAttributeName::key).chain(["custom"]);
            let hint = cognito_runtime::__internal::did_you_mean(&written, names).map_or_else(
                || "; map other pool attributes in `custom: { … }`".to_owned(),
                |s| format!("; did you mean `{s}`?"),
            );
            lx.error(
                span,
                span,
                format!("unknown standard attribute `{written}` in `attribute_mapping`{hint}"),
            );
            continue;
        };
        let lowered = lx.at(&written, |lx| {
            lx.record(span, (val.first, val.last));
            deferrable(val, lx, provider_attribute)
        });
        if let Some(attr) = lowered {
            m.standard.push((name, attr));
        }
    }
    Some(m)
}

impl Lower for SamlMetadata {
    fn lower(v: &Value, lx: &mut Lx) -> Option<SamlMetadata> {
        saml_metadata(v, lx)
    }
}

impl Lower for AttributeMapping {
    fn lower(v: &Value, lx: &mut Lx) -> Option<AttributeMapping> {
        attribute_mapping(v, lx)
    }
}

/// An item of this module: `domain` and `group` (in a pool, or at the top level with
/// `user_pool:`) and the identity providers; each takes only settings.
pub(super) fn item<T: Block + Into<Item> + Clone>(
    decl: &ItemDecl,
    parent: Option<usize>,
    lx: &mut Lx,
    stack: &mut Stack,
) {
    simple::<T>(decl, parent, lx, stack);
}

/// `federated_principal("cognito-identity.amazonaws.com", { StringEquals: { "…:aud": … } },
/// "sts:AssumeRoleWithWebIdentity")`, as the CDK's `new FederatedPrincipal(federated,
/// conditions, assumeRoleAction)`; the conditions and the action may be named, and the action
/// defaults to `sts:AssumeRole` as in the CDK.
pub(super) fn federated_principal(
    args: &[crate::pipeline::ast::Arg],
    v: &Value,
    lx: &mut Lx,
) -> Option<Principal> {
    let usage = "federated_principal(\"cognito-identity.amazonaws.com\", { StringEquals: { \"cognito-identity.amazonaws.com:aud\": \"…\" } }, \"sts:AssumeRoleWithWebIdentity\")";
    let mut federated = None;
    let mut conditions = Vec::new();
    let mut action = "sts:AssumeRole".to_owned();
    for (i, arg) in args.iter().enumerate() {
        let name = arg.name.as_ref().map(ToString::to_string);
        match (name.as_deref(), i) {
            (None, 0) | (Some("federated"), _) => federated = Some(String::lower(&arg.value, lx)?),
            (None, 1) | (Some("conditions"), _) => {
                conditions = lx.at("conditions", |lx| {
                    lx.record(arg.value.first, (arg.value.first, arg.value.last));
                    free_map(&arg.value, lx, |v, lx| free_map(v, lx, condition_value))
                })?;
            }
            (None, 2) | (Some("assume_role_action"), _) => action = String::lower(&arg.value, lx)?,
            _ => {
                lx.error(arg.value.first, arg.value.last, format!("unexpected argument: write `{usage}`"));
                return None;
            }
        }
    }
    let Some(federated) = federated else {
        lx.error(v.first, v.last, format!("`federated_principal` needs the provider: `{usage}`"));
        return None;
    };
    Some(Principal::Federated { federated, conditions, assume_role_action: action })
}

impl Lower for ConditionValue {
    fn lower(v: &Value, lx: &mut Lx) -> Option<ConditionValue> {
        condition_value(v, lx)
    }
}

/// The value of a condition key: a string (or any string value) or a list of them.
fn condition_value(v: &Value, lx: &mut Lx) -> Option<ConditionValue> {
    match &v.kind {
        ValueKind::List(_) => Vec::<cognito_runtime::Value>::lower(v, lx).map(ConditionValue::List),
        _ => cognito_runtime::Value::lower(v, lx).map(ConditionValue::One),
    }
}
