//! Generation of app clients (created and imported) and resource servers.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Elem, Gen, Lift, lift_struct};

lift_struct! {
    UserPoolClient {
        user_pool, user_pool_client_name, generate_secret, auth_flows, disable_o_auth, o_auth,
        auth_session_validity, prevent_user_existence_errors, supported_identity_providers,
        id_token_validity, access_token_validity, refresh_token_validity, read_attributes,
        write_attributes, enable_token_revocation, enable_propagate_additional_user_context_data,
        analytics, refresh_token_rotation_grace_period,
    }
    AuthFlow { admin_user_password, custom, user_password, user_srp, user }
    OAuthSettings { flows, callback_urls, logout_urls, scopes, default_redirect_uri }
    OAuthFlows { authorization_code_grant, implicit_code_grant, client_credentials }
    ClientAttributes { standard_attributes, custom_attributes }
    AnalyticsConfiguration { application, application_id, external_id, role, share_user_data }
    UserPoolResourceServer { user_pool, identifier, user_pool_resource_server_name, scopes }
}

impl Elem for OAuthScope {}
impl Elem for UserPoolClientIdentityProvider {}

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
    fn lift(&self, _: &mut Gen) -> TokenStream {
        match self {
            UserPoolClientIdentityProvider::Custom(name) => {
                quote!(__cognito::UserPoolClientIdentityProvider::Custom(__cognito::string(#name)))
            }
            unit => {
                let variant = proc_macro2::Ident::new(&format!("{unit:?}"), proc_macro2::Span::call_site());
                quote!(__cognito::UserPoolClientIdentityProvider::#variant)
            }
        }
    }
}

/// A scope sits at `scopes.<name>`, where an `(EXPR)` can only be its description.
impl Elem for ResourceServerScope {
    fn segment(&self, _: usize) -> String {
        self.scope_name.clone()
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
