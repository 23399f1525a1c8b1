//! Generation of the user pool and the items of the seed: pools, triggers, functions,
//! roles, outputs, parameters.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Lift, lift_enum, lift_struct};

lift_enum!(StandardAttributeName, UserPoolOperation, TimeUnit);

lift_struct! {
    Duration { amount, unit }
    SignInUrl { client, redirect_uri, sign_in_path, fips }
}

impl Lift for CustomAttribute {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        // The props sit at the attribute's own path (`custom_attributes.tenant.min_len`).
        let (variant, props) = match self {
            CustomAttribute::String(p) => (quote!(String), p.lift(g)),
            CustomAttribute::Number(p) => (quote!(Number), p.lift(g)),
            CustomAttribute::Boolean(p) => (quote!(Boolean), p.lift(g)),
            CustomAttribute::DateTime(p) => (quote!(DateTime), p.lift(g)),
        };
        quote!(__cognito::CustomAttribute::#variant(#props))
    }
}

impl Lift for UserPoolEmail {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            UserPoolEmail::WithCognito { reply_to } => {
                let r = g.field("reply_to", reply_to).unwrap_or_else(|| quote!(__cognito::None));
                quote!(__cognito::UserPoolEmail::WithCognito { reply_to: #r })
            }
            UserPoolEmail::WithSes(ses) => {
                let ses = ses.lift(g);
                quote!(__cognito::UserPoolEmail::WithSes(#ses))
            }
        }
    }
}

impl Lift for Code {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Code::Inline(source) => quote!(__cognito::Code::Inline(__cognito::string(#source))),
            Code::Asset(path) => {
                let watched = super::asset::watched(path);
                let path = path.to_string_lossy();
                quote!(__cognito::Code::Asset({ #watched __cognito::Into::into(#path) }))
            }
            Code::FromBucket { bucket, key } => {
                let (bucket, key) = (g.element("bucket", bucket), g.element("key", key));
                quote!(__cognito::Code::FromBucket { bucket: #bucket, key: #key })
            }
        }
    }
}

impl Lift for Principal {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Principal::Service(s) => {
                quote!(__cognito::Principal::Service(__cognito::string(#s)))
            }
            Principal::Federated { federated, conditions, assume_role_action } => {
                let conditions = g.element("conditions", conditions);
                quote!(__cognito::Principal::Federated {
                    federated: __cognito::string(#federated),
                    conditions: #conditions,
                    assume_role_action: __cognito::string(#assume_role_action),
                })
            }
        }
    }
}

impl Lift for ImportedUserPool {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            ImportedUserPool::FromId(v) => {
                let v = g.element("from_user_pool_id", v);
                quote!(__cognito::ImportedUserPool::FromId(#v))
            }
            ImportedUserPool::FromArn(v) => {
                let v = g.element("from_user_pool_arn", v);
                quote!(__cognito::ImportedUserPool::FromArn(#v))
            }
        }
    }
}
