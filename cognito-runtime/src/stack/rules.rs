//! Stack-wide rules: the stack's name, construct ids, reference names, logical ids.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use super::item::Item;
use super::view::View;
use super::{ForeignId, Stack, tags};
use crate::context::check::{Check, Issue, value_depth};
use crate::context::synth::Emitted;
use crate::core::error::{Severity, Target, Violation};
use crate::core::ids;
use crate::core::json::Obj;
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef};
use crate::resources::resource_server::rules as resource_server;

/// Runs the stack-wide rules.
pub(crate) fn check_stack(view: &View, out: &mut Vec<Violation>) {
    let stack = view.stack;
    stack_name(stack, out);
    for foreign in stack.foreign_ids() {
        foreign_node_id(foreign, &mut Check::new(view, None, out));
    }
    tags::check(stack.tags(), &mut Check::new(view, None, out));
    let mut seen_ids: HashMap<(Option<NodeId>, &str), NodeId> = HashMap::new();
    let mut seen_names: HashMap<(Option<NodeId>, &str), NodeId> = HashMap::new();
    for (id, node) in stack.ids().zip(stack.nodes()) {
        let mut cx = Check::new(view, Some(id), out);
        if node.id.is_empty() {
            cx.id_issue("construct_id.empty", "an item's construct id must not be empty".to_owned());
        } else if let Some(&first) = seen_ids.get(&(node.parent(), node.id.as_str())) {
            // A repeated trigger's id comes from its operation: `trigger.duplicate` says it; an
            // item another created (a provider's app client) is reported by its creator.
            if !matches!(node.item, Item::AddedTrigger(_)) && node.created_by().is_none() {
                duplicate_construct_id(stack, id, first, &mut cx);
            }
        } else {
            seen_ids.insert((node.parent(), node.id.as_str()), id);
            reserved_child_id(stack, node.parent(), &node.id, &node.item, &mut cx);
        }
        depends_on(&node.depends_on, &mut cx);
        tags::check(&node.tags, &mut cx);
        if let Item::Grant(grant) = &node.item {
            grant_settings(node, &grant.grantee, &mut cx);
        }
        if let Some(name) = &node.name {
            let scope = stack.scope(id);
            if let Some(&first) = seen_names.get(&(scope, name.as_str())) {
                duplicate_name(stack, name, first, &mut cx);
            } else {
                seen_names.insert((scope, name), id);
            }
            if let Some(scope) = scope {
                attribute_name(stack, name, scope, &mut cx);
            }
        }
    }
    duplicate_identifiers(view, out);
}

/// Finds, in one pass over the stack, the resource servers whose pool already has one with
/// their identifier (the rule is the resource server's).
fn duplicate_identifiers(view: &View, out: &mut Vec<Violation>) {
    let stack = view.stack;
    let mut first: HashMap<(NodeId, &str), NodeId> = HashMap::new();
    for (id, node) in stack.ids().zip(stack.nodes()).take(stack.local_len()) {
        let Item::UserPoolResourceServer(rs) = &node.item else { continue };
        // An empty identifier is a placeholder for `(EXPR)` or already wrong.
        if rs.identifier.is_empty() {
            continue;
        }
        let Some(pool) = resource_server::pool_of(view, id, rs) else { continue };
        match first.entry((pool, rs.identifier.as_str())) {
            Entry::Vacant(e) => {
                e.insert(id);
            }
            Entry::Occupied(e) => {
                resource_server::duplicate_identifier(rs, *e.get(), &mut Check::new(view, Some(id), out))
            }
        }
    }
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
            severity: Severity::Error,
        });
    }
}

/// The builders (`Stack::add_*`): a node id given to a stack names one of its items — an id
/// the stack (or a clone of it) made, not past its end; any other names nothing here.
fn foreign_node_id(foreign: &ForeignId, cx: &mut Check) {
    let ForeignId { method, argument, id, instead } = foreign;
    cx.push(
        Issue::new(
            "stack.node_id",
            "",
            format!(
                "`{method}` was given {id} as `{argument}`, which is not an item of this stack (an id of another stack, or of a clone with more items), and {instead}; pass an id that this stack's `add_*` methods returned"
            ),
        )
        .value(id)
        .target(Target::Id),
    );
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
        severity: Severity::Error,
    });
}

/// AWS CDK `Node.addChild`: construct ids are unique among siblings ("There is already a
/// Construct with name …").
fn duplicate_construct_id(stack: &Stack, node: NodeId, first: NodeId, cx: &mut Check) {
    let (Some(node), Some(first)) = (stack.node(node), stack.node(first)) else { return };
    let scope = match node.parent() {
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
    let Some(parent) = parent.and_then(|p| stack.node(p)) else { return };
    if matches!(item, Item::AddedTrigger(_)) {
        return;
    }
    if parent.item.reserves_child_id(id) {
        cx.id_issue(
            "construct_id.reserved",
            format!("construct id `{id}` is already taken inside the user pool by a resource the pool creates; rename the item"),
        );
    }
}

/// Cognito: a nested item is named through its parent (`pool.web`), where an attribute name
/// reads the parent's attribute (`pool.user_pool_id`), so no nested item takes one: `a.b` is
/// never both.
fn attribute_name(stack: &Stack, name: &str, scope: NodeId, cx: &mut Check) {
    if !Attr::NAMES.contains(&name) {
        return;
    }
    let parent = stack.reference_path(scope);
    cx.id_issue(
        "name.attribute",
        format!(
            "an item nested in `{parent}` cannot be named `{name}`: `{parent}.{name}` reads the attribute `{name}`; rename the item"
        ),
    );
}

/// `cognito!`: each reference name is declared once in its scope (the item it is nested in,
/// or the top level).
fn duplicate_name(stack: &Stack, name: &str, first: NodeId, cx: &mut Check) {
    let Some(first) = stack.node(first) else { return };
    cx.id_issue(
        "name.duplicate",
        format!("`{name}` is already declared (a `{}`); give each item its own name", first.item.kind()),
    );
}

/// AWS CDK `Stack.getLogicalId`: logical ids match `/^[A-Za-z0-9]{1,255}$/` and no two
/// elements share one ("Two objects have been assigned the same Logical ID").
pub(crate) fn logical_id_clash(logical_id: &str, first: Option<NodeId>, cx: &mut Check) {
    let message = match first {
        _ if !ids::is_valid_logical_id(logical_id) => format!(
            "this item's construct id gives the logical id {logical_id:?}, which is not 1 to 255 letters and digits; use letters or digits in the id"
        ),
        Some(first) => format!(
            "this item's logical id `{logical_id}` is already used by `{}`; rename one of the two",
            cx.facts.path(first).join("/")
        ),
        None => format!("this item's logical id `{logical_id}` is already used; rename the item"),
    };
    cx.id_issue("logical_id.clash", message);
}

/// AWS CDK `node.addDependency`: dependencies name items of the stack, not the item itself.
fn depends_on(deps: &[ItemRef], cx: &mut Check) {
    for (i, r) in deps.iter().enumerate() {
        let path = format!("depends_on.{i}");
        if let Some(target) = cx.resolve(&path, r, &[])
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

/// AWS CDK `UserPool.grant(grantee, …)` returns a `Grant`, not a construct: it adds a statement to the grantee's default policy and has no resource of its
/// own, so `depends_on` has nothing to make wait and `tags` nothing to tag.
fn grant_settings(node: &super::Node, grantee: &ItemRef, cx: &mut Check) {
    if !node.depends_on.is_empty() {
        cx.push(
            Issue::new(
                "grant.depends_on",
                "depends_on",
                format!("a `grant` has no resource of its own (it adds a statement to the default policy of `{grantee}`), so `depends_on` has nothing to make wait; remove it, or put `depends_on` on `{grantee}`"),
            )
            .target(Target::Setting),
        );
    }
    if !node.tags.is_empty() {
        cx.push(
            Issue::new(
                "grant.tags",
                "tags",
                format!("a `grant` has no resource of its own (it adds a statement to the default policy of `{grantee}`), so `tags` has nothing to tag; remove it, or put `tags` on `{grantee}`"),
            )
            .target(Target::Setting),
        );
    }
}

/// CloudFormation ("Circular dependency between resources"): no resource may, through its
/// references and `DependsOn`, wait for itself.
pub(crate) fn circular_dependency(
    view: &View,
    cycle: &[String],
    emitted: &Emitted,
    out: &mut Vec<Violation>,
) {
    let nodes = super::deps::cycle_nodes(cycle, emitted);
    let Some(&first) = nodes.first() else { return };
    let items: Vec<String> = nodes.iter().map(|n| format!("`{}`", view.stack.path(*n).join("/"))).collect();
    let mut cx = Check::new(view, Some(first), out);
    cx.id_issue(
        "stack.circular_dependency",
        format!(
            "these items depend on each other in a circle: {} (resources {}); CloudFormation rejects the template (\"Circular dependency between resources\"); remove one of the references, e.g. read the pool id from the trigger's event rather than from the function's environment",
            items.join(" → "),
            cycle.join(" → ")
        ),
    );
}

/// `cognito!`: a reference cycle or chain the render met (and cut) that the check pass did
/// not report (`reference.cycle`, `reference.chain`), so that the stack cannot pass with a
/// `null` where it was cut. The check pass finds every one through the attributes
/// `Item::attr_source` names; this is for one through an attribute it would not name.
pub(crate) fn unchecked_cycle(view: &View, cut: &[NodeId], out: &mut Vec<Violation>) {
    if cut.is_empty() || out.iter().any(|v| matches!(v.rule, "reference.cycle" | "reference.chain")) {
        return;
    }
    let mut reported = HashSet::new();
    for &node in cut {
        if reported.insert(node) {
            Check::new(view, Some(node), out).push(Issue::new(
                "reference.cycle",
                "",
                "a value of this item refers to an attribute whose value is computed, through other items' values, from that same attribute: a value cannot be given in terms of itself",
            ));
        }
    }
}

/// `cognito!` (the rule of [`value_depth`]) for a value the item's rules do not read: the
/// render cut it, so the item must not pass (unless `document.depth` reported the item).
pub(crate) fn unchecked_depth(view: &View, cut: &[NodeId], out: &mut Vec<Violation>) {
    if cut.is_empty() {
        return;
    }
    let mut reported: HashSet<NodeId> = out
        .iter()
        .filter(|v| matches!(v.rule, "value.depth" | "document.depth"))
        .filter_map(|v| v.node)
        .collect();
    for &node in cut {
        if reported.insert(node) {
            value_depth(&mut Check::new(view, Some(node), out), "");
        }
    }
}
