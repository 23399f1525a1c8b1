//! The best-practice settings back into Rust: the packs the stack enables and every
//! acknowledgement, on the stack or on an item (whose variable is in scope by then).

use std::collections::HashMap;

use cognito_runtime::__internal::table::Members;
use cognito_runtime::Stack;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::node_var;

/// The calls that give the stack `s` its checks and acknowledgements.
pub(super) fn checks(
    stack: &Stack,
    deferred: &HashMap<(usize, String), TokenStream>,
    s: &Ident,
) -> TokenStream {
    let mut out = TokenStream::new();
    for pack in stack.enabled_checks() {
        let pack = Ident::new(pack.variant(), Span::call_site());
        out.extend(quote!(#s.enable_checks(__cognito::Pack::#pack);));
    }
    for ack in stack.acknowledgements() {
        let (rule, reason) = (&ack.rule, &ack.reason);
        let (scope, reason) = match ack.scope {
            Some(node) => {
                let var = node_var(node);
                let reason = match deferred.get(&(node.index(), format!("acknowledge.{rule}"))) {
                    Some(expr) => quote!(#expr),
                    None => quote!(#reason),
                };
                (quote!(__cognito::Some(#var)), reason)
            }
            None => (quote!(__cognito::None), quote!(#reason)),
        };
        out.extend(quote!(#s.acknowledge(#scope, #rule, #reason);));
    }
    out
}
