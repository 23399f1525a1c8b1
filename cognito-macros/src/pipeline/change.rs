//! A stack with a `baseline`: the rules, then the comparison with the template deployed now.
//! Each refused change becomes a violation under the token at fault, and the expansion
//! depends on the baseline's file, so that editing it runs the comparison again.

use cognito_runtime::change::ChangeReport;
use cognito_runtime::{Error, Stack, Target, Violation};
use proc_macro2::TokenStream;
use quote::quote;

use super::lower::Lx;
use super::lower::change::BaselineFile;

/// The changes of `stack` against `baseline`, once its rules hold (the caller checks them
/// first, as `App::check` does): the refused ones as errors, those of resources without
/// state as warnings; none when the file could not be read (that is reported already).
/// `rendered` is the comparison of the template the app's check rendered (exports to other
/// stacks included); without it (a rule broken by a placeholder of a run-time value stopped
/// that render), the stack is rendered again alone.
pub fn compare(
    stack: &Stack,
    baseline: &BaselineFile,
    lx: &Lx,
    rendered: Option<Result<ChangeReport, Error>>,
) -> Vec<Violation> {
    let Some(text) = &baseline.text else { return Vec::new() };
    // A rule broken by a placeholder of a run-time value was set aside (`report::report`);
    // the template is complete past those, so the comparison stands.
    let report = rendered.or_else(|| stack.check_and_compare(text).1);
    let found = match report {
        Some(Ok(report)) => {
            let mut found = report.violations();
            found.extend(report.warnings());
            found.into_iter().filter(|v| known(v, lx)).collect()
        }
        Some(Err(e)) => e.violations,
        None => Vec::new(),
    };
    found.into_iter().map(|v| placed(v, lx)).collect()
}

/// Whether the build can judge a change. A value known only at run time (`(EXPR)`) can add
/// or take away resources (a list of providers given at run time adds their app clients):
/// in a block that has one, what the stack no longer has (a resource, an export) is left to
/// the comparison at run time (`Stack::check_update`, `--baseline`). A change of an item's
/// setting written as `(EXPR)` is left to it too (`report::report` drops it).
fn known(v: &Violation, lx: &Lx) -> bool {
    v.node.is_some() || lx.deferred.is_empty()
}

/// Where a finding goes: a change of no item (a resource that is gone, an output's export,
/// the baseline's own error) under `baseline`; a schema attribute under the key the item
/// declared it with (the seed's `required_attributes`, or `standard_attributes`).
fn placed(mut v: Violation, lx: &Lx) -> Violation {
    match v.node {
        None if v.rule.starts_with("change.") => {
            v.path = "baseline".into();
            v.target = Target::Value;
        }
        Some(node) => {
            let written = |path: &str| lx.spans.contains_key(&(Some(node.index()), path.to_owned()));
            if let Some(key) = v.path.strip_prefix("standard_attributes.")
                && written("required_attributes")
                && !written(&v.path)
            {
                let seed = format!("required_attributes.{key}");
                v.message = v.message.replace(&format!("`{}`", v.path), &format!("`{seed}`"));
                v.path = seed;
            }
        }
        None => {}
    }
    v
}

/// `expansion`, made to depend on the baselines' files: the compiler reads them again (and the
/// crate is rebuilt) when one changes.
pub fn tracked(expansion: TokenStream, baselines: &[Option<BaselineFile>]) -> TokenStream {
    let paths: Vec<&str> =
        baselines.iter().flatten().filter(|b| b.text.is_some()).filter_map(|b| b.path.to_str()).collect();
    if paths.is_empty() {
        return expansion;
    }
    quote! {{
        #(const _: &[u8] = ::core::include_bytes!(#paths);)*
        #expansion
    }}
}
