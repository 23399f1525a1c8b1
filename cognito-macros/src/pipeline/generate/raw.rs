//! Generation of the escape hatches: the values of `cfn_resource` and `overrides`, and the
//! builder calls that set an item's overrides.

use cognito_runtime::{Node, Raw};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::{Gen, Lift};

impl Lift for Raw {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Raw::Null => quote!(__cognito::Raw::Null),
            Raw::Bool(b) => quote!(__cognito::Raw::Bool(#b)),
            Raw::Num(n) => {
                let lit = Literal::f64_suffixed(n.abs());
                if *n < 0.0 { quote!(__cognito::Raw::Num(-#lit)) } else { quote!(__cognito::Raw::Num(#lit)) }
            }
            Raw::Value(v) => {
                let v = v.lift(g);
                quote!(__cognito::Raw::Value(#v))
            }
            Raw::List(items) => {
                let items = items.lift(g);
                quote!(__cognito::Raw::List(#items))
            }
            Raw::Object(entries) => {
                let entries = entries.lift(g);
                quote!(__cognito::Raw::Object(#entries))
            }
        }
    }

    /// An `(EXPR)` becomes a `Raw` by its `From` (a string, a number, a `Value`, a `Json`).
    fn wrap_expr(expr: TokenStream) -> TokenStream {
        quote!({ let raw: __cognito::Raw = #expr; raw })
    }
}

/// The builder calls of the overrides of `node` (the node at `index`, whose variable is
/// `var`), in order: `add_override`, or `add_deletion_override` for `delete`.
pub(super) fn overrides(node: &Node, g: &mut Gen, stack: &Ident, var: &Ident) -> TokenStream {
    let mut out = TokenStream::new();
    for o in &node.overrides {
        let path = &o.path;
        match &o.value {
            Some(value) => {
                let value = g.element(&format!("overrides.{path}"), value);
                out.extend(quote!(#stack.add_override(#var, #path, #value);));
            }
            None => out.extend(quote!(#stack.add_deletion_override(#var, #path);)),
        }
    }
    out
}
