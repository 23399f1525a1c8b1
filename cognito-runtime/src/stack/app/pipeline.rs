//! The synthesis of an app: every stack rendered (with the items of the stacks it refers to),
//! the references turned into exports and imports, the dependencies between stacks and their
//! cycles, the synthesizers' additions, and CloudFormation's limits.

use std::collections::HashMap;

use super::App;
use super::assembly::{CloudAssembly, SynthesizedStack};
use super::asset::{asset_nodes, hash_into};
use super::foreign::{self, Export};
use super::provider_clients::{self, CrossStackClient};
use super::report::{self, AppError, Diagnostic};
use super::rules::Edge;
use super::{grants, limits, rules, synthesizer};
use crate::core::asset::{AssetHashes, StagedAsset};
use crate::core::error::Violation;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::appended::ForeignUse;
use crate::stack::deps::dependencies;
use crate::stack::item::Item;
use crate::stack::view::View;

/// What a stack's render gives an app: the violations, the template (when kept and valid),
/// and where the stack refers to items of other stacks.
pub(crate) struct Rendered {
    pub violations: Vec<Violation>,
    pub template: Option<Json>,
    pub foreign_uses: Vec<ForeignUse>,
}

impl App {
    /// Every rule of every stack, the app's own (names, references between stacks, cycles)
    /// and CloudFormation's limits: errors and warnings, stack by stack. Assets are checked
    /// to exist, not hashed.
    pub fn check(&self) -> Vec<Diagnostic> {
        run(self, Mode::Check).findings
    }

    /// `Ok` with the warnings when no rule is broken, otherwise every finding.
    pub fn validate(&self) -> Result<Vec<Diagnostic>, AppError> {
        report::split(self.check())
    }

    /// Every stack's template as the CDK writes it (assets hashed from the files as they are
    /// now), or every error.
    pub fn synth(&self) -> Result<CloudAssembly, AppError> {
        match run(self, Mode::Synth) {
            Run { findings, stacks: Some(stacks), .. } => {
                let warnings = report::split(findings)?;
                Ok(CloudAssembly { stacks, warnings })
            }
            Run { findings, .. } => Err(AppError { findings }),
        }
    }
}

/// Check: the rules only (assets must exist, they are not hashed); keeping the templates
/// too, errors or not. Synth: the templates, written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Check,
    CheckKeeping,
    Synth,
}

/// What a run gives: the findings; the synthesized stacks when it synthesized without error;
/// the templates kept by a check (`None` where a stack did not render).
pub(crate) struct Run {
    pub findings: Vec<Diagnostic>,
    pub stacks: Option<Vec<SynthesizedStack>>,
    pub kept: Vec<Option<Json>>,
}

/// A stack after its render.
struct Done {
    /// The stack as rendered: with other stacks' items appended when it refers to them.
    combined: Option<Stack>,
    template: Option<Json>,
    uses: Vec<ForeignUse>,
    /// The stacks it depends on, each with where (item, setting) the dependency comes from.
    edges: Vec<Edge>,
}

/// Runs the app's synthesis: the findings, and the stacks when there is no error.
pub(crate) fn run(app: &App, mode: Mode) -> Run {
    let owners = rules::owners(app);
    let prepared = provider_clients::add(app, &owners);
    let (app, cross) = match &prepared {
        Some((prepared, cross)) => (prepared, cross.as_slice()),
        None => (app, &[][..]),
    };
    let mut findings = rules::app_rules(app);
    provider_clients::later_providers(app, &owners, cross, &mut findings);
    let hashes = match mode {
        Mode::Synth => hash_all(app, &mut findings),
        Mode::Check | Mode::CheckKeeping => AssetHashes::new(),
    };
    let grants = grants::sources(app, &owners);
    let mut done = Vec::with_capacity(app.stacks().len());
    let mut exports: Vec<Export> = Vec::new();
    for (i, stack) in app.stacks().iter().enumerate() {
        let inputs = Inputs { app, owners: &owners, cross, grants: &grants, hashes: &hashes };
        done.push(render(&inputs, i, stack, &mut exports, &mut findings));
    }
    let dependencies = rules::stack_dependencies(app, &done_edges(&done), &mut findings);
    rules::environments(app, &done_uses(&done), &mut findings);
    let broken = findings.iter().any(Diagnostic::is_error);
    let mut kept = Vec::new();
    if mode == Mode::Check && broken {
        return Run { findings, stacks: None, kept };
    }
    let mut out = Vec::with_capacity(done.len());
    for (i, (stack, d)) in app.stacks().iter().zip(done).enumerate() {
        let Some(mut template) = d.template else {
            kept.push(None);
            continue;
        };
        let own: Vec<&Export> = exports.iter().filter(|e| e.producer == i).collect();
        foreign::add_exports(&mut template, stack.name(), &own);
        synthesizer::finish_template(stack, &mut template);
        // A check needs only the template's size, which it counts without writing the text;
        // a template that another error left incomplete is not measured.
        if mode != Mode::Synth {
            if !broken {
                limits::check(i, stack, &template, template.indented_len(" "), &mut findings);
            }
            kept.push((mode == Mode::CheckKeeping).then_some(template));
            continue;
        }
        let text = template.to_string_indented(" ");
        limits::check(i, stack, &template, text.len(), &mut findings);
        let deps = dependencies.get(i).cloned().unwrap_or_default();
        out.push(SynthesizedStack::new(stack, template, text, deps, stack_assets(stack, &hashes)));
    }
    if findings.iter().any(Diagnostic::is_error) || out.len() != app.stacks().len() {
        return Run { findings, stacks: None, kept };
    }
    Run { findings, stacks: Some(out), kept }
}

/// Hashes every asset of the app once.
fn hash_all(app: &App, findings: &mut Vec<Diagnostic>) -> AssetHashes {
    let mut hashes = AssetHashes::new();
    for (i, stack) in app.stacks().iter().enumerate() {
        let mut out = Vec::new();
        hash_into(stack, &View::new(stack), &mut out, &mut hashes);
        findings.extend(out.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)));
    }
    hashes
}

/// What every stack's render reads: the app (with the clients identity pools add to pools of
/// earlier stacks), which stack declares each name, those clients, for each stack the stacks
/// whose grants name its items (with the first such grant: `grants::sources`), the assets'
/// hashes.
struct Inputs<'a> {
    app: &'a App,
    owners: &'a HashMap<&'a str, usize>,
    cross: &'a [CrossStackClient],
    grants: &'a [Vec<(usize, Option<NodeId>)>],
    hashes: &'a AssetHashes,
}

/// Renders stack `i`; again with the items of the stacks it refers to when there are any.
fn render(
    inputs: &Inputs,
    i: usize,
    stack: &Stack,
    exports: &mut Vec<Export>,
    findings: &mut Vec<Diagnostic>,
) -> Done {
    let Inputs { app, owners, cross, grants, hashes } = *inputs;
    let first = stack.run_with(true, Some(hashes));
    let mut producers: Vec<usize> = first
        .violations
        .iter()
        .filter(|v| v.rule == "reference.unknown")
        // `pool_a.web` is an item of the stack that declares `pool_a`.
        .filter_map(|v| v.value.as_deref().and_then(|r| owners.get(r.split('.').next()?)).copied())
        // The stacks whose grants name this stack's roles and functions (`grants`).
        .chain(grants.get(i).into_iter().flatten().map(|(source, _)| *source))
        .filter(|p| *p != i)
        .collect();
    producers.sort_unstable();
    producers.dedup();
    let (combined, rendered) =
        match foreign::combine(app, i, &producers, cross).filter(|_| !producers.is_empty()) {
            Some(combined) => {
                let rendered = combined.run_with(true, Some(hashes));
                (Some(combined), rendered)
            }
            None => (None, first),
        };
    let name = stack.name();
    let mut violations = rendered.violations;
    if let Some(c) = &combined {
        foreign::localize_reads(app, c, &mut violations);
    }
    findings
        .extend(violations.into_iter().filter_map(|v| provider_clients::diagnostic(app, i, name, cross, v)));
    let mut template = rendered.template;
    let mut imported = Vec::new();
    // Only the items of other stacks, appended, render as tokens to import.
    if let Some(t) = template.as_mut().filter(|_| combined.is_some()) {
        let found = foreign::import(t, app, exports);
        if found.stray {
            rules::unsupported_reference(i, stack, findings);
        }
        imported = found.producers;
    }
    let uses = rendered.foreign_uses;
    let sites = grants.get(i).map_or(&[][..], Vec::as_slice);
    let edges = combined.as_ref().map(|c| edges((i, c), &uses, &imported, sites)).unwrap_or_default();
    Done { combined, template, uses, edges }
}

/// The stacks combined stack `i` depends on, in the order the CDK adds them: first those its
/// items wait for (`depends_on`, an identity pool's pools and clients: `prepareApp` turns
/// them into stack dependencies before references are resolved), then those it imports from
/// (in template order); each with where it comes from: the reference, or for an import no
/// reference of this stack makes, the grant of the producing stack whose statement this
/// stack's default policy holds (`grant_sites`: the first grant of each stack naming items of
/// stack `i`, `grants::sources`). A reference whose value is known at synthesis (an app client's name given as a
/// literal, an imported item's id) imports nothing, and so, as in the CDK, makes no
/// dependency.
fn edges(
    (i, combined): (usize, &Stack),
    uses: &[ForeignUse],
    imported: &[usize],
    grant_sites: &[(usize, Option<NodeId>)],
) -> Vec<Edge> {
    // A grant's grantee in another stack imports nothing here (the grant's statement goes into
    // the grantee's stack): it is where a dependency comes from only when nothing else is.
    let grantee = |u: &ForeignUse| {
        u.path == "grantee"
            && matches!(u.node.and_then(|n| combined.node(n)).map(|n| &n.item), Some(Item::Grant(_)))
    };
    // Only this stack's own items' references: the appended items' are their stacks'.
    let own = |u: &&ForeignUse| u.node.is_some_and(|n| n.index() < combined.local_len());
    let located = |p: usize| {
        let mut of = uses.iter().filter(own).filter(move |u| u.producer(combined) == Some(p));
        of.clone().find(|u| !grantee(u)).or_else(|| of.next())
    };
    let mut out: Vec<Edge> = Vec::new();
    let mut push = |edge: Edge| {
        if !out.iter().any(|e| e.producer == edge.producer) {
            out.push(edge);
        }
    };
    let view = View::new(combined);
    for n in combined.ids().take(combined.local_len()) {
        for target in dependencies(&view, n) {
            let producer = ForeignUse { node: None, path: String::new(), target }.producer(combined);
            if let Some(p) = producer.filter(|_| target.index() >= combined.local_len()) {
                let path = located(p)
                    .filter(|u| u.node == Some(n))
                    .map_or("depends_on".to_owned(), |u| u.path.clone());
                push(Edge { producer: p, waits: true, at: i, node: Some(n), path });
            }
        }
    }
    for &p in imported {
        let edge = match (located(p), grant_sites.iter().find(|(q, _)| *q == p)) {
            (Some(u), _) => Edge { producer: p, waits: false, at: i, node: u.node, path: u.path.clone() },
            (None, Some(&(_, grant))) => {
                Edge { producer: p, waits: false, at: p, node: grant, path: "grantee".to_owned() }
            }
            (None, None) => Edge { producer: p, waits: false, at: i, node: None, path: String::new() },
        };
        push(edge);
    }
    out
}

fn done_edges(done: &[Done]) -> Vec<Vec<Edge>> {
    done.iter().map(|d| d.edges.clone()).collect()
}

fn done_uses(done: &[Done]) -> Vec<(Option<&Stack>, &[ForeignUse])> {
    done.iter().map(|d| (d.combined.as_ref(), d.uses.as_slice())).collect()
}

/// The assets of a stack's items, each with its display name (`<item path>/Code`).
fn stack_assets(stack: &Stack, hashes: &AssetHashes) -> Vec<(String, StagedAsset)> {
    asset_nodes(stack)
        .filter_map(|(node, path)| {
            let asset = hashes.get(path)?;
            Some((format!("{}/Code", stack.path(node).join("/")), asset.clone()))
        })
        .collect()
}
