//! The key tables of `user_pool` and of the blocks inside it.

use cognito_runtime::*;

use super::values::list_of;
use super::{Lower, Lx, field, lower_block};
use crate::pipeline::ast::{Value, ValueKind};

/// `string { … }`, `number { … }`, `boolean`, `date_time` (or the CDK's class names).
impl Lower for CustomAttribute {
    fn lower(v: &Value, lx: &mut Lx) -> Option<CustomAttribute> {
        let (path, block) = match &v.kind {
            ValueKind::Path(p) => (p, None),
            ValueKind::Variant(p, b) => (p, Some(b)),
            _ => {
                lx.expected(v, "an attribute type: `string { … }`, `number { … }`, `boolean` or `date_time`");
                return None;
            }
        };
        fn props<T: super::Block>(block: Option<&crate::pipeline::ast::Block>, lx: &mut Lx) -> T {
            block.map(|b| lower_block(b, lx)).unwrap_or_default()
        }
        let kind = path.last().map(ToString::to_string).unwrap_or_default();
        Some(match kind.as_str() {
            "string" | "StringAttribute" => CustomAttribute::String(props(block, lx)),
            "number" | "NumberAttribute" => CustomAttribute::Number(props(block, lx)),
            "boolean" | "BooleanAttribute" => CustomAttribute::Boolean(props(block, lx)),
            "date_time" | "DateTimeAttribute" => CustomAttribute::DateTime(props(block, lx)),
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
}

impl Lower for UserPoolEmail {
    fn lower(v: &Value, lx: &mut Lx) -> Option<UserPoolEmail> {
        email(v, lx)
    }
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
