//! The two passes over a stack: every rule, then a render (which finds logical-id clashes),
//! then the stack-wide steps on the rendered resources (`DependsOn`, tags, circles) and the
//! checks of the rendered template (`template_check`). One render serves every caller:
//! `check`, `template`, an app's stacks (`run_with`), the best-practice checks (`rendered`)
//! and the change report (`traced_template`).

use super::app::asset::{asset_nodes, hash_assets};
use super::app::pipeline::Rendered as AppRendered;
use super::app::synthesizer::finish_template;
use super::nag::acknowledge::check_acknowledgements;
use super::nag::run;
use super::rendered::Rendered;
use super::view::View;
use super::{Stack, deps, overrides, rules, tags, template_check};
use crate::context::check::Check;
use crate::context::synth::Synth;
use crate::core::asset::AssetHashes;
use crate::core::error::{Error, Violation};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::stack::appended::ForeignUse;

impl Stack {
    /// Every rule, over every item, and the checks the stack enables: what breaks the stack
    /// (errors), in declaration order, then the checks' error findings.
    pub fn check(&self) -> Vec<Violation> {
        let mut all = checked(self, false, None, Rules::Run).violations;
        all.retain(Violation::is_error);
        all
    }

    /// What [`Stack::check`] finds, then the warnings (each violation says which it is:
    /// [`Violation::severity`]): rules that only warn, and the warnings of the checks the
    /// stack enables ([`Stack::enable_checks`]) with their stale acknowledgements. `synth`
    /// fails on the errors, not on the warnings.
    ///
    /// ```
    /// use cognito_runtime::{Pack, Severity, Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// let pool = stack.add("myuserpool", UserPool::default());
    /// stack.enable_checks(Pack::AwsSolutions);
    /// stack.acknowledge(Some(pool), "AwsSolutions-COG1", "sign-in is federated: no passwords");
    /// stack.acknowledge(Some(pool), "AwsSolutions-COG8", "the essentials tier is enough for a demo");
    /// let diagnosis = stack.diagnose();
    /// assert_eq!(diagnosis.len(), 1);
    /// assert_eq!((diagnosis[0].rule, diagnosis[0].severity), ("AwsSolutions-COG2", Severity::Warning));
    /// assert!(stack.synth().is_ok());
    /// ```
    pub fn diagnose(&self) -> Vec<Violation> {
        let mut all = checked(self, false, None, Rules::Run).violations;
        // A stable sort: errors first, each severity in its order.
        all.sort_by_key(|v| v.severity);
        all
    }

    /// `Ok` when no rule is broken, otherwise every violation.
    pub fn validate(&self) -> Result<(), Error> {
        let violations = self.check();
        if violations.is_empty() { Ok(()) } else { Err(Error { violations }) }
    }

    /// The CloudFormation template, after checking every rule and the checks the stack
    /// enables (warnings do not stop it); a stack under the default synthesizer carries its
    /// `BootstrapVersion` parameter and rule.
    ///
    /// A stack as `cognito!` built it, unchanged since, is not checked again: the macro ran
    /// every rule on it at compile time. The template's own checks still run.
    pub fn template(&self) -> Result<Json, Error> {
        let rules = if proof_applies(self) { Rules::Proven } else { Rules::Run };
        let r = checked(self, true, None, rules);
        match r.rendered {
            Some(mut rendered) if !has_errors(&r.violations) => {
                finish_template(self, &mut rendered.template);
                Ok(rendered.template)
            }
            _ => Err(errors(r.violations)),
        }
    }

    /// The template `cognito!` synthesized for this stack at compile time, printed as the
    /// CDK prints it (what [`Stack::synth_to_string`] returns), while the stack is unchanged
    /// since: any change takes it away. `None` for a stack built otherwise, or whose block
    /// computes a value at run time (`(EXPR)`) or names a file (a function's code).
    ///
    /// ```
    /// use cognito_runtime::{Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// stack.add("pool", UserPool::default());
    /// assert_eq!(stack.compiled_template(), None); // built at run time
    /// ```
    pub fn compiled_template(&self) -> Option<&'static str> {
        self.proven_template().filter(|_| proof_applies(self))
    }

    /// The CloudFormation template as a JSON value.
    pub fn synth(&self) -> Result<serde_json::Value, Error> {
        Ok(self.template()?.into_serde())
    }

    /// The template printed as the AWS CDK prints it (`JSON.stringify(t, null, 2)`): for a
    /// stack as `cognito!` built it, the text it synthesized at compile time
    /// ([`Stack::compiled_template`]).
    pub fn synth_to_string(&self) -> Result<String, Error> {
        if let Some(text) = self.compiled_template() {
            return Ok(text.to_owned());
        }
        Ok(self.template()?.into_pretty_string())
    }

    /// The template, with each resource's logical id, the item that emitted it and its
    /// construct path below the stack: what a change report needs to name items.
    pub(crate) fn traced_template(&self) -> Result<(Json, Vec<Traced>), Error> {
        let r = render(self, true, true, None, Rules::Run);
        match r.rendered {
            Some(Rendered { template, resources, paths, .. }) if !has_errors(&r.violations) => {
                let trace = resources
                    .into_iter()
                    .map(|(id, node)| {
                        let path = paths.get(&id).cloned();
                        (id, node, path)
                    })
                    .collect();
                Ok((template, trace))
            }
            _ => Err(errors(r.violations)),
        }
    }

    /// The rules, the checks the stack enables and, when kept, the template, with the hashes
    /// of the app's assets (`None`: hashed here when kept), also returning where the stack
    /// refers to items of other stacks.
    pub(crate) fn run_with(&self, keep: bool, assets: Option<&AssetHashes>) -> AppRendered {
        let r = checked(self, keep, assets, Rules::Run);
        let template = r.rendered.filter(|_| keep && !has_errors(&r.violations)).map(|r| r.template);
        AppRendered { violations: r.violations, template, foreign_uses: r.foreign_uses }
    }

    /// The template with the item and the construct path of each resource (always there),
    /// and the rules the stack breaks: what best-practice checks read. The render of a stack
    /// that breaks a rule can be partial (an unknown reference renders as `null`).
    pub(crate) fn rendered(&self) -> (Vec<Violation>, Option<Rendered>) {
        let r = render(self, true, true, None, Rules::Run);
        (r.violations, r.rendered)
    }
}

/// Whether what the macro checked and rendered at compile time holds where the program runs:
/// the stack carries its proof and names no file (the files functions' code names exist, or
/// not, and hash as they do, where the program runs).
fn proof_applies(stack: &Stack) -> bool {
    stack.proven() && asset_nodes(stack).next().is_none()
}

fn has_errors(violations: &[Violation]) -> bool {
    violations.iter().any(Violation::is_error)
}

/// The error of a render: the violations that break the stack.
fn errors(mut violations: Vec<Violation>) -> Error {
    violations.retain(Violation::is_error);
    Error { violations }
}

/// Whether a pass runs the items' rules.
#[derive(Clone, Copy, PartialEq)]
enum Rules {
    Run,
    /// The stack carries the macro's proof that they hold (see `proof`).
    Proven,
}

/// Everything one render pass learns.
#[derive(Default)]
struct Rendering {
    /// Errors and warnings.
    violations: Vec<Violation>,
    rendered: Option<Rendered>,
    foreign_uses: Vec<ForeignUse>,
}

/// A render that also runs the checks the stack enables, as `synth` does: their findings
/// are violations of the stack (errors and warnings). The checks read the template, so it is
/// rendered even when not kept (without hashing assets then: no rule reads a hash).
fn checked(stack: &Stack, keep: bool, assets: Option<&AssetHashes>, rules: Rules) -> Rendering {
    let packs = stack.enabled_checks();
    if packs.is_empty() {
        return render(stack, keep, false, assets, rules);
    }
    let unhashed = AssetHashes::default();
    let assets = if keep { assets } else { Some(assets.unwrap_or(&unhashed)) };
    let mut r = render(stack, true, true, assets, rules);
    if let Some(rendered) = &r.rendered {
        let findings = run::findings(stack, packs, rendered);
        // Other stacks' items are checked in their own stack.
        let local = |v: &Violation| v.node.is_none_or(|n| n.index() < stack.local_len());
        r.violations.extend(findings.into_violations(stack).filter(local));
    }
    r
}

/// A resource of the template: its logical id, the item that emitted it, its construct path.
pub(crate) type Traced = (String, NodeId, Option<String>);

/// The rules (unless proven), then a render: the template is kept when asked for (`keep`)
/// and every rule held (or, with `paths`, always, with the construct path of every logical
/// id).
fn render(stack: &Stack, keep: bool, paths: bool, assets: Option<&AssetHashes>, rules: Rules) -> Rendering {
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
    if rules == Rules::Run {
        check(&view, &mut out);
    }
    let depends = deps::any_dependencies(&view);
    let mut synth = Synth::new(&view, stack.nodes().len(), paths || depends, assets);
    let pending = walk(&view, &mut synth);
    let mut rendered = synth.finish();
    rules::unchecked_depth(&view, &rendered.too_deep, &mut out);
    rules::unchecked_cycle(&view, &rendered.cycles, &mut out);
    rules::resources(stack, &rendered.sections, &mut out);
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
    let mut originals = Default::default();
    if let Some((_, resources)) = rendered.sections.iter_mut().find(|(n, _)| *n == "Resources") {
        if depends {
            deps::apply_depends_on(&view, resources, &emitted, &rendered.paths);
        }
        if tags::any(stack) {
            tags::apply(stack, resources, &emitted);
        }
        // The CDK merges raw overrides into a resource last, over its tags and `DependsOn`.
        originals = overrides::apply(pending, resources);
        if let Some(cycle) = deps::find_cycle(resources) {
            rules::circular_dependency(&view, &cycle, &emitted, &mut out);
        }
    }
    let checked = template_check::Rendered {
        sections: &rendered.sections,
        owners: &rendered.owners,
        overridden: &originals,
    };
    template_check::check(&view, &checked, &mut out);
    // Other stacks' items are checked in their own stack.
    out.retain(|v| v.node.is_none_or(|n| n.index() < stack.local_len()));
    let foreign_uses = view.index.foreign_uses.take();
    if !keep || (has_errors(&out) && !paths) {
        return Rendering { violations: out, foreign_uses, ..Rendering::default() };
    }
    let mut root = Obj::new();
    for (name, section) in rendered.sections {
        root.push(name, section);
    }
    let rendered =
        Rendered { template: Json::Obj(root), resources: emitted, paths: rendered.paths, originals };
    Rendering { violations: out, rendered: Some(rendered), foreign_uses }
}

/// Every rule: the stack's, the acknowledgements', then each of the stack's own items'.
fn check(view: &View, out: &mut Vec<Violation>) {
    let stack = view.stack;
    rules::check_stack(view, out);
    check_acknowledgements(view, out);
    for (id, node) in stack.ids().zip(stack.nodes()).take(stack.local_len()) {
        let mut cx = Check::new(view, Some(id), out);
        node.item.check(&mut cx);
        overrides::check(node, &mut cx);
    }
}

/// Renders every item in pre-order, as the CDK visits its construct tree, so resources come
/// out in the CDK's order (a loop, not recursion: the depth of the tree is the user's); returns
/// the items' overrides, rendered, to apply when every resource is complete.
fn walk(view: &View, synth: &mut Synth) -> Vec<overrides::Pending> {
    let mut out = Vec::new();
    let mut pending: Vec<NodeId> = view.index.children(None).iter().rev().copied().collect();
    while let Some(node) = pending.pop() {
        if let Some(n) = view.stack.node(node) {
            synth.enter(node);
            n.item.synth(synth, node);
            if node.index() < view.stack.local_len() {
                out.extend(overrides::render(synth, node, n));
            }
        }
        pending.extend(view.index.children(Some(node)).iter().rev());
    }
    out
}
