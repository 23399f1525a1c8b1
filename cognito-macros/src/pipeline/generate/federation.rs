//! Generation of domains, groups and identity providers.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Lift};

impl Lift for UserPoolIdentityProvider {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let (variant, inner) = match self {
            UserPoolIdentityProvider::Google(p) => (quote!(Google), p.lift(g)),
            UserPoolIdentityProvider::Facebook(p) => (quote!(Facebook), p.lift(g)),
            UserPoolIdentityProvider::Amazon(p) => (quote!(Amazon), p.lift(g)),
            UserPoolIdentityProvider::Apple(p) => (quote!(Apple), p.lift(g)),
            UserPoolIdentityProvider::Oidc(p) => (quote!(Oidc), p.lift(g)),
            UserPoolIdentityProvider::Saml(p) => (quote!(Saml), p.lift(g)),
        };
        quote!(__cognito::UserPoolIdentityProvider::#variant(#inner))
    }
}

/// The standard entries sit at `attribute_mapping.KEY`, the custom ones at
/// `attribute_mapping.custom.NAME`, as lowering recorded them.
impl Lift for AttributeMapping {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let standard: Vec<TokenStream> = self.standard.iter().map(|e| g.element(e.0.key(), e)).collect();
        let custom = g.element("custom", &self.custom);
        quote!(__cognito::AttributeMapping { standard: __cognito::vec![#(#standard),*], custom: #custom })
    }
}

impl Lift for ProviderAttribute {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        let name = self.attribute_name();
        quote!(__cognito::ProviderAttribute::other(#name))
    }
}

impl Lift for SamlMetadata {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            SamlMetadata::Url(v) => {
                let v = g.element("url", v);
                quote!(__cognito::SamlMetadata::Url(#v))
            }
            SamlMetadata::File(v) => {
                let v = g.element("file", v);
                quote!(__cognito::SamlMetadata::File(#v))
            }
        }
    }
}

impl Lift for ConditionValue {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            ConditionValue::One(v) => {
                let v = v.lift(g);
                quote!(__cognito::ConditionValue::One(#v))
            }
            ConditionValue::List(vs) => {
                let vs = vs.lift(g);
                quote!(__cognito::ConditionValue::List(#vs))
            }
        }
    }
}
