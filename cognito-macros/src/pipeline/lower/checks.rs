//! Best-practice checks in the language: `checks: [AWS_SOLUTIONS]` on the stack, and
//! `acknowledge: { "RULE": "reason", … }` on the stack and on every item (the runtime's
//! `Stack::enable_checks` and `Stack::acknowledge`). Each acknowledgement's spans are recorded
//! at `acknowledge.RULE`, the field path of the runtime's `acknowledge.*` rules.

use cognito_runtime::{Pack, Stack};

use super::items::item_setting;
use super::{Lower, Lx, enums, free_map};
use crate::pipeline::ast::{Entry, ItemDecl, Setting, Value, ValueKind};

impl Lower for Pack {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Pack> {
        enums::lower_member(v, lx)
    }
}

/// `checks: [AWS_SOLUTIONS, …]`: the packs a stack runs, each once.
pub(super) fn packs(v: &Value, lx: &mut Lx) -> Option<Vec<Pack>> {
    let ValueKind::List(items) = &v.kind else {
        lx.expected(v, "a list of packs: `checks: [AWS_SOLUTIONS]`");
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(pack) = Pack::lower(item, lx) else { continue };
        if out.contains(&pack) {
            lx.error(
                item.first,
                item.last,
                format!("`{}` is given twice in `checks`; keep one", pack.name()),
            );
            continue;
        }
        out.push(pack);
    }
    Some(out)
}

/// The acknowledgements of a map at the current path: (finding id, reason), each recorded at
/// `acknowledge.ID`. A reason may be `(EXPR)` (checked at run time, like any setting).
fn acknowledgements(v: &Value, lx: &mut Lx) -> Option<Vec<(String, String)>> {
    free_map(v, lx, String::lower)
}

/// `acknowledge: { … }` on the stack: the stack's settings are literals, and an `(EXPR)` in
/// them is the stack's error already (`stack_decl`), so such a map lowers to nothing.
pub(super) fn stack_acknowledgements(v: &Value, lx: &mut Lx) -> Option<Vec<(String, String)>> {
    let ValueKind::Block(block) = &v.kind else { return acknowledgements(v, lx) };
    let has_expr = block.entries.iter().any(|e| {
        matches!(e, Entry::Setting(Setting { value: Some(Value { kind: ValueKind::Expr(_), .. }), .. }))
    });
    if has_expr { None } else { acknowledgements(v, lx) }
}

/// The stack's `checks` and `acknowledge`, once the stack exists.
pub(super) fn apply_to_stack(stack: &mut Stack, packs: Vec<Pack>, acknowledged: Vec<(String, String)>) {
    for pack in packs {
        stack.enable_checks(pack);
    }
    for (rule, reason) in acknowledged {
        stack.acknowledge(None, rule, reason);
    }
}

/// `acknowledge: { "AwsSolutions-COG2": "reason", … }`, which every item takes: cdk-nag's
/// `Validations.of(item).acknowledge(…)` for each, covering the item and what it contains.
pub(super) fn acknowledge(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    let usage = "a map of finding ids and reasons: `acknowledge: { \"AwsSolutions-COG2\": \"why it does not apply\" }`";
    let Some((s, value)) = item_setting(decl, "acknowledge", usage, lx) else { return };
    lx.at("acknowledge", |lx| {
        lx.record(s.key.span(), (value.first, value.last));
        let Some(id) = stack.node_id(node) else { return };
        for (rule, reason) in acknowledgements(value, lx).unwrap_or_default() {
            stack.acknowledge(Some(id), rule, reason);
        }
    });
}
