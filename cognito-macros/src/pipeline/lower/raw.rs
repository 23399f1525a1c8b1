//! The escape hatches' values: a `cfn_resource`'s properties and the values of `overrides`,
//! written as CloudFormation has them (JSON whose strings may be item attributes and
//! CloudFormation functions); and `overrides` itself, which every item takes.

use cognito_runtime::{Raw, Stack, Value as CfnValue};
use syn::Lit;

use super::items::item_setting;
use super::{Lower, Lx, free_map};
use crate::pipeline::ast::{ItemDecl, Value, ValueKind};

/// `{ Name: … }` (names as CloudFormation spells them, quoted or not), `[ … ]`, a string, a
/// number, `true`, `false`, `null`, `item.attribute` or a CloudFormation function.
impl Lower for Raw {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Raw> {
        Some(match &v.kind {
            ValueKind::Lit(Lit::Bool(b)) => Raw::Bool(b.value),
            ValueKind::Lit(Lit::Int(_) | Lit::Float(_)) | ValueKind::Neg(_) => Raw::Num(f64::lower(v, lx)?),
            ValueKind::Path(path) if matches!(path.as_slice(), [p] if p == "null") => Raw::Null,
            ValueKind::Block(_) => Raw::Object(free_map(v, lx, Raw::lower)?),
            ValueKind::List(_) => Raw::List(Vec::<Raw>::lower(v, lx)?),
            ValueKind::Lit(Lit::Str(_)) | ValueKind::Attr(..) | ValueKind::Call(..) | ValueKind::Path(_) => {
                Raw::Value(CfnValue::lower(v, lx)?)
            }
            _ => {
                lx.expected(v, "a CloudFormation value: `{ Name: … }`, `[ … ]`, a string, a number, `true`, `false`, `null`, `item.attribute` or a function such as `get_att(…)`");
                return None;
            }
        })
    }
}

/// The value of one override: a value to set, or `delete` (the CDK's `addDeletionOverride`).
/// An `(EXPR)` stands as `null` until run time.
struct Patch(Option<Raw>);

impl Default for Patch {
    fn default() -> Patch {
        Patch(Some(Raw::Null))
    }
}

fn patch(v: &Value, lx: &mut Lx) -> Option<Patch> {
    match &v.kind {
        ValueKind::Path(path) if matches!(path.as_slice(), [p] if p == "delete") => Some(Patch(None)),
        _ => Raw::lower(v, lx).map(|raw| Patch(Some(raw))),
    }
}

/// `overrides: { "Properties.UserPoolAddOns.AdvancedSecurityMode": "ENFORCED", … }`, which
/// every item takes: the CDK's `addOverride(path, value)` on the item's main resource, in
/// order (`delete` for `addDeletionOverride(path)`).
pub(super) fn overrides(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    let usage = "a map of paths to values: `overrides: { \"Properties.UserPoolAddOns.AdvancedSecurityMode\": \"ENFORCED\" }`";
    let Some((s, value)) = item_setting(decl, "overrides", usage, lx) else { return };
    lx.at("overrides", |lx| {
        lx.record(s.key.span(), (value.first, value.last));
        let Some(id) = stack.node_id(node) else { return };
        for (path, Patch(value)) in free_map(value, lx, patch).unwrap_or_default() {
            match value {
                Some(value) => stack.add_override(id, path, value),
                None => stack.add_deletion_override(id, path),
            }
        }
    });
}
