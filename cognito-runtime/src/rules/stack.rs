//! Stack-wide rules: the stack's name, construct ids, reference names, logical ids.

use std::collections::{HashMap, HashSet};

use crate::check::{Check, Issue};
use crate::error::{Target, Violation};
use crate::items::Item;
use crate::json::{Json, MAX_SAFE_INTEGER, Obj};
use crate::stack::{Index, NodeId, Stack};

/// Runs the stack-wide rules.
pub(crate) fn check_stack(stack: &Stack, index: &Index, out: &mut Vec<Violation>) {
    stack_name(stack, out);
    crate::tags::check(stack.tags(), &mut Check::new(stack, index, None, out));
    let mut seen_ids: HashMap<(Option<NodeId>, &str), NodeId> = HashMap::new();
    let mut seen_names: HashMap<&str, NodeId> = HashMap::new();
    for (i, node) in stack.nodes().iter().enumerate() {
        let id = NodeId(i);
        let mut cx = Check::new(stack, index, Some(id), out);
        if node.id.is_empty() {
            cx.id_issue("construct_id.empty", "an item's construct id must not be empty".to_owned());
        } else if let Some(&first) = seen_ids.get(&(node.parent, node.id.as_str())) {
            // A repeated trigger's id comes from its operation: `trigger.duplicate` says it; an
            // item another created (a provider's app client) is reported by its creator.
            if !matches!(node.item, Item::Trigger(_)) && node.created_by.is_none() {
                duplicate_construct_id(stack, first, &mut cx);
            }
        } else {
            seen_ids.insert((node.parent, node.id.as_str()), id);
            reserved_child_id(stack, node.parent, &node.id, &node.item, &mut cx);
        }
        depends_on(&node.depends_on, &mut cx);
        crate::tags::check(&node.tags, &mut cx);
        if let Some(name) = &node.name {
            if let Some(&first) = seen_names.get(name.as_str()) {
                duplicate_name(stack, name, first, &mut cx);
            } else {
                seen_names.insert(name, id);
            }
        }
    }
    crate::resource_server::rules::duplicate_identifiers(stack, index, out);
}

/// AWS CDK `Stack`: the name matches `/^[A-Za-z][A-Za-z0-9-]*$/` (CloudFormation: at most
/// 128 characters).
fn stack_name(stack: &Stack, out: &mut Vec<Violation>) {
    let name = stack.name();
    let ok = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && name.len() <= 128;
    if !ok {
        out.push(Violation {
            node: None,
            item: String::new(),
            path: "name".to_owned(),
            value: Some(format!("{name:?}")),
            message: format!(
                "a stack name must start with a letter and hold only letters, digits and `-`, at most 128 characters (got {name:?})"
            ),
            related: Vec::new(),
            reads: Vec::new(),
            target: Target::Id,
            rule: "stack.name",
        });
    }
}

/// CloudFormation: a template creates at least one resource ("Template format error: At
/// least one Resources member must be defined."); the CDK writes one without, from a stack
/// of outputs and imports, and only the deploy fails.
pub(crate) fn resources(stack: &Stack, sections: &[(&'static str, Obj)], out: &mut Vec<Violation>) {
    if sections.iter().any(|(name, items)| *name == "Resources" && !items.is_empty()) {
        return;
    }
    out.push(Violation {
        node: None,
        item: String::new(),
        path: String::new(),
        value: None,
        message: format!(
            "stack `{}` creates no resource (outputs, parameters and imports are not resources); CloudFormation rejects a template without one at deploy time (\"Template format error: At least one Resources member must be defined.\"): declare an item that creates a resource, such as a `user_pool`, or move the outputs to a stack that has one",
            stack.name()
        ),
        related: Vec::new(),
        reads: Vec::new(),
        target: Target::Id,
        rule: "stack.resources",
    });
}

/// AWS CDK `Node.addChild`: construct ids are unique among siblings ("There is already a
/// Construct with name …").
fn duplicate_construct_id(stack: &Stack, first: NodeId, cx: &mut Check) {
    let node = &stack.nodes()[cx.node.map_or(0, |n| n.0)];
    let first = &stack.nodes()[first.0];
    let scope = match node.parent {
        Some(p) => format!("in `{}`", stack.path(p).join("/")),
        None => format!("in stack `{}`", stack.name()),
    };
    cx.id_issue(
        "construct_id.duplicate",
        format!(
            "there is already an item with construct id `{}` {scope} (a `{}`); construct ids must be unique among siblings, rename one",
            node.id,
            first.item.kind()
        ),
    );
}

/// AWS CDK `UserPool`: the pool's own children (`Resource`, `smsRole`, the trigger
/// permissions `<Op>Cognito`) take their construct ids first.
fn reserved_child_id(stack: &Stack, parent: Option<NodeId>, id: &str, item: &Item, cx: &mut Check) {
    let Some(parent) = parent else { return };
    let Item::UserPool(pool) = &stack.nodes()[parent.0].item else {
        return;
    };
    if matches!(item, Item::Trigger(_)) {
        return;
    }
    let taken = id == "Resource"
        || (id == "smsRole" && crate::user_pool::sms_role_needed(pool))
        || pool.lambda_triggers.iter().flatten().any(|(op, _)| {
            let name = op.operation_name();
            let mut chars = name.chars();
            chars.next().is_some_and(|c| format!("{}{}Cognito", c.to_ascii_uppercase(), chars.as_str()) == id)
        });
    if taken {
        cx.id_issue(
            "construct_id.reserved",
            format!("construct id `{id}` is already taken inside the user pool by a resource the pool creates; rename the item"),
        );
    }
}

/// `cognito!`: each reference name is declared once.
fn duplicate_name(stack: &Stack, name: &str, first: NodeId, cx: &mut Check) {
    let first = &stack.nodes()[first.0];
    cx.id_issue(
        "name.duplicate",
        format!("`{name}` is already declared (a `{}`); give each item its own name", first.item.kind()),
    );
}

/// AWS CDK `Stack.getLogicalId`: logical ids match `/^[A-Za-z0-9]{1,255}$/` and no two
/// elements share one ("Two objects have been assigned the same Logical ID").
pub(crate) fn logical_id_clash(logical_id: &str, first: Option<NodeId>, cx: &mut Check) {
    let message = match first {
        _ if !crate::ids::is_valid_logical_id(logical_id) => format!(
            "this item's construct id gives the logical id {logical_id:?}, which is not 1 to 255 letters and digits; use letters or digits in the id"
        ),
        Some(first) => format!(
            "this item's logical id `{logical_id}` is already used by `{}`; rename one of the two",
            cx.stack.path(first).join("/")
        ),
        None => format!("this item's logical id `{logical_id}` is already used; rename the item"),
    };
    cx.id_issue("logical_id.clash", message);
}

/// AWS CDK `node.addDependency`: dependencies name items of the stack, not the item itself.
fn depends_on(deps: &[crate::ItemRef], cx: &mut Check) {
    for (i, r) in deps.iter().enumerate() {
        let path = format!("depends_on.{i}");
        if let Some((target, _)) = cx.resolve(&path, r, &[])
            && Some(target) == cx.node
        {
            cx.push(
                Issue::new(
                    "depends_on.self",
                    path,
                    format!("an item cannot depend on itself: remove `{r}` from `depends_on`"),
                )
                .value(r),
            );
        }
    }
}

/// CloudFormation ("Circular dependency between resources"): no resource may, through its
/// references and `DependsOn`, wait for itself.
pub(crate) fn circular_dependency(
    stack: &Stack,
    index: &Index,
    cycle: &[String],
    emitted: &crate::deps::Emitted,
    out: &mut Vec<Violation>,
) {
    let nodes = crate::deps::cycle_nodes(cycle, emitted);
    let Some(&first) = nodes.first() else { return };
    let items: Vec<String> = nodes.iter().map(|n| format!("`{}`", stack.path(*n).join("/"))).collect();
    let mut cx = Check::new(stack, index, Some(first), out);
    cx.id_issue(
        "stack.circular_dependency",
        format!(
            "these items depend on each other in a circle: {} (resources {}); CloudFormation rejects the template (\"Circular dependency between resources\"); remove one of the references, e.g. read the pool id from the trigger's event rather than from the function's environment",
            items.join(" → "),
            cycle.join(" → ")
        ),
    );
}

/// `cognito!` (the rule of [`crate::rules::value_depth`]) for a value the item's rules do not
/// read: the render cut it, so the item must not pass.
pub(crate) fn unchecked_depth(stack: &Stack, index: &Index, cut: &[NodeId], out: &mut Vec<Violation>) {
    if cut.is_empty() {
        return;
    }
    let mut reported: HashSet<NodeId> =
        out.iter().filter(|v| v.rule == "value.depth").filter_map(|v| v.node).collect();
    for &node in cut {
        if reported.insert(node) {
            crate::rules::value_depth(&mut Check::new(stack, index, Some(node), out), "");
        }
    }
}

/// JSON (RFC 8259, section 6): readers hold a template's numbers as doubles, so an integer
/// beyond ±(2^53 − 1) deploys rounded and NaN or an infinity is no JSON at all. Checked on
/// the rendered template, which holds every number any item wrote; an item that already
/// broke a rule is left to that rule's message.
pub(crate) fn template_numbers(
    stack: &Stack,
    index: &Index,
    sections: &[(&'static str, Obj)],
    emitted: &HashMap<String, Option<NodeId>>,
    out: &mut Vec<Violation>,
) {
    let flagged: HashSet<Option<NodeId>> = out.iter().map(|v| v.node).collect();
    let mut pending = Vec::new();
    for (_, elements) in sections {
        for (logical_id, element) in &elements.0 {
            let Some(&node) = emitted.get(logical_id.as_ref()) else { continue };
            if flagged.contains(&node) || !has_unsafe_number(element, &mut pending) {
                continue;
            }
            let Some((at, n)) = unsafe_number(element) else { continue };
            let shown = crate::json::js_number(n);
            let problem = if n.is_finite() {
                format!(
                    "beyond the integers a JSON template carries exactly (-{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}), so the deployed number would be rounded"
                )
            } else {
                "which JSON cannot write".to_owned()
            };
            Check::new(stack, index, node, out).push(Issue::new(
                "template.number",
                "",
                format!("`{at}` of `{logical_id}` would be {shown} in the template, {problem}; give a number in that range"),
            ).value(shown));
        }
    }
}

fn is_unsafe(n: f64) -> bool {
    !n.is_finite() || n.abs() > MAX_SAFE_INTEGER as f64
}

/// Whether `element` holds an unsafe number, without recursion (`pending` is scratch space).
fn has_unsafe_number<'a>(element: &'a Json, pending: &mut Vec<&'a Json>) -> bool {
    pending.clear();
    pending.push(element);
    while let Some(j) = pending.pop() {
        match j {
            Json::Num(n) if is_unsafe(*n) => return true,
            Json::Arr(items) => pending.extend(items),
            Json::Obj(o) => pending.extend(o.0.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
    false
}

/// The first unsafe number of `element` and its path (`Properties.MemorySize`).
fn unsafe_number(element: &Json) -> Option<(String, f64)> {
    let mut pending = vec![(element, String::new())];
    while let Some((j, at)) = pending.pop() {
        let child = |key: &str| if at.is_empty() { key.to_owned() } else { format!("{at}.{key}") };
        match j {
            Json::Num(n) if is_unsafe(*n) => return Some((at, *n)),
            Json::Arr(items) => {
                pending.extend(items.iter().enumerate().rev().map(|(i, v)| (v, child(&i.to_string()))))
            }
            Json::Obj(o) => pending.extend(o.0.iter().rev().map(|(k, v)| (v, child(k)))),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No item writes NaN today (every duration rule rejects it), but none may: the scan
    /// finds it, and infinities and integers beyond 2^53 − 1, with their path.
    #[test]
    fn unsafe_numbers_are_found_with_their_path() {
        let mut props = Obj::new();
        props.push("Safe", Json::Num(MAX_SAFE_INTEGER as f64));
        props.push("Fraction", Json::Num(0.5));
        props.push("List", Json::Arr(vec![Json::Num(1.0), Json::Num(f64::NAN)]));
        let element = Json::obj1("Properties", props);
        assert!(has_unsafe_number(&element, &mut Vec::new()));
        let (at, n) = unsafe_number(&element).expect("NaN is found");
        assert_eq!(at, "Properties.List.1");
        assert!(n.is_nan());
        for bad in [f64::INFINITY, -(MAX_SAFE_INTEGER as f64) - 2.0, 1e300] {
            assert!(has_unsafe_number(&Json::Num(bad), &mut Vec::new()), "{bad}");
        }
        assert!(!has_unsafe_number(&Json::Num(-(MAX_SAFE_INTEGER as f64)), &mut Vec::new()));
    }
}
