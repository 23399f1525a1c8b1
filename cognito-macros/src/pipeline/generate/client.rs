//! Generation of app clients (created and imported) and resource servers.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Lift};

impl Lift for OAuthScope {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            OAuthScope::Custom(name) => {
                quote!(__cognito::OAuthScope::Custom(__cognito::string(#name)))
            }
            OAuthScope::ResourceServer { server, scope } => {
                let server = server.lift(g);
                quote!(__cognito::OAuthScope::ResourceServer {
                    server: #server,
                    scope: __cognito::string(#scope),
                })
            }
            unit => {
                let variant = proc_macro2::Ident::new(&format!("{unit:?}"), proc_macro2::Span::call_site());
                quote!(__cognito::OAuthScope::#variant)
            }
        }
    }
}

impl Lift for UserPoolClientIdentityProvider {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            UserPoolClientIdentityProvider::Custom(name) => {
                let name = name.lift(g);
                quote!(__cognito::UserPoolClientIdentityProvider::Custom(#name))
            }
            unit => {
                let variant = proc_macro2::Ident::new(&format!("{unit:?}"), proc_macro2::Span::call_site());
                quote!(__cognito::UserPoolClientIdentityProvider::#variant)
            }
        }
    }
}

impl Lift for ResourceServerScope {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        self.lift_at(g)
    }
    fn lift_at(&self, g: &mut Gen) -> TokenStream {
        let name = &self.scope_name;
        let description = match g.deferred_here() {
            Some(expr) => quote!(__cognito::Into::into(#expr)),
            None => {
                let d = &self.scope_description;
                quote!(__cognito::string(#d))
            }
        };
        quote!(__cognito::ResourceServerScope {
            scope_name: __cognito::string(#name),
            scope_description: #description,
        })
    }
}
