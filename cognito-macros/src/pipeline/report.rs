//! Violations of the runtime's rules, placed under the tokens at fault: errors as compile
//! errors, warnings as compile warnings.

use cognito_runtime::{NodeId, Stack, Target, Violation};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::lower::{Lx, Spans, spanned_error};

/// True when `a` and `b` are the same field path or one contains the other.
fn overlaps(a: &str, b: &str) -> bool {
    a == b
        || (!b.is_empty() && a.starts_with(b) && a[b.len()..].starts_with('.'))
        || (!a.is_empty() && b.starts_with(a) && b[a.len()..].starts_with('.'))
}

/// Whether the setting at `path` of `node` is known only at run time (an `(EXPR)` value) or
/// already has an error.
pub(crate) fn unknown(lx: &Lx, node: usize, path: &str) -> bool {
    lx.deferred.keys().any(|(n, d)| *n == node && overlaps(path, d))
        || lx.poisoned.iter().any(|(n, d)| *n == node && overlaps(path, d))
}

/// Whether a violation should reach the user: not when it reads an `(EXPR)` value (checked at
/// run time by `Stack::synth`) or a setting that already has an error.
pub(crate) fn keep(v: &Violation, lx: &Lx, had_syntax_errors: bool, alone: bool) -> bool {
    if had_syntax_errors && v.rule == "reference.unknown" {
        return false;
    }
    // That the stack creates nothing is said last: while an item failed to parse or lower, or
    // breaks a rule, what the stack creates is not settled.
    if v.rule == "stack.resources" && (had_syntax_errors || !lx.errors.is_empty() || !alone) {
        return false;
    }
    if v.reads.iter().any(|(n, p)| unknown(lx, n.index(), p)) {
        return false;
    }
    let Some(node) = v.node.map(|n| n.index()) else { return true };
    !v.paths().any(|p| unknown(lx, node, p))
}

/// The spans recorded at `path`, or at its nearest recorded ancestor (`exact` tells which).
fn lookup(lx: &Lx, node: Option<usize>, path: &str) -> Option<(Spans, bool)> {
    let mut p = path;
    let mut exact = true;
    loop {
        if let Some(s) = lx.spans.get(&(node, p.to_owned())) {
            return Some((*s, exact));
        }
        if p.is_empty() {
            return None;
        }
        exact = false;
        p = p.rfind('.').map_or("", |i| &p[..i]);
    }
}

/// Where a violation of the stack as a whole goes: under the stack's name, or else under the
/// first item's id.
fn stack_spans(lx: &Lx, node: Option<usize>) -> Option<Spans> {
    if node.is_some() {
        return None;
    }
    lx.spans.get(&(None, "name".to_owned())).or_else(|| lx.spans.get(&(Some(0), String::new()))).copied()
}

/// The errors to report for `violations`.
pub fn report(violations: &[Violation], lx: &Lx, had_syntax_errors: bool) -> Vec<syn::Error> {
    let alone = violations.len() == 1;
    let mut suggestions = SUGGESTIONS;
    violations
        .iter()
        .filter(|v| keep(v, lx, had_syntax_errors, alone))
        .map(|v| error(v, lx, &mut suggestions))
        .collect()
}

/// How many unknown references get a did-you-mean: each costs a scan of every name, so a block
/// full of unknown references would take time quadratic in its size.
const SUGGESTIONS: usize = 32;

/// The compile warnings to report for `violations` whose verdict is a warning (the block
/// compiles, `Stack::synth` succeeds), each under the token at fault.
pub fn report_warnings(violations: &[Violation], lx: &Lx) -> Vec<TokenStream> {
    let alone = violations.len() == 1;
    let kept = violations.iter().filter(|v| keep(v, lx, false, alone));
    kept.map(|v| warning(spans(v, lx).0, &v.message)).collect()
}

/// A compile warning with `message` under `span`. Stable Rust lets a macro warn only through
/// a lint: the expansion defines a unit struct marked `#[deprecated]`, named with `span`, and
/// uses it once, so rustc says "use of deprecated unit struct `…cognito_warning`: MESSAGE"
/// under that token; `#![deny(deprecated)]` (or `-D warnings`) makes it an error, as with
/// any warning.
pub fn warning(span: Span, message: &str) -> TokenStream {
    let name = Ident::new("cognito_warning", span);
    quote! {
        {
            #[deprecated(note = #message)]
            #[allow(non_camel_case_types)]
            struct #name;
            let _ = #name;
        }
    }
}

/// Whether a stale acknowledgement (`acknowledge.stale`) is stale for sure: not when an item
/// it covers has an `(EXPR)` value, which may make at run time the finding it names (the
/// runtime checks it again then).
pub fn stale_for_sure(v: &Violation, lx: &Lx, stack: &Stack) -> bool {
    if v.rule != "acknowledge.stale" {
        return true;
    }
    let covered = |index: usize| {
        let node = stack.node_id(index);
        let mut ancestors = std::iter::successors(node, |n| stack.node(*n).and_then(|n| n.parent()));
        v.node.is_none_or(|scope: NodeId| ancestors.any(|n| n == scope))
    };
    !lx.deferred.keys().any(|(node, _)| covered(*node))
}

fn error(v: &Violation, lx: &Lx, suggestions: &mut usize) -> syn::Error {
    let (first, last) = spans(v, lx);
    let mut message = v.message.clone();
    if v.rule == "reference.unknown"
        && let Some(name) = v.value.as_deref()
        && let Some(s) = suggest(name, lx, suggestions)
    {
        message.push_str(&format!(" (did you mean `{s}`?)"));
    }
    spanned_error(first, last, message)
}

/// The first and last token a violation is about.
pub(crate) fn spans(v: &Violation, lx: &Lx) -> (Span, Span) {
    let node = v.node.map(|n| n.index());
    match lookup(lx, node, &v.path) {
        Some((s, true)) => match v.target {
            Target::Value => s.value,
            Target::Key => (s.key, s.key),
            Target::Setting => (s.key, s.value.1),
            Target::Id => s.value,
        },
        Some((s, false)) => (s.key, s.key),
        None => stack_spans(lx, node).map_or((Span::call_site(), Span::call_site()), |s| s.value),
    }
}

/// The declared name closest to `name`, while the budget of suggestions lasts.
fn suggest<'a>(name: &str, lx: &'a Lx, suggestions: &mut usize) -> Option<&'a str> {
    *suggestions = suggestions.checked_sub(1)?;
    cognito_runtime::__internal::did_you_mean(name, lx.names.iter().map(String::as_str))
}
