//! The two passes over a stack: every rule, then a render (which finds logical-id clashes),
//! then the stack-wide steps on the rendered resources (`DependsOn`, tags, circles) and the
//! checks of the rendered template (`template_check`). One render serves every caller:
//! `check`, `template`, an app's stacks (`run_with`), the best-practice checks (`rendered`)
//! and the change report (`traced_template`).

use std::collections::HashMap;

use super::app::asset::hash_assets;
use super::app::pipeline::Rendered as AppRendered;
use super::app::synthesizer::finish_template;
use super::nag::acknowledge::check_acknowledgements;
use super::view::View;
use super::{Stack, deps, rules, tags, template_check};
use crate::context::check::Check;
use crate::context::synth::{Emitted, Synth};
use crate::core::asset::AssetHashes;
use crate::core::error::{Error, Violation};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::stack::appended::ForeignUse;

impl Stack {
    /// Every rule, over every item: the violations in declaration order.
    pub fn check(&self) -> Vec<Violation> {
        render(self, false, false, None).violations
    }

    /// `Ok` when no rule is broken, otherwise every violation.
    pub fn validate(&self) -> Result<(), Error> {
        let violations = self.check();
        if violations.is_empty() { Ok(()) } else { Err(Error { violations }) }
    }

    /// The CloudFormation template, after checking every rule; a stack under the default
    /// synthesizer carries its `BootstrapVersion` parameter and rule.
    pub fn template(&self) -> Result<Json, Error> {
        let r = render(self, true, false, None);
        match r.template {
            Some(mut template) if r.violations.is_empty() => {
                finish_template(self, &mut template);
                Ok(template)
            }
            _ => Err(Error { violations: r.violations }),
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

    /// The template, with each resource's logical id, the item that emitted it and its
    /// construct path below the stack: what a change report needs to name items.
    pub(crate) fn traced_template(&self) -> Result<(Json, Vec<Traced>), Error> {
        let r = render(self, true, true, None);
        match r.template {
            Some(template) if r.violations.is_empty() => {
                let trace = r
                    .resources
                    .iter()
                    .map(|(id, node)| (id.clone(), *node, r.paths.get(id).cloned()))
                    .collect();
                Ok((template, trace))
            }
            _ => Err(Error { violations: r.violations }),
        }
    }

    /// The rules and, when kept, the template, with the hashes of the app's assets (`None`:
    /// hashed here when kept), also returning where the stack refers to items of other stacks.
    pub(crate) fn run_with(&self, keep: bool, assets: Option<&AssetHashes>) -> AppRendered {
        let r = render(self, keep, false, assets);
        AppRendered { violations: r.violations, template: r.template, foreign_uses: r.foreign_uses }
    }

    /// The template with the item and the construct path of each resource (always there),
    /// and the rules the stack breaks: what best-practice checks read. The render of a stack
    /// that breaks a rule can be partial (an unknown reference renders as `null`).
    pub(crate) fn rendered(&self) -> (Vec<Violation>, Option<Rendered>) {
        let r = render(self, true, true, None);
        let rendered =
            r.template.map(|template| Rendered { template, resources: r.resources, paths: r.paths });
        (r.violations, rendered)
    }
}

/// Everything one render pass learns.
#[derive(Default)]
struct Rendering {
    violations: Vec<Violation>,
    template: Option<Json>,
    resources: Emitted,
    paths: HashMap<String, String>,
    foreign_uses: Vec<ForeignUse>,
}

/// A rendered template, and where each of its resources comes from.
pub(crate) struct Rendered {
    pub template: Json,
    /// Each resource's logical id and the item that emitted it, in template order.
    pub resources: Emitted,
    /// Logical id → construct path below the stack (`myuserpool/smsRole/Resource`).
    pub paths: HashMap<String, String>,
}

/// A resource of the template: its logical id, the item that emitted it, its construct path.
pub(crate) type Traced = (String, NodeId, Option<String>);

/// The rules, then a render: the template is kept when asked for (`keep`) and every rule
/// held (or, with `paths`, always, with the construct path of every logical id).
fn render(stack: &Stack, keep: bool, paths: bool, assets: Option<&AssetHashes>) -> Rendering {
    let view = View::new(stack);
    let mut out = Vec::new();
    let own_assets;
    let assets = match assets {
        Some(a) => a,
        None => {
            own_assets = if keep { hash_assets(stack, &view, &mut out) } else { AssetHashes::default() };
            &own_assets
        }
    };
    check(&view, &mut out);
    let depends = deps::any_dependencies(&view);
    let mut synth = Synth::new(&view, stack.nodes().len(), paths || depends, assets);
    walk(&view, &mut synth);
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
    let emitted = rendered.resources;
    if let Some((_, resources)) = rendered.sections.iter_mut().find(|(n, _)| *n == "Resources") {
        if depends {
            deps::apply_depends_on(&view, resources, &emitted, &rendered.paths);
        }
        if tags::any(stack) {
            tags::apply(stack, resources, &emitted);
        }
        if let Some(cycle) = deps::find_cycle(resources) {
            rules::circular_dependency(&view, &cycle, &emitted, &mut out);
        }
    }
    let checked = template_check::Rendered { sections: &rendered.sections, owners: &rendered.owners };
    template_check::check(&view, &checked, &mut out);
    // Other stacks' items are checked in their own stack.
    out.retain(|v| v.node.is_none_or(|n| n.index() < stack.local_len()));
    let foreign_uses = view.index.foreign_uses.take();
    if !keep || (!out.is_empty() && !paths) {
        return Rendering { violations: out, foreign_uses, ..Rendering::default() };
    }
    let mut root = Obj::new();
    for (name, section) in rendered.sections {
        root.push(name, section);
    }
    Rendering {
        violations: out,
        template: Some(Json::Obj(root)),
        resources: emitted,
        paths: rendered.paths,
        foreign_uses,
    }
}

/// Every rule: the stack's, the acknowledgements', then each of the stack's own items'.
fn check(view: &View, out: &mut Vec<Violation>) {
    let stack = view.stack;
    rules::check_stack(view, out);
    check_acknowledgements(view, out);
    for (id, node) in stack.ids().zip(stack.nodes()).take(stack.local_len()) {
        let mut cx = Check::new(view, Some(id), out);
        node.item.check(&mut cx);
    }
}

/// Renders every item in pre-order, as the CDK visits its construct tree, so resources come
/// out in the CDK's order. (A loop, not recursion: the depth of the tree is the user's.)
fn walk(view: &View, synth: &mut Synth) {
    let mut pending: Vec<NodeId> = view.index.children(None).iter().rev().copied().collect();
    while let Some(node) = pending.pop() {
        if let Some(n) = view.stack.node(node) {
            synth.enter(node);
            n.item.synth(synth, node);
        }
        pending.extend(view.index.children(Some(node)).iter().rev());
    }
}
