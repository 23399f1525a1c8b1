//! The two passes over a stack: every rule, then a render (which finds logical-id clashes),
//! then the stack-wide steps on the rendered resources (`DependsOn`, tags, circles).

use super::view::View;
use super::{Stack, deps, rules, tags};
use crate::context::check::Check;
use crate::context::synth::Synth;
use crate::core::error::{Error, Violation};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;

impl Stack {
    /// Every rule, over every item: the violations in declaration order.
    pub fn check(&self) -> Vec<Violation> {
        let (violations, _) = run(self, false);
        violations
    }

    /// `Ok` when no rule is broken, otherwise every violation.
    pub fn validate(&self) -> Result<(), Error> {
        let violations = self.check();
        if violations.is_empty() { Ok(()) } else { Err(Error { violations }) }
    }

    /// The CloudFormation template, after checking every rule.
    pub fn template(&self) -> Result<Json, Error> {
        match run(self, true) {
            (violations, Some(template)) if violations.is_empty() => Ok(template),
            (violations, _) => Err(Error { violations }),
        }
    }

    /// The CloudFormation template as a JSON value.
    pub fn synth(&self) -> Result<serde_json::Value, Error> {
        Ok(self.template()?.into_serde())
    }

    /// The template printed as the AWS CDK prints it (`JSON.stringify(t, null, 2)`).
    pub fn synth_to_string(&self) -> Result<String, Error> {
        Ok(self.template()?.to_pretty_string())
    }
}

/// The violations, and the template when asked for (`keep`) and every rule held.
fn run(stack: &Stack, keep: bool) -> (Vec<Violation>, Option<Json>) {
    let view = View::new(stack);
    let mut out = Vec::new();
    rules::check_stack(&view, &mut out);
    for (id, node) in stack.ids().zip(stack.nodes()) {
        let mut cx = Check::new(&view, Some(id), &mut out);
        node.item.check(&mut cx);
    }
    let record_paths = deps::any_dependencies(&view);
    let mut synth = Synth::new(&view, stack.nodes().len(), record_paths);
    render(&view, &mut synth);
    let mut rendered = synth.finish();
    // Below a duplicate construct id every logical id repeats: that is one problem, and
    // `construct_id.duplicate` has said it.
    let duplicates: Vec<NodeId> =
        out.iter().filter(|v| v.rule == "construct_id.duplicate").filter_map(|v| v.node).collect();
    let under_duplicate = |node: NodeId| stack.ancestors(node).any(|n| duplicates.contains(&n));
    for (node, logical_id, first) in std::mem::take(&mut rendered.clashes) {
        // An item another created clashes only by its construct id, which that item's
        // rules report.
        if under_duplicate(node) || stack.node(node).is_some_and(|n| n.created_by().is_some()) {
            continue;
        }
        let mut cx = Check::new(&view, Some(node), &mut out);
        rules::logical_id_clash(&logical_id, first, &mut cx);
    }
    let emitted = &rendered.resources;
    if let Some((_, resources)) = rendered.sections.iter_mut().find(|(n, _)| *n == "Resources") {
        if record_paths {
            deps::apply_depends_on(&view, resources, emitted, &rendered.paths);
        }
        if tags::any(stack) {
            tags::apply(stack, resources, emitted);
        }
        if let Some(cycle) = deps::find_cycle(resources) {
            rules::circular_dependency(&view, &cycle, emitted, &mut out);
        }
    }
    if !keep || !out.is_empty() {
        return (out, None);
    }
    let mut root = Obj::new();
    for (name, section) in rendered.sections {
        root.push(name, section);
    }
    (out, Some(Json::Obj(root)))
}

/// Renders every item in pre-order, as the CDK visits its construct tree, so resources come
/// out in the CDK's order. (A loop, not recursion: the depth of the tree is the user's.)
fn render(view: &View, synth: &mut Synth) {
    let mut pending: Vec<NodeId> = view.index.children(None).iter().rev().copied().collect();
    while let Some(node) = pending.pop() {
        if let Some(n) = view.stack.node(node) {
            synth.enter(node);
            n.item.synth(synth, node);
        }
        pending.extend(view.index.children(Some(node)).iter().rev());
    }
}
