//! Generation of identity pools, created and imported.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Lift};

impl Lift for IdentityPoolProviderUrl {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let url = |v: &Value, g: &mut Gen| v.lift(g);
        match self {
            IdentityPoolProviderUrl::OpenId(v) => {
                let v = url(v, g);
                quote!(__cognito::IdentityPoolProviderUrl::OpenId(#v))
            }
            IdentityPoolProviderUrl::Saml(v) => {
                let v = url(v, g);
                quote!(__cognito::IdentityPoolProviderUrl::Saml(#v))
            }
            IdentityPoolProviderUrl::Custom(v) => {
                let v = url(v, g);
                quote!(__cognito::IdentityPoolProviderUrl::Custom(#v))
            }
            IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } => {
                let user_pool = user_pool.lift(g);
                let user_pool_client = user_pool_client.lift(g);
                quote!(__cognito::IdentityPoolProviderUrl::UserPool {
                    user_pool: #user_pool,
                    user_pool_client: #user_pool_client,
                })
            }
            unit => {
                let variant = proc_macro2::Ident::new(&format!("{unit:?}"), proc_macro2::Span::call_site());
                quote!(__cognito::IdentityPoolProviderUrl::#variant)
            }
        }
    }
}

impl Lift for ImportedIdentityPool {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            ImportedIdentityPool::FromId(v) => {
                let v = g.element("from_identity_pool_id", v);
                quote!(__cognito::ImportedIdentityPool::FromId(#v))
            }
            ImportedIdentityPool::FromArn(v) => {
                let v = g.element("from_identity_pool_arn", v);
                quote!(__cognito::ImportedIdentityPool::FromArn(#v))
            }
        }
    }
}
