//! `UserPoolClient` → `AWS::Cognito::UserPoolClient`, exactly as the CDK's `UserPoolClient`
//! constructor renders it.

use std::borrow::Cow;

use super::*;
use crate::context::facts::SignInFlows;
use crate::context::pool;
use crate::context::synth::Synth;
use crate::core::cfn::{concat, reference};
use crate::core::duration::TimeUnit;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::Attr;

/// The CDK's default scopes, in its order (a `static`: every client without scopes borrows it).
static DEFAULT_SCOPES: [OAuthScope; 5] =
    [OAuthScope::Profile, OAuthScope::Phone, OAuthScope::Email, OAuthScope::Openid, OAuthScope::CognitoAdmin];

/// The CDK's default callback URL for the code and implicit grants.
pub(crate) const DEFAULT_CALLBACK: &str = "https://example.com";

impl UserPoolClient {
    /// `oAuthFlows`: the flows given, or the CDK's default (code and implicit grants).
    pub(crate) fn effective_flows(&self) -> OAuthFlows {
        self.o_auth.as_ref().and_then(|o| o.flows).unwrap_or(OAuthFlows {
            authorization_code_grant: true,
            implicit_code_grant: true,
            client_credentials: false,
        })
    }

    /// The grants of `effective_flows` that the hosted sign-in page serves.
    pub(crate) fn sign_in_flows(&self) -> SignInFlows {
        let flows = self.effective_flows();
        SignInFlows {
            code: flows.authorization_code_grant,
            implicit: flows.implicit_code_grant,
            o_auth: self.disable_o_auth != Some(true),
        }
    }

    /// The callback URLs the CDK works with: those given, or `["https://example.com"]` when
    /// the code or implicit grant is on and none were given.
    pub(crate) fn effective_callback_urls(&self) -> Option<Cow<'_, [Value]>> {
        let given = self.o_auth.as_ref().and_then(|o| o.callback_urls.as_deref());
        let flows = self.effective_flows();
        match given {
            None if flows.authorization_code_grant || flows.implicit_code_grant => {
                Some(Cow::Owned(vec![Value::from(DEFAULT_CALLBACK)]))
            }
            other => other.map(Cow::Borrowed),
        }
    }

    /// The scopes given, or the CDK's default scopes.
    pub(crate) fn effective_scopes(&self) -> &[OAuthScope] {
        match self.o_auth.as_ref().and_then(|o| o.scopes.as_ref()) {
            Some(scopes) => scopes,
            None => &DEFAULT_SCOPES,
        }
    }

    /// The names of the constant scopes the client ends up with: de-duplicated, with
    /// `openid` added when `phone`, `email` or `profile` is there.
    pub(crate) fn effective_scope_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for scope in self.effective_scopes() {
            if let Some(name) = scope.name()
                && !names.iter().any(|n| n == name)
            {
                names.push(name.to_owned());
            }
        }
        if names.iter().any(|n| matches!(n.as_str(), "phone" | "email" | "profile"))
            && !names.iter().any(|n| n == "openid")
        {
            names.push("openid".to_owned());
        }
        names
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(pool) = pool::pool_node(cx, node, self.user_pool.as_ref()) else {
            return;
        };
        let disable = self.disable_o_auth.unwrap_or(false);
        let default = OAuthSettings::default();
        let o_auth = self.o_auth.as_ref().unwrap_or(&default);
        let mut props = Obj::with_capacity(16);
        props.insert("UserPoolId", pool::user_pool_id(cx, pool));
        props.insert_opt("ClientName", self.user_pool_client_name.as_ref().map(|v| cx.value(v)));
        props.insert_opt("GenerateSecret", self.generate_secret);
        props.insert_opt("ExplicitAuthFlows", self.explicit_auth_flows().map(Json::strs));
        if !disable {
            props.insert_opt("AllowedOAuthFlows", self.allowed_o_auth_flows().map(Json::strs));
            props.insert("AllowedOAuthScopes", self.allowed_o_auth_scopes(cx));
        }
        props.insert_opt("DefaultRedirectURI", o_auth.default_redirect_uri.as_ref().map(|v| cx.value(v)));
        if let Some(urls) = self.effective_callback_urls()
            && !urls.is_empty()
            && !disable
        {
            props.insert("CallbackURLs", Json::Arr(urls.iter().map(|u| cx.value(u)).collect()));
        }
        props.insert_opt(
            "LogoutURLs",
            o_auth.logout_urls.as_ref().map(|urls| Json::Arr(urls.iter().map(|u| cx.value(u)).collect())),
        );
        props.insert("AllowedOAuthFlowsUserPoolClient", !disable);
        props.insert_opt(
            "PreventUserExistenceErrors",
            self.prevent_user_existence_errors.map(|p| if p { "ENABLED" } else { "LEGACY" }),
        );
        props.insert_opt("SupportedIdentityProviders", self.supported_identity_providers(cx, node, pool));
        props.insert_opt("ReadAttributes", self.read_attributes.as_ref().map(|a| Json::strs(a.attributes())));
        props.insert_opt(
            "WriteAttributes",
            self.write_attributes.as_ref().map(|a| Json::strs(a.attributes())),
        );
        props.insert_opt("EnableTokenRevocation", self.enable_token_revocation);
        props.insert_opt(
            "EnablePropagateAdditionalUserContextData",
            self.enable_propagate_additional_user_context_data,
        );
        props.insert_opt("AnalyticsConfiguration", self.analytics.as_ref().map(|a| analytics(cx, a)));
        props.insert_opt("AuthSessionValidity", minutes(self.auth_session_validity));
        self.token_validity(&mut props);
        props.insert_opt(
            "RefreshTokenRotation",
            self.refresh_token_rotation_grace_period.and_then(|d| d.whole(TimeUnit::Seconds)).map(|s| {
                let mut o = Obj::new();
                o.insert("Feature", "ENABLED");
                o.insert("RetryGracePeriodSeconds", s as f64);
                o
            }),
        );
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPoolClient");
        resource.insert("Properties", props.sorted());
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(resource));
    }

    /// `ExplicitAuthFlows`: the flags in the CDK's fixed order, then the refresh token flow
    /// unless rotation is on; absent when `auth_flows` is not given or sets no flag at all.
    fn explicit_auth_flows(&self) -> Option<Vec<&'static str>> {
        let flows = self.auth_flows?;
        if flows == AuthFlow::default() {
            return None;
        }
        let mut out = Vec::new();
        let on = |f: Option<bool>| f == Some(true);
        if on(flows.user_password) {
            out.push("ALLOW_USER_PASSWORD_AUTH");
        }
        if on(flows.admin_user_password) {
            out.push("ALLOW_ADMIN_USER_PASSWORD_AUTH");
        }
        if on(flows.custom) {
            out.push("ALLOW_CUSTOM_AUTH");
        }
        if on(flows.user_srp) {
            out.push("ALLOW_USER_SRP_AUTH");
        }
        if on(flows.user) {
            out.push("ALLOW_USER_AUTH");
        }
        if self.refresh_token_rotation_grace_period.is_none() {
            out.push("ALLOW_REFRESH_TOKEN_AUTH");
        }
        Some(out)
    }

    /// `AllowedOAuthFlows`: `client_credentials`, `implicit`, `code`; absent when empty.
    fn allowed_o_auth_flows(&self) -> Option<Vec<&'static str>> {
        let flows = self.effective_flows();
        let mut out = Vec::new();
        if flows.client_credentials {
            out.push("client_credentials");
        }
        if flows.implicit_code_grant {
            out.push("implicit");
        }
        if flows.authorization_code_grant {
            out.push("code");
        }
        (!out.is_empty()).then_some(out)
    }

    /// `AllowedOAuthScopes`: the scopes de-duplicated in their first order, then `openid`
    /// when `phone`, `email` or `profile` is there.
    fn allowed_o_auth_scopes(&self, cx: &Synth) -> Json {
        let mut out: Vec<Json> = Vec::new();
        for scope in self.effective_scopes() {
            let value = scope_value(cx, scope);
            if !out.contains(&value) {
                out.push(value);
            }
        }
        let has = |out: &[Json], name: &str| out.iter().any(|j| j.as_str() == Some(name));
        if ["phone", "email", "profile"].iter().any(|n| has(&out, n)) && !has(&out, "openid") {
            out.push(Json::from("openid"));
        }
        Json::Arr(out)
    }

    /// `SupportedIdentityProviders`: the names given (order and duplicates kept; absent when
    /// empty), or the CDK's default.
    fn supported_identity_providers(&self, cx: &Synth, node: NodeId, pool: NodeId) -> Option<Json> {
        let names: Vec<Json> = match &self.supported_identity_providers {
            Some(given) => given.iter().map(|p| provider_json(cx, p)).collect(),
            None => default_identity_providers(cx, node, pool),
        };
        (!names.is_empty()).then_some(Json::Arr(names))
    }

    /// The token validities in minutes, and `TokenValidityUnits` for the ones given.
    fn token_validity(&self, props: &mut Obj) {
        let given = [
            ("IdToken", "IdTokenValidity", self.id_token_validity),
            ("AccessToken", "AccessTokenValidity", self.access_token_validity),
            ("RefreshToken", "RefreshTokenValidity", self.refresh_token_validity),
        ];
        let mut units = Obj::new();
        for (unit_key, key, validity) in given {
            if validity.is_some() {
                units.insert(unit_key, "minutes");
            }
            props.insert_opt(key, minutes(validity));
        }
        if !units.is_empty() {
            props.insert("TokenValidityUnits", units.sorted());
        }
    }
}

/// The CDK's default `SupportedIdentityProviders`: the provider names of the identity
/// providers registered on `pool` by items declared before the client (the CDK's
/// `userPool.identityProviders` at the time the client is constructed; in an app, those of
/// an earlier stack too), de-duplicated, then `COGNITO`.
fn default_identity_providers(cx: &Synth, client: NodeId, pool: NodeId) -> Vec<Json> {
    let mut names: Vec<Json> = Vec::new();
    let mut registered: Vec<NodeId> = cx
        .facts
        .identity_providers_of(pool)
        .iter()
        .copied()
        .filter(|p| cx.facts.declared_before(*p, client))
        .collect();
    registered.sort_by_key(|p| cx.facts.declared_at(*p));
    for provider in registered {
        if let Some((registered_on, name)) = cx.registered_identity_provider(provider)
            && registered_on == pool
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    let cognito = provider_json(cx, &UserPoolClientIdentityProvider::Cognito);
    if !names.contains(&cognito) {
        names.push(cognito);
    }
    names
}

/// A provider as it goes into `SupportedIdentityProviders`: its name, or the value that names it.
fn provider_json(cx: &Synth, p: &UserPoolClientIdentityProvider) -> Json {
    match p {
        UserPoolClientIdentityProvider::Custom(v) => cx.value(v),
        built_in => Json::from(built_in.built_in_name().unwrap_or_default()),
    }
}

/// A scope as it goes into `AllowedOAuthScopes`.
fn scope_value(cx: &Synth, scope: &OAuthScope) -> Json {
    match scope {
        OAuthScope::ResourceServer { server, scope } => {
            let server =
                cx.resolve(server).map_or(Json::Null, |n| cx.attr(n, &Attr::UserPoolResourceServerId));
            concat(vec![server, Json::from(format!("/{scope}"))])
        }
        OAuthScope::Custom(name) => Json::from(name.clone()),
        standard => Json::from(standard.standard_name().unwrap_or_default()),
    }
}

fn analytics(cx: &Synth, a: &AnalyticsConfiguration) -> Obj {
    let mut o = Obj::new();
    o.insert_opt("ApplicationArn", a.application.as_ref().map(|v| cx.value(v)));
    o.insert_opt("ApplicationId", a.application_id.as_ref().map(|v| cx.value(v)));
    o.insert_opt("ExternalId", a.external_id.as_ref().map(|v| cx.value(v)));
    o.insert_opt("RoleArn", a.role.as_ref().map(|r| cx.arn(r)));
    o.insert_opt("UserDataShared", a.share_user_data);
    o
}

/// A validity in whole minutes (the rules reject the others).
fn minutes(d: Option<Duration>) -> Option<Json> {
    d.and_then(|d| d.whole(TimeUnit::Minutes)).map(|m| Json::Num(m as f64))
}

/// The attributes an app client exposes.
pub(crate) fn client_attr(cx: &Synth, node: NodeId, client: &UserPoolClient, attr: &Attr) -> Option<Json> {
    match attr {
        Attr::UserPoolClientId => Some(reference(&cx.logical_id(node, &["Resource"]))),
        Attr::UserPoolClientName => client.user_pool_client_name.as_ref().map(|v| cx.value(v)),
        _ => None,
    }
}

impl ImportedUserPoolClient {
    /// The attributes an imported client exposes: its id.
    pub(crate) fn attr(&self, cx: &Synth, attr: &Attr) -> Option<Json> {
        match attr {
            Attr::UserPoolClientId => Some(cx.value(&self.user_pool_client_id)),
            _ => None,
        }
    }
}
