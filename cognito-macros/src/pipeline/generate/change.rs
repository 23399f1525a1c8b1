//! What a stack accepts against its baseline, and the feature flags it is built under, as
//! calls on the stack the expansion builds (so that `check_update` at run time, and the
//! command line's `--baseline`, judge as the build did).

use cognito_runtime::{FeatureFlags, Stack};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::node_var;

/// The calls, on the stack in variable `s`, after every item is added.
pub fn settings(stack: &Stack, s: &Ident) -> TokenStream {
    let mut out = TokenStream::new();
    let flags = stack.feature_flags();
    if flags != FeatureFlags::default() {
        let flags = lift_flags(flags);
        out.extend(quote!(#s.set_feature_flags(#flags);));
    }
    for node in &stack.accepted().items {
        let var = node_var(*node);
        out.extend(quote!(#s.accept_replacement(#var);));
    }
    for id in &stack.accepted().removals {
        out.extend(quote!(#s.accept_removal(#id);));
    }
    out
}

/// `FeatureFlags::recommended()`, or the flags field by field.
fn lift_flags(flags: FeatureFlags) -> TokenStream {
    if flags == FeatureFlags::recommended() {
        return quote!(__cognito::FeatureFlags::recommended());
    }
    let FeatureFlags { lambda_log_groups, partition_literals, minimize_policies } = flags;
    quote!(__cognito::FeatureFlags { lambda_log_groups: #lambda_log_groups, partition_literals: #partition_literals, minimize_policies: #minimize_policies })
}
