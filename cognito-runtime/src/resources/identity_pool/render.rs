//! `IdentityPool` → `AWS::Cognito::IdentityPool`, its default roles and its
//! `AWS::Cognito::IdentityPoolRoleAttachment`, exactly as the CDK's `IdentityPool`
//! constructor renders them.

use super::*;
use crate::context::facts::Facts;
use crate::context::pool::user_pool_id;
use crate::context::synth::Synth;
use crate::core::arn::{resource_name, split_arn};
use crate::core::cfn::policy_document;
use crate::core::cfn::select_pool_id;
use crate::core::cfn::{concat, get_att, reference};
use crate::core::json::{Json, Obj};
use crate::core::value::Attr;

/// The principal of identity pool roles.
const FEDERATED: &str = "cognito-identity.amazonaws.com";

impl IdentityPool {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let pool_id = cx.logical_id(node, &["Resource"]);
        let providers = self.authentication_providers.clone().unwrap_or_default();
        let mut props = Obj::new();
        props.insert_opt("AllowClassicFlow", self.allow_classic_flow);
        props
            .insert("AllowUnauthenticatedIdentities", self.allow_unauthenticated_identities.unwrap_or(false));
        props.insert("CognitoIdentityProviders", Json::Arr(cognito_identity_providers(cx, node, self)));
        props.insert_opt("DeveloperProviderName", providers.custom_provider.as_ref().map(|v| cx.value(v)));
        props.insert_opt("IdentityPoolName", self.identity_pool_name.as_ref().map(|v| cx.value(v)));
        props.insert_opt(
            "OpenIdConnectProviderARNs",
            providers
                .open_id_connect_providers
                .as_ref()
                .map(|arns| Json::Arr(arns.iter().map(|a| cx.value(a)).collect())),
        );
        props.insert_opt(
            "SamlProviderARNs",
            providers
                .saml_providers
                .as_ref()
                .map(|arns| Json::Arr(arns.iter().map(|a| cx.value(a)).collect())),
        );
        props.insert_opt("SupportedLoginProviders", supported_login_providers(cx, &providers));
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::IdentityPool");
        resource.insert("Properties", props.sorted());
        cx.resource(pool_id.clone(), Json::Obj(resource));

        let authenticated = match &self.authenticated_role {
            Some(role) => cx.arn(role),
            None => {
                default_role(cx, node, "Authenticated", &pool_id, self.authenticated_role_statements.as_ref())
            }
        };
        let unauthenticated = match &self.unauthenticated_role {
            Some(role) => cx.arn(role),
            None => {
                let statements = self.unauthenticated_role_statements.as_ref();
                default_role(cx, node, "Unauthenticated", &pool_id, statements)
            }
        };
        let mut roles = Obj::new();
        roles.insert("authenticated", authenticated);
        roles.insert("unauthenticated", unauthenticated);
        let mut attachment = Obj::new();
        attachment.insert("IdentityPoolId", reference(&pool_id));
        attachment.insert_opt("RoleMappings", self.role_mappings_json(cx, node));
        attachment.insert("Roles", roles);
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::IdentityPoolRoleAttachment");
        resource.insert("Properties", attachment);
        cx.resource(cx.logical_id(node, &["DefaultRoleAttachment", "Resource"]), Json::Obj(resource));
    }

    /// `RoleMappings`: one entry per mapping under its key, a later mapping replacing an
    /// earlier one of the same key in its place; absent when there are none.
    fn role_mappings_json(&self, cx: &Synth, node: NodeId) -> Option<Obj> {
        let mappings = self.role_mappings.as_ref().filter(|m| !m.is_empty())?;
        let mut out = Obj::new();
        for m in mappings {
            let url = provider_url(cx, node, self, &m.provider_url);
            let key = match m.mapping_key.as_deref().filter(|k| !k.is_empty()) {
                Some(key) => key.to_owned(),
                None => match url.as_str() {
                    Some(url) => url.to_owned(),
                    // The rules reject a mapping without a key.
                    None => continue,
                },
            };
            let use_token = m.use_token.unwrap_or(false);
            let mut mapping = Obj::new();
            mapping.insert(
                "AmbiguousRoleResolution",
                if m.resolve_ambiguous_roles.unwrap_or(false) { "AuthenticatedRole" } else { "Deny" },
            );
            mapping.insert("IdentityProvider", url);
            if !use_token && let Some(rules) = &m.rules {
                let rules: Vec<Json> = rules.iter().map(|r| rule_json(cx, r)).collect();
                mapping.insert("RulesConfiguration", Json::obj1("Rules", Json::Arr(rules)));
            }
            mapping.insert("Type", if use_token { "Token" } else { "Rules" });
            out.insert(key, mapping);
        }
        Some(out)
    }
}

fn rule_json(cx: &Synth, r: &RoleMappingRule) -> Json {
    let mut rule = Obj::new();
    rule.insert("Claim", cx.value(&r.claim));
    rule.insert("MatchType", r.match_type.unwrap_or_default().name());
    rule.insert("RoleARN", cx.arn(&r.mapped_role));
    rule.insert("Value", cx.value(&r.claim_value));
    Json::Obj(rule)
}

/// The client of the provider at `position`: the one given, or the automatic one.
pub(crate) fn provider_client(
    facts: &dyn Facts,
    node: NodeId,
    provider: &UserPoolAuthenticationProvider,
    position: usize,
) -> Option<NodeId> {
    match &provider.user_pool_client {
        Some(r) => facts.resolve(r),
        None => automatic_client(facts, node, position),
    }
}

/// `CognitoIdentityProviders`: `{ClientId, ProviderName, ServerSideTokenCheck}` for each user
/// pool provider, the provider name built from the stack's region, as the CDK's `bind` does.
fn cognito_identity_providers(cx: &Synth, node: NodeId, p: &IdentityPool) -> Vec<Json> {
    let mut out = Vec::new();
    for (i, provider) in p.user_pool_providers().iter().enumerate() {
        let (Some(pool), Some(client)) =
            (cx.resolve(&provider.user_pool), provider_client(cx.facts, node, provider, i))
        else {
            continue;
        };
        let mut o = Obj::new();
        o.insert("ClientId", cx.attr(client, &Attr::UserPoolClientId));
        o.insert(
            "ProviderName",
            concat(vec![
                "cognito-idp.".into(),
                cx.region(),
                ".".into(),
                reference("AWS::URLSuffix"),
                "/".into(),
                user_pool_id(cx, pool),
            ]),
        );
        o.insert("ServerSideTokenCheck", !provider.disable_server_side_token_check.unwrap_or(false));
        out.push(Json::Obj(o));
    }
    out
}

/// `SupportedLoginProviders`, in the CDK's order; absent when none is given.
fn supported_login_providers(cx: &Synth, a: &IdentityPoolAuthenticationProviders) -> Option<Obj> {
    let mut out = Obj::new();
    if let Some(p) = &a.amazon {
        out.insert("www.amazon.com", cx.value(&p.app_id));
    }
    if let Some(p) = &a.facebook {
        out.insert("graph.facebook.com", cx.value(&p.app_id));
    }
    if let Some(p) = &a.google {
        out.insert("accounts.google.com", cx.value(&p.client_id));
    }
    if let Some(p) = &a.apple {
        out.insert("appleid.apple.com", cx.value(&p.services_id));
    }
    if let Some(p) = &a.twitter {
        out.insert(
            "api.twitter.com",
            concat(vec![cx.value(&p.consumer_key), ";".into(), cx.value(&p.consumer_secret)]),
        );
    }
    (!out.is_empty()).then_some(out)
}

/// A role mapping's `IdentityProvider`.
fn provider_url(cx: &Synth, node: NodeId, p: &IdentityPool, url: &IdentityPoolProviderUrl) -> Json {
    match url {
        IdentityPoolProviderUrl::OpenId(v)
        | IdentityPoolProviderUrl::Saml(v)
        | IdentityPoolProviderUrl::Custom(v) => cx.value(v),
        IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } => {
            let pool = cx.resolve(user_pool);
            let client = match user_pool_client {
                Some(c) => cx.resolve(c),
                None => pool.and_then(|pool| provider_client_for(cx.facts, node, p, pool)),
            };
            match (pool, client) {
                (Some(pool), Some(client)) => concat(vec![
                    cx.attr(pool, &Attr::UserPoolProviderName),
                    ":".into(),
                    cx.attr(client, &Attr::UserPoolClientId),
                ]),
                _ => Json::Null,
            }
        }
        fixed => Json::from(fixed.fixed_url().unwrap_or_default()),
    }
}

/// The client of this identity pool's first provider for `pool`.
pub(crate) fn provider_client_for(
    facts: &dyn Facts,
    node: NodeId,
    p: &IdentityPool,
    pool: NodeId,
) -> Option<NodeId> {
    p.user_pool_providers().iter().enumerate().find_map(|(i, provider)| {
        (facts.resolve(&provider.user_pool) == Some(pool))
            .then(|| provider_client(facts, node, provider, i))
            .flatten()
    })
}

/// A default role: assumed through `cognito-identity.amazonaws.com` by the identities of this
/// pool (`aud`) that are (un)authenticated (`amr`); then its `DefaultPolicy`, when it has
/// statements.
fn default_role(
    cx: &mut Synth,
    node: NodeId,
    kind: &str,
    pool_id: &str,
    statements: Option<&Vec<PolicyStatement>>,
) -> Json {
    let role_id = cx.logical_id(node, &[&format!("{kind}Role"), "Resource"]);
    let mut string_equals = Obj::new();
    string_equals.insert("cognito-identity.amazonaws.com:aud", reference(pool_id));
    let mut string_like = Obj::new();
    string_like.insert("cognito-identity.amazonaws.com:amr", kind.to_ascii_lowercase());
    let mut condition = Obj::new();
    condition.insert("StringEquals", string_equals);
    condition.insert("ForAnyValue:StringLike", string_like);
    let mut statement = Obj::new();
    statement.insert("Action", "sts:AssumeRoleWithWebIdentity");
    statement.insert("Condition", condition);
    statement.insert("Effect", "Allow");
    statement.insert("Principal", Json::obj1("Federated", FEDERATED));
    let mut props = Obj::new();
    props.insert("AssumeRolePolicyDocument", policy_document(vec![Json::Obj(statement)]));
    props.insert(
        "Description",
        concat(vec![format!("Default {kind} Role for Identity Pool ").into(), get_att(pool_id, "Name")]),
    );
    let mut role = Obj::new();
    role.insert("Type", "AWS::IAM::Role");
    role.insert("Properties", props);
    cx.resource(role_id.clone(), Json::Obj(role));
    super::statements::render(cx, node, kind, statements);
    get_att(&role_id, "Arn")
}

/// What the identity pool at `node` waits for: the pool and the client of each user pool
/// provider (the CDK's `bind` calls `identityPool.node.addDependency(userPool, client)`).
pub(crate) fn dependencies(p: &IdentityPool, facts: &dyn Facts, node: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    for (i, provider) in p.user_pool_providers().iter().enumerate() {
        out.extend(facts.resolve(&provider.user_pool));
        out.extend(provider_client(facts, node, provider, i));
    }
    out
}

/// `arn:${Partition}:cognito-identity:${Region}:${Account}:identitypool/<id>`.
fn identity_pool_arn(cx: &Synth, id: Json) -> Json {
    concat(vec![
        "arn:".into(),
        cx.partition(),
        ":cognito-identity:".into(),
        cx.region(),
        ":".into(),
        cx.account(),
        ":identitypool/".into(),
        id,
    ])
}

/// The attributes a created identity pool exposes.
pub(crate) fn identity_pool_attr(cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
    let id = cx.logical_id(node, &["Resource"]);
    Some(match attr {
        Attr::IdentityPoolId => reference(&id),
        Attr::IdentityPoolArn => identity_pool_arn(cx, reference(&id)),
        Attr::IdentityPoolName => get_att(&id, "Name"),
        _ => return None,
    })
}

impl ImportedIdentityPool {
    /// The attributes an imported identity pool exposes: its id and ARN.
    pub(crate) fn attr(&self, cx: &Synth, attr: &Attr) -> Option<Json> {
        Some(match (self, attr) {
            (ImportedIdentityPool::FromId(id), Attr::IdentityPoolId) => cx.value(id),
            (ImportedIdentityPool::FromId(id), Attr::IdentityPoolArn) => identity_pool_arn(cx, cx.value(id)),
            (ImportedIdentityPool::FromArn(arn), Attr::IdentityPoolId) => {
                match arn.literal().and_then(split_arn) {
                    Some(parts) => Json::from(resource_name(parts.resource).to_owned()),
                    None => select_pool_id(cx.value(arn)),
                }
            }
            (ImportedIdentityPool::FromArn(arn), Attr::IdentityPoolArn) => cx.value(arn),
            _ => return None,
        })
    }
}
