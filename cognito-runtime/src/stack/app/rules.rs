//! The rules of an app as a whole: stack names, the one namespace of items, references
//! between stacks (their environments, their cycles) and the synthesizer of a stack with
//! assets.

use std::collections::{HashMap, VecDeque};

use super::report::Diagnostic;
use super::{App, asset};
use crate::context::check::{Check, Issue};
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;
use crate::stack::Stack;
use crate::stack::appended::ForeignUse;
use crate::stack::settings::Synthesizer;
use crate::stack::view::View;

/// A dependency of a stack on another: the producer; whether the stack waits for it (an
/// item's `depends_on`, …) rather than imports from it; and where it comes from, the place a
/// cycle it closes is reported: a stack (the dependent one, or for a grant's statement the
/// granting one), an item and a setting.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Edge {
    pub producer: usize,
    pub waits: bool,
    pub at: usize,
    pub node: Option<NodeId>,
    pub path: String,
}

/// Reports `issue` on `node` (or the stack) of stack `i`.
pub(crate) fn report(
    app: &App,
    i: usize,
    node: Option<NodeId>,
    issue: Issue,
    findings: &mut Vec<Diagnostic>,
) {
    let Some(stack) = app.stacks().get(i) else { return };
    let view = View::new(stack);
    let mut out = Vec::new();
    Check::new(&view, node, &mut out).push(issue);
    findings.extend(out.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)));
}

/// The rules that need no render: stack names, item names, assets under the bootstrapless
/// synthesizer.
pub(crate) fn app_rules(app: &App) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    duplicate_stacks(app, &mut findings);
    duplicate_names(app, &mut findings);
    for (i, stack) in app.stacks().iter().enumerate() {
        bootstrapless_assets(app, i, stack, &mut findings);
    }
    findings
}

/// AWS CDK `Construct` ("There is already a Construct with name 'Auth' in App"): stack names
/// are unique in an app.
fn duplicate_stacks(app: &App, findings: &mut Vec<Diagnostic>) {
    for (i, stack) in app.stacks().iter().enumerate() {
        if app.stacks()[..i].iter().any(|s| s.name() == stack.name()) {
            let message = format!(
                "stack `{}` is declared twice: stack names are unique in an app (the CDK: \"There is already a Construct with name '{}' in App\"); rename one",
                stack.name(),
                stack.name()
            );
            report(
                app,
                i,
                None,
                Issue::new("app.stack.duplicate", "name", message).target(Target::Id),
                findings,
            );
        }
    }
}

/// Cognito: the top-level items of all stacks of an app share one namespace, so a reference
/// names one item (a nested item's name is its parent's).
fn duplicate_names(app: &App, findings: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, stack) in app.stacks().iter().enumerate() {
        let mut here: Vec<(&str, NodeId)> = Vec::new();
        for (n, node) in stack.ids().zip(stack.nodes()) {
            let Some(name) = node.name.as_deref().filter(|_| stack.scope(n).is_none()) else { continue };
            match seen.get(name) {
                Some(&first) if first != i => {
                    let first_name = app.stacks()[first].name();
                    let message = format!(
                        "`{name}` is declared in stack `{first_name}` and again in stack `{}`: the items of all stacks of an app share one namespace, so a reference could not tell them apart; rename one",
                        stack.name()
                    );
                    let issue = Issue::new("app.name.duplicate", "", message).target(Target::Id);
                    report(app, i, Some(n), issue, findings);
                }
                _ => here.push((name, n)),
            }
        }
        for (name, _) in here {
            seen.entry(name).or_insert(i);
        }
    }
}

/// AWS CDK `BootstraplessSynthesizer` ("Cannot add assets to a Stack that uses the
/// BootstraplessSynthesizer"): a file asset needs the bootstrap bucket.
fn bootstrapless_assets(app: &App, i: usize, stack: &Stack, findings: &mut Vec<Diagnostic>) {
    if stack.synthesizer() != Some(Synthesizer::Bootstrapless) {
        return;
    }
    for (node, path) in asset::asset_nodes(stack) {
        let message = format!(
            "`code` is a file asset ({}), but stack `{}` uses the bootstrapless synthesizer, which has no bucket to upload it to (the CDK: \"Cannot add assets to a Stack that uses the BootstraplessSynthesizer\"); use the default synthesizer, or `from_bucket` with code uploaded already",
            path.display(),
            stack.name()
        );
        report(app, i, Some(node), Issue::new("synthesizer.bootstrapless_asset", "code", message), findings);
    }
}

/// The stack that declares each name (the first, when a name is declared twice).
pub(crate) fn owners(app: &App) -> HashMap<&str, usize> {
    let mut owners = HashMap::new();
    for (i, stack) in app.stacks().iter().enumerate() {
        for name in stack.nodes().iter().filter_map(|n| n.name.as_deref()) {
            owners.entry(name).or_insert(i);
        }
    }
    owners
}

/// The stack that declares the item `r` names (a path: its first name).
pub(crate) fn owner(app: &App, owners: &HashMap<&str, usize>, r: &ItemRef) -> Option<usize> {
    match r {
        ItemRef::Name(n) => owners.get(n.as_str()).copied(),
        ItemRef::Path(names) => owners.get(names.first()?.as_str()).copied(),
        ItemRef::Node(n) => app.stacks().iter().position(|s| s.contains(*n)),
    }
}

/// Adds the dependencies between stacks in the order the CDK adds them, refusing each that
/// closes a cycle; returns each stack's dependencies (names).
pub(crate) fn stack_dependencies(
    app: &App,
    edges: &[Vec<Edge>],
    findings: &mut Vec<Diagnostic>,
) -> Vec<Vec<String>> {
    let mut graph: Vec<Vec<usize>> = vec![Vec::new(); app.stacks().len()];
    // `prepareApp` adds every stack's waits, then resolves the references.
    for waits in [true, false] {
        for (i, stack_edges) in edges.iter().enumerate() {
            for e in stack_edges.iter().filter(|e| e.waits == waits) {
                let p = e.producer;
                if p == i || graph[i].contains(&p) || p >= graph.len() {
                    continue;
                }
                match route(&graph, p, i) {
                    Some(chain) => cycle(app, (i, p), &chain, e, findings),
                    None => graph[i].push(p),
                }
            }
        }
    }
    graph.iter().map(|ps| ps.iter().map(|p| app.stacks()[*p].name().to_owned()).collect()).collect()
}

/// The stacks from `from` to `to` along dependencies, when `from` depends on `to`.
fn route(graph: &[Vec<usize>], from: usize, to: usize) -> Option<Vec<usize>> {
    let mut came: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    while let Some(s) = queue.pop_front() {
        if s == to {
            let mut chain = vec![to];
            let mut cur = to;
            while let Some(&prev) = came.get(&cur) {
                chain.push(prev);
                cur = prev;
            }
            chain.reverse();
            return Some(chain);
        }
        for &next in graph.get(s).into_iter().flatten() {
            if next != from && !came.contains_key(&next) {
                came.insert(next, s);
                queue.push_back(next);
            }
        }
    }
    None
}

/// AWS CDK `Stack.addDependency` ("… would create a cyclic reference"): stacks that refer to
/// each other, directly or through others, cannot be deployed one before the other.
fn cycle(
    app: &App,
    (consumer, producer): (usize, usize),
    chain: &[usize],
    edge: &Edge,
    findings: &mut Vec<Diagnostic>,
) {
    let path = edge.path.as_str();
    let name = |i: usize| app.stacks().get(i).map_or("", Stack::name);
    let chain: Vec<String> = chain.iter().map(|&s| format!("`{}`", name(s))).collect();
    let what = if edge.at != consumer {
        // A grant of another stack, whose statement the dependent stack holds.
        format!(
            "this grant, whose statement goes into its grantee's default policy in stack `{}`,",
            name(consumer)
        )
    } else if path.is_empty() {
        "this item".to_owned()
    } else {
        format!("`{}`", crate::context::check::key(path))
    };
    let message = format!(
        "{what} makes stack `{}` depend on stack `{}`, which already depends on it ({}): stacks that depend on each other in a circle cannot be deployed one before the other (the CDK: \"would create a cyclic reference\"); move the items so that the references between stacks go one way",
        name(consumer),
        name(producer),
        chain.join(" → ")
    );
    report(app, edge.at, edge.node, Issue::new("app.stack_cycle", path.to_owned(), message), findings);
}

/// AWS CDK `resolveReferences`: a reference between stacks of different accounts or regions
/// needs both regions named, and then custom resources (an SSM parameter written by a Lambda
/// function), which `cognito!` does not make.
pub(crate) fn environments(
    app: &App,
    uses: &[(Option<&Stack>, &[ForeignUse])],
    findings: &mut Vec<Diagnostic>,
) {
    for (i, (combined, uses)) in uses.iter().enumerate() {
        let Some(combined) = combined else { continue };
        let mut reported: Vec<usize> = Vec::new();
        for u in uses.iter() {
            let Some(p) = u.producer(combined) else { continue };
            let (Some(consumer), Some(producer)) = (app.stacks().get(i), app.stacks().get(p)) else {
                continue;
            };
            if reported.contains(&p) || consumer.env() == producer.env() {
                continue;
            }
            reported.push(p);
            environment(app, i, consumer, producer, combined, u, findings);
        }
    }
}

fn environment(
    app: &App,
    i: usize,
    consumer: &Stack,
    producer: &Stack,
    combined: &Stack,
    u: &ForeignUse,
    findings: &mut Vec<Diagnostic>,
) {
    let target = combined.node(u.target).and_then(|n| n.name.clone()).unwrap_or_default();
    let env = |s: &Stack| {
        let e = s.env();
        format!(
            "{}/{}",
            e.account.as_deref().unwrap_or("any account"),
            e.region.as_deref().unwrap_or("any region")
        )
    };
    let why = if consumer.env().region.is_none() || producer.env().region.is_none() {
        "the CDK refuses a reference between environments unless both stacks name their region (\"Cross stack/region references are only supported for stacks with an explicit region defined\")"
    } else {
        "across accounts or regions the CDK passes the value through custom resources (a Lambda function writing SSM parameters), which cognito! does not make"
    };
    let message = format!(
        "`{}` refers to `{target}` of stack `{}` ({}), but this stack deploys to {}: {why}; give both stacks the same `env`, or pass the value by hand (a parameter)",
        crate::context::check::key(&u.path),
        producer.name(),
        env(producer),
        env(consumer)
    );
    report(app, i, u.node, Issue::new("app.reference.environment", u.path.clone(), message), findings);
}

/// Cognito: a reference to another stack's item sits where the CDK's `Ref`/`Fn::GetAtt`
/// tokens sit; anywhere else (inside a string) no export can carry it.
pub(crate) fn unsupported_reference(i: usize, stack: &Stack, findings: &mut Vec<Diagnostic>) {
    let message = format!(
        "stack `{}` uses another stack's logical id inside a string, where no export can carry it; refer to the item's attribute instead (e.g. `pool.user_pool_id`)",
        stack.name()
    );
    let view = View::new(stack);
    let mut out = Vec::new();
    Check::new(&view, None, &mut out).push(Issue::new("app.reference.unsupported", "", message));
    findings.extend(out.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)));
}
