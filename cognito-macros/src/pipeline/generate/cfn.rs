//! Generation of the values of the items the CDK has only as `Cfn*` classes.

use cognito_runtime::{ClientRef, Document, Json, UserAttributes, Word};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{Gen, Lift};

impl Lift for Word {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let v = self.0.lift(g);
        quote!(__cognito::Word(#v))
    }
}

impl Lift for ClientRef {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let r = self.0.lift(g);
        quote!(__cognito::ClientRef(#r))
    }
}

impl Lift for UserAttributes {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let entries = self.0.lift(g);
        quote!(__cognito::UserAttributes(#entries))
    }
}

impl Lift for Document {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        let json = json(&self.0);
        quote!(__cognito::Document(#json))
    }
}

/// A JSON tree as an expression; its depth is the block's, which the parser bounds.
fn json(j: &Json) -> TokenStream {
    match j {
        Json::Null => quote!(__cognito::Json::Null),
        Json::Bool(b) => quote!(__cognito::Json::Bool(#b)),
        Json::Num(n) => {
            let lit = Literal::f64_suffixed(n.abs());
            if *n < 0.0 { quote!(__cognito::Json::Num(-#lit)) } else { quote!(__cognito::Json::Num(#lit)) }
        }
        Json::Str(s) => {
            let s: &str = s;
            quote!(__cognito::Json::from(__cognito::string(#s)))
        }
        Json::Arr(items) => {
            let items = items.iter().map(json);
            quote!(__cognito::Json::Arr(__cognito::vec![#(#items),*]))
        }
        Json::Obj(o) => {
            let entries = o.0.iter().map(|(k, v)| {
                let k: &str = k;
                let v = json(v);
                quote!((__cognito::Into::into(__cognito::string(#k)), #v))
            });
            quote!(__cognito::Json::Obj(__cognito::Obj(__cognito::vec![#(#entries),*])))
        }
    }
}
