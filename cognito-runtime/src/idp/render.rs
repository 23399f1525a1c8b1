//! Identity providers → `AWS::Cognito::UserPoolIdentityProvider`, as the CDK renders each:
//! `ProviderDetails` keeps the CDK's key order, `AttributeMapping` the order written.

use super::*;
use crate::ids;
use crate::items::Item;
use crate::json::{Json, Obj};
use crate::pool_child::{pool_node, user_pool_id};
use crate::stack::{Index, NodeId, Stack, Synth, reference};
use crate::value::Attr;
use std::collections::HashMap;

/// A provider's name: known when the stack is built (fixed, written or generated), or a
/// value resolved at deploy time.
pub(crate) enum ProviderName<'a> {
    Literal(String),
    Value(&'a Value),
}

/// The name written for an OIDC or SAML provider, unless it is empty (the CDK then
/// generates one).
fn written_name(name: Option<&Value>) -> Option<&Value> {
    name.filter(|v| v.literal() != Some(""))
}

/// The construct path from the stack's name down, as `Names.uniqueId` and
/// `Names.uniqueResourceName` see it.
fn full_path(stack: &Stack, node: NodeId) -> Vec<&str> {
    let mut path = vec![stack.name()];
    path.extend(stack.path(node));
    path
}

impl IdentityProvider {
    /// `ProviderName`: fixed for the social providers; for OIDC and SAML, `name` or the CDK's
    /// generated name.
    pub(crate) fn provider_name(&self, stack: &Stack, node: NodeId) -> ProviderName<'_> {
        let fixed = |s: &str| ProviderName::Literal(s.to_owned());
        match self {
            IdentityProvider::Google(_) => fixed("Google"),
            IdentityProvider::Facebook(_) => fixed("Facebook"),
            IdentityProvider::Amazon(_) => fixed("LoginWithAmazon"),
            IdentityProvider::Apple(_) => fixed("SignInWithApple"),
            IdentityProvider::Oidc(p) => match written_name(p.name.as_ref()) {
                Some(v) => v.literal().map_or(ProviderName::Value(v), fixed),
                None => {
                    // `Names.uniqueId(this)`, made 3 to 32 characters long.
                    let u = ids::unique_id(&full_path(stack, node));
                    ProviderName::Literal(if u.len() < 3 {
                        u + "oidc"
                    } else if u.len() > 32 {
                        format!("{}{}", &u[..16], &u[u.len() - 16..])
                    } else {
                        u
                    })
                }
            },
            IdentityProvider::Saml(p) => match written_name(p.name.as_ref()) {
                Some(v) => v.literal().map_or(ProviderName::Value(v), fixed),
                None => {
                    // `Names.uniqueResourceName(this, { maxLength: 32 })`, at least 3 long.
                    let u = ids::unique_resource_name(&full_path(stack, node), 32);
                    ProviderName::Literal(if u.len() < 3 { u + "saml" } else { u })
                }
            },
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(pool) = pool_node(cx, node, self.user_pool()) else { return };
        let mut props = Obj::new();
        props.insert_opt("AttributeMapping", self.attribute_mapping().and_then(attribute_mapping));
        let identifiers = match self {
            IdentityProvider::Oidc(p) => p.identifiers.as_ref(),
            IdentityProvider::Saml(p) => p.identifiers.as_ref(),
            _ => None,
        };
        props.insert_opt("IdpIdentifiers", identifiers.map(|ids| Json::strs(ids.iter().cloned())));
        props.insert("ProviderDetails", self.provider_details(cx));
        let name = match self.provider_name(cx.stack, node) {
            ProviderName::Literal(s) => Json::from(s),
            ProviderName::Value(v) => cx.value(v),
        };
        props.insert("ProviderName", name);
        props.insert("ProviderType", self.provider_type());
        props.insert("UserPoolId", user_pool_id(cx, pool));
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPoolIdentityProvider");
        resource.insert("Properties", props.sorted());
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(resource));
    }

    /// `ProviderDetails`, keys in the CDK's order.
    fn provider_details(&self, cx: &Synth) -> Obj {
        let mut d = Obj::new();
        let scopes = |scopes: &Option<Vec<String>>, default: &str, separator: &str| match scopes {
            Some(s) => s.join(separator),
            None => default.to_owned(),
        };
        match self {
            IdentityProvider::Google(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert_opt(
                    "client_secret",
                    p.client_secret_value.as_ref().or(p.client_secret.as_ref()).map(|v| cx.value(v)),
                );
                d.insert("authorize_scopes", scopes(&p.scopes, "profile", " "));
            }
            IdentityProvider::Facebook(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("client_secret", cx.value(&p.client_secret));
                d.insert("authorize_scopes", scopes(&p.scopes, "public_profile", ","));
                d.insert_opt("api_version", p.api_version.as_ref().map(|v| cx.value(v)));
            }
            IdentityProvider::Amazon(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("client_secret", cx.value(&p.client_secret));
                d.insert("authorize_scopes", scopes(&p.scopes, "profile", " "));
            }
            IdentityProvider::Apple(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("team_id", cx.value(&p.team_id));
                d.insert("key_id", cx.value(&p.key_id));
                d.insert_opt(
                    "private_key",
                    p.private_key_value.as_ref().or(p.private_key.as_ref()).map(|v| cx.value(v)),
                );
                d.insert("authorize_scopes", scopes(&p.scopes, "name", " "));
            }
            IdentityProvider::Oidc(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("client_secret", cx.value(&p.client_secret));
                d.insert("authorize_scopes", scopes(&p.scopes, "openid", " "));
                let method = match p.attribute_request_method.unwrap_or_default() {
                    OidcAttributeRequestMethod::Get => "GET",
                    OidcAttributeRequestMethod::Post => "POST",
                };
                d.insert("attributes_request_method", method);
                d.insert("oidc_issuer", cx.value(&p.issuer_url));
                if let Some(e) = &p.endpoints {
                    d.insert("authorize_url", cx.value(&e.authorization));
                    d.insert("token_url", cx.value(&e.token));
                    d.insert("attributes_url", cx.value(&e.user_info));
                    d.insert("jwks_uri", cx.value(&e.jwks_uri));
                }
            }
            IdentityProvider::Saml(p) => {
                d.insert("IDPSignout", p.idp_signout.unwrap_or(false));
                match &p.metadata {
                    SamlMetadata::Url(v) => d.insert("MetadataURL", cx.value(v)),
                    SamlMetadata::File(v) => d.insert("MetadataFile", cx.value(v)),
                }
                d.insert_opt("EncryptedResponses", p.encrypted_responses);
                d.insert_opt(
                    "RequestSigningAlgorithm",
                    p.request_signing_algorithm.map(|SigningAlgorithm::RsaSha256| "rsa-sha256"),
                );
                d.insert_opt("IDPInit", p.idp_initiated);
            }
        }
        d
    }
}

/// `AttributeMapping`: the standard attributes as written, then the custom ones; absent when
/// empty.
fn attribute_mapping(m: &AttributeMapping) -> Option<Obj> {
    let mut o = Obj::new();
    for (name, attr) in &m.standard {
        o.insert(name.cognito_name(), attr.attribute_name().to_owned());
    }
    for (name, attr) in m.custom.iter().flatten() {
        o.insert(name.clone(), attr.attribute_name().to_owned());
    }
    (!o.is_empty()).then_some(o)
}

/// The attributes a provider exposes.
pub(crate) fn idp_attr(cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
    match attr {
        Attr::ProviderName => Some(reference(&cx.logical_id(node, &["Resource"]))),
        _ => None,
    }
}

/// The pool a provider registers on (the CDK's `userPool.registerIdentityProvider(this)`),
/// and its `providerName` as an app client lists it by default: `{"Ref": provider}`.
pub(crate) fn registered(p: &IdentityProvider, cx: &Synth, node: NodeId) -> Option<(NodeId, Json)> {
    let pool = pool_node(cx, node, p.user_pool())?;
    Some((pool, reference(&cx.logical_id(node, &["Resource"]))))
}

/// Pool → literal provider name → the first provider of that name.
pub(crate) type ProviderNames = HashMap<NodeId, HashMap<String, NodeId>>;

/// The providers of each pool by literal name, the first of each name (in one pass).
pub(crate) fn provider_names(stack: &Stack, index: &Index) -> ProviderNames {
    let mut out = ProviderNames::new();
    for &node in index.providers() {
        let Some(Item::IdentityProvider(p)) = stack.node(node).map(|n| &n.item) else { continue };
        let pool = p.user_pool().and_then(|r| index.resolve(stack, r));
        if let (Some(pool), Some(name)) = (pool, provider_name_literal(stack, node)) {
            out.entry(pool).or_default().entry(name).or_insert(node);
        }
    }
    out
}

/// The provider name of the provider at `node`, when it is known before deployment.
pub(crate) fn provider_name_literal(stack: &Stack, node: NodeId) -> Option<String> {
    match &stack.node(node)?.item {
        Item::IdentityProvider(p) => match p.provider_name(stack, node) {
            ProviderName::Literal(s) => Some(s),
            ProviderName::Value(_) => None,
        },
        _ => None,
    }
}
