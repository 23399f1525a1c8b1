//! `UserPoolDomain` → `AWS::Cognito::UserPoolDomain`, and the domain's attributes, as the
//! CDK renders them.

use super::*;
use crate::context::pool::{pool_node, user_pool_id};
use crate::context::synth::Synth;
use crate::core::cfn::{concat, get_att, reference};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::{Attr, SignInUrl};

impl UserPoolDomain {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(pool) = pool_node(cx, node, self.user_pool.as_ref()) else { return };
        let mut props = Obj::new();
        // `cognitoDomain?.domainPrefix || customDomain?.domainName`.
        let domain = self
            .cognito_domain
            .as_ref()
            .map(|c| &c.domain_prefix)
            .filter(|p| p.literal() != Some(""))
            .or(self.custom_domain.as_ref().map(|c| &c.domain_name));
        props.insert_opt("Domain", domain.map(|d| cx.value(d)));
        props.insert_opt(
            "CustomDomainConfig",
            self.custom_domain.as_ref().map(|c| Json::obj1("CertificateArn", cx.value(&c.certificate))),
        );
        props.insert_opt("ManagedLoginVersion", self.managed_login_version.map(ManagedLoginVersion::number));
        props.insert("UserPoolId", user_pool_id(cx, pool));
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPoolDomain");
        resource.insert("Properties", props.sorted());
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(resource));
    }

    /// `baseUrl({ fips })`: the hosted UI's address.
    fn base_url(&self, cx: &Synth, node: NodeId, fips: bool) -> Json {
        let domain_name = reference(&cx.logical_id(node, &["Resource"]));
        if self.custom_domain.is_some() {
            return concat(vec!["https://".into(), domain_name]);
        }
        let auth = if fips { ".auth-fips." } else { ".auth." };
        concat(vec!["https://".into(), domain_name, auth.into(), cx.region(), ".amazoncognito.com".into()])
    }
}

impl UserPoolDomain {
    /// `signInUrl(client, { redirectUri, signInPath = "/login", fips })`: the hosted UI's
    /// sign-in page for `client`, `response_type` `code` when the client has the
    /// authorization code grant, else `token`; the redirect URI goes in as written.
    fn sign_in_url(&self, cx: &Synth, node: NodeId, s: &SignInUrl) -> Option<Json> {
        let client = cx.resolve(s.client.as_ref()?)?;
        let flows = cx.facts.sign_in_flows(client)?;
        let response_type = if flows.code { "code" } else { "token" };
        let path = s.sign_in_path.as_deref().unwrap_or("/login");
        Some(concat(vec![
            self.base_url(cx, node, s.fips),
            format!("{path}?client_id=").into(),
            reference(&cx.logical_id(client, &["Resource"])),
            format!("&response_type={response_type}&redirect_uri={}", s.redirect_uri).into(),
        ]))
    }
}

/// The attributes a domain exposes.
pub(crate) fn domain_attr(domain: &UserPoolDomain, cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
    let resource = cx.logical_id(node, &["Resource"]);
    Some(match attr {
        Attr::DomainName => reference(&resource),
        Attr::CloudFrontEndpoint => get_att(&resource, "CloudFrontDistribution"),
        Attr::BaseUrl { fips } => domain.base_url(cx, node, *fips),
        Attr::SignInUrl(s) => domain.sign_in_url(cx, node, s)?,
        _ => return None,
    })
}
