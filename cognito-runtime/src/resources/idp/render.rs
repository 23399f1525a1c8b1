//! Identity providers → `AWS::Cognito::UserPoolIdentityProvider`, as the CDK renders each:
//! `ProviderDetails` keeps the CDK's key order, `AttributeMapping` the order written.

use super::*;
use crate::context::facts::{Facts, ProviderFacts};
use crate::context::pool::{pool_node, pool_of, user_pool_id};
use crate::context::synth::Synth;
use crate::core::cfn::reference;
use crate::core::ids;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::Attr;

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
fn full_path(facts: &dyn Facts, node: NodeId) -> Vec<&str> {
    let mut path = vec![facts.stack_name()];
    path.extend(facts.path(node));
    path
}

impl UserPoolIdentityProvider {
    /// `ProviderName`: fixed for the social providers; for OIDC and SAML, `name` or the CDK's
    /// generated name.
    pub(crate) fn provider_name(&self, facts: &dyn Facts, node: NodeId) -> ProviderName<'_> {
        let fixed = |s: &str| ProviderName::Literal(s.to_owned());
        match self {
            UserPoolIdentityProvider::Google(_) => fixed("Google"),
            UserPoolIdentityProvider::Facebook(_) => fixed("Facebook"),
            UserPoolIdentityProvider::Amazon(_) => fixed("LoginWithAmazon"),
            UserPoolIdentityProvider::Apple(_) => fixed("SignInWithApple"),
            UserPoolIdentityProvider::Oidc(p) => match written_name(p.name.as_ref()) {
                Some(v) => v.literal().map_or(ProviderName::Value(v), fixed),
                None => {
                    // `Names.uniqueId(this)`, made 3 to 32 characters long.
                    let u = ids::unique_id(&full_path(facts, node));
                    ProviderName::Literal(if u.len() < 3 {
                        u + "oidc"
                    } else if u.len() > 32 {
                        format!("{}{}", &u[..16], &u[u.len() - 16..])
                    } else {
                        u
                    })
                }
            },
            UserPoolIdentityProvider::Saml(p) => match written_name(p.name.as_ref()) {
                Some(v) => v.literal().map_or(ProviderName::Value(v), fixed),
                None => {
                    // `Names.uniqueResourceName(this, { maxLength: 32 })`, at least 3 long.
                    let u = ids::unique_resource_name(&full_path(facts, node), 32);
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
            UserPoolIdentityProvider::Oidc(p) => p.identifiers.as_ref(),
            UserPoolIdentityProvider::Saml(p) => p.identifiers.as_ref(),
            _ => None,
        };
        props.insert_opt("IdpIdentifiers", identifiers.map(|ids| Json::strs(ids.iter().cloned())));
        props.insert("ProviderDetails", self.provider_details(cx));
        let name = match self.provider_name(cx.facts, node) {
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
            UserPoolIdentityProvider::Google(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert_opt(
                    "client_secret",
                    p.client_secret_value.as_ref().or(p.client_secret.as_ref()).map(|v| cx.value(v)),
                );
                d.insert("authorize_scopes", scopes(&p.scopes, "profile", " "));
            }
            UserPoolIdentityProvider::Facebook(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("client_secret", cx.value(&p.client_secret));
                d.insert("authorize_scopes", scopes(&p.scopes, "public_profile", ","));
                d.insert_opt("api_version", p.api_version.as_ref().map(|v| cx.value(v)));
            }
            UserPoolIdentityProvider::Amazon(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("client_secret", cx.value(&p.client_secret));
                d.insert("authorize_scopes", scopes(&p.scopes, "profile", " "));
            }
            UserPoolIdentityProvider::Apple(p) => {
                d.insert("client_id", cx.value(&p.client_id));
                d.insert("team_id", cx.value(&p.team_id));
                d.insert("key_id", cx.value(&p.key_id));
                d.insert_opt(
                    "private_key",
                    p.private_key_value.as_ref().or(p.private_key.as_ref()).map(|v| cx.value(v)),
                );
                d.insert("authorize_scopes", scopes(&p.scopes, "name", " "));
            }
            UserPoolIdentityProvider::Oidc(p) => {
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
            UserPoolIdentityProvider::Saml(p) => {
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
pub(crate) fn registered(p: &UserPoolIdentityProvider, cx: &Synth, node: NodeId) -> Option<(NodeId, Json)> {
    let pool = pool_node(cx, node, p.user_pool())?;
    Some((pool, reference(&cx.logical_id(node, &["Resource"]))))
}

/// The provider name of the provider at `node`, when it is known before deployment.
pub(crate) fn provider_name_literal(facts: &dyn Facts, node: NodeId) -> Option<String> {
    match facts.props::<UserPoolIdentityProvider>(node)?.provider_name(facts, node) {
        ProviderName::Literal(s) => Some(s),
        ProviderName::Value(_) => None,
    }
}

/// What an app client and the other providers know of the provider at `node`.
pub(crate) fn provider_facts(p: &UserPoolIdentityProvider, facts: &dyn Facts, node: NodeId) -> ProviderFacts {
    ProviderFacts { user_pool: pool_of(facts, node, p.user_pool()), name: provider_name_literal(facts, node) }
}
