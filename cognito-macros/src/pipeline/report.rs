//! Violations of the runtime's rules, placed under the tokens at fault.

use cognito_runtime::{Target, Violation};
use proc_macro2::Span;

use super::lower::{Lx, Spans, spanned_error};

/// True when `a` and `b` are the same field path or one contains the other.
fn overlaps(a: &str, b: &str) -> bool {
    a == b
        || (!b.is_empty() && a.starts_with(b) && a[b.len()..].starts_with('.'))
        || (!a.is_empty() && b.starts_with(a) && b[a.len()..].starts_with('.'))
}

/// Whether a violation should reach the user: not when it reads an `(EXPR)` value (checked at
/// run time by `Stack::synth`) or a setting that already has an error.
pub fn keep(v: &Violation, lx: &Lx, had_syntax_errors: bool) -> bool {
    if had_syntax_errors && v.rule == "reference.unknown" {
        return false;
    }
    let unknown = |node: usize, p: &str| {
        lx.deferred.keys().any(|(n, d)| *n == node && overlaps(p, d))
            || lx.poisoned.iter().any(|(n, d)| *n == node && overlaps(p, d))
    };
    if v.reads.iter().any(|(n, p)| unknown(n.index(), p)) {
        return false;
    }
    let Some(node) = v.node.map(|n| n.index()) else { return true };
    !v.paths().any(|p| unknown(node, p))
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

/// The errors to report for `violations`.
pub fn report(violations: &[Violation], lx: &Lx, had_syntax_errors: bool) -> Vec<syn::Error> {
    violations.iter().filter(|v| keep(v, lx, had_syntax_errors)).map(|v| error(v, lx)).collect()
}

fn error(v: &Violation, lx: &Lx) -> syn::Error {
    let node = v.node.map(|n| n.index());
    let (first, last) = match lookup(lx, node, &v.path) {
        Some((s, true)) => match v.target {
            Target::Value => s.value,
            Target::Key => (s.key, s.key),
            Target::Setting => (s.key, s.value.1),
            Target::Id => s.value,
        },
        Some((s, false)) => (s.key, s.key),
        None => (Span::call_site(), Span::call_site()),
    };
    let mut message = v.message.clone();
    if v.rule == "reference.unknown"
        && let Some(name) = v.value.as_deref()
        && let Some(s) = cognito_runtime::__internal::did_you_mean(name, lx.names.iter().map(String::as_str))
    {
        message.push_str(&format!(" (did you mean `{s}`?)"));
    }
    spanned_error(first, last, message)
}
