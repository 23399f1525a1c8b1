//! The check of a lowered block as the runtime checks an app (`App::check`): every stack's
//! rules, the references between stacks and their cycles, and CloudFormation's limits on each
//! template. A block of one stack is checked as an app of one stack: its one render serves
//! the rules, the limits and, for a stack that names its `baseline`, the comparison with it.

use cognito_runtime::{App, Diagnostic, Violation};
use proc_macro2::{Span, TokenStream};

use super::lower::change::BaselineFile;
use super::lower::{Lowered, Lx};
use super::{change, report};

/// A checked block: its stacks as an app, what lowering learnt of each (in the same order),
/// the errors to report and the warnings to emit.
pub struct Checked {
    pub app: App,
    pub lxs: Vec<Lx>,
    pub errors: Vec<syn::Error>,
    pub warnings: Vec<TokenStream>,
    /// Each stack's deployed template, when it names one (`baseline`).
    pub baselines: Vec<Option<BaselineFile>>,
    /// The template of a block of one stack whose every value the macro knows (no
    /// `(EXPR)`), printed: the expansion gives it to the stack (`Stack::compiled_template`).
    pub compiled: Option<String>,
}

/// Checks the lowered stacks; each finding goes under the tokens of its own stack.
pub fn check(lowered: Vec<Lowered>, had_syntax_errors: bool) -> Checked {
    let mut app = App::new();
    let mut lxs = Vec::with_capacity(lowered.len());
    let mut baselines = Vec::with_capacity(lowered.len());
    for l in lowered {
        app.add_stack(l.stack);
        lxs.push(l.lx);
        baselines.push(l.baseline);
    }
    let texts: Vec<Option<&str>> =
        baselines.iter().map(|b| b.as_ref().and_then(|b| b.text.as_deref())).collect();
    // A block of one stack known whole is synthesized here, once: its render serves the
    // rules, the limits and the text the program prints.
    let known_whole = matches!(lxs.as_slice(), [lx] if lx.deferred.is_empty());
    let mut checked =
        (known_whole || texts.iter().any(Option::is_some)).then(|| app.check_keeping_templates());
    let compiled = checked.as_ref().filter(|_| known_whole).and_then(|c| c.template_text());
    let findings = match checked.as_mut() {
        Some(c) => std::mem::take(&mut c.findings),
        None => app.check(),
    };
    let mut errors: Vec<syn::Error> = lxs.iter().flat_map(|lx| lx.errors.iter().cloned()).collect();
    let mut warnings = Vec::new();
    for (i, lx) in lxs.iter().enumerate() {
        let (mut stack_errors, mut stack_warnings) = (Vec::new(), Vec::new());
        for f in findings.iter().filter(|f| f.stack == Some(i)) {
            let Some(v) = localized(f, i, &app, &lxs) else { continue };
            if f.is_error() { stack_errors.push(v) } else { stack_warnings.push(v) }
        }
        let reported = report::report(&stack_errors, lx, had_syntax_errors);
        let judged = reported.is_empty() && lx.errors.is_empty();
        errors.extend(reported);
        if let Some(stack) = app.stacks().get(i) {
            stack_warnings.retain(|v| report::stale_for_sure(v, lx, stack));
            // The changes against the deployed template, once the stack's own rules hold.
            if let (true, Some(Some(baseline))) = (judged, baselines.get(i)) {
                let rendered = checked.as_mut().and_then(|c| c.compare(i, &texts));
                let (refused, reported): (Vec<Violation>, Vec<Violation>) =
                    change::compare(stack, baseline, lx, rendered).into_iter().partition(Violation::is_error);
                errors.extend(report::report(&refused, lx, had_syntax_errors));
                stack_warnings.extend(reported);
            }
        }
        warnings.extend(lx.warnings.iter().cloned());
        warnings.extend(report::report_warnings(&stack_warnings, lx));
    }
    // A finding of the app as a whole (none is made today) concerns the whole block.
    for f in findings.iter().filter(|f| f.stack.is_none() && f.is_error()) {
        errors.push(syn::Error::new(Span::call_site(), f.to_string()));
    }
    Checked { app, lxs, errors, warnings, baselines, compiled }
}

/// The violation of finding `f` of stack `i`, with only what it reads of that stack; `None`
/// when it reads a setting of another stack known only at run time (or already in error):
/// then the run time decides.
fn localized(f: &Diagnostic, i: usize, app: &App, lxs: &[Lx]) -> Option<Violation> {
    let stacks = app.stacks();
    let own_stack = stacks.get(i)?;
    let mut v = f.violation.clone();
    let mut own = Vec::with_capacity(v.reads.len());
    for (node, path) in v.reads.drain(..) {
        if own_stack.node(node).is_some() {
            own.push((node, path));
            continue;
        }
        let producer = stacks.iter().position(|s| s.node(node).is_some()).and_then(|j| lxs.get(j));
        if producer.is_some_and(|lx| report::unknown(lx, node.index(), &path)) {
            return None;
        }
    }
    v.reads = own;
    Some(v)
}
