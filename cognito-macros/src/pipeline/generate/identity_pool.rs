//! Generation of identity pools, created and imported.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Elem, Gen, Lift, lift_enum, lift_struct};

lift_enum!(RoleMappingMatchType);

lift_struct! {
    IdentityPool {
        identity_pool_name, allow_unauthenticated_identities, allow_classic_flow,
        authenticated_role, unauthenticated_role, role_mappings, authentication_providers,
    }
    IdentityPoolAuthenticationProviders {
        amazon, facebook, google, apple, twitter, custom_provider, open_id_connect_providers,
        saml_providers, user_pools,
    }
    IdentityPoolAmazonLoginProvider { app_id }
    IdentityPoolFacebookLoginProvider { app_id }
    IdentityPoolGoogleLoginProvider { client_id }
    IdentityPoolAppleLoginProvider { services_id }
    IdentityPoolTwitterLoginProvider { consumer_key, consumer_secret }
    UserPoolAuthenticationProvider { user_pool, user_pool_client, disable_server_side_token_check }
    IdentityPoolRoleMapping { provider_url, mapping_key, use_token, resolve_ambiguous_roles, rules }
    RoleMappingRule { claim, claim_value, mapped_role, match_type }
}

impl Elem for UserPoolAuthenticationProvider {}
impl Elem for IdentityPoolRoleMapping {}
impl Elem for RoleMappingRule {}

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
