//! The CDK's enums: each member written as the CDK spells it (`REQUIRED`), optionally after
//! its type (`Mfa::REQUIRED`), or as the runtime's Rust variant (`Mfa::Required`).

use cognito_runtime::__internal::table::Members;

use super::Lx;
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

/// A member of an enum declared by a runtime table (`cognito_runtime::__internal::table::Members`).
pub fn lower_member<T: Members>(v: &Value, lx: &mut Lx) -> Option<T> {
    lower_enum(v, lx, T::TYPE, T::MEMBERS)
}
