//! `AWS::Cognito::UserPoolIdentityProvider` → `user_pool_identity_provider_google ID { … }`
//! (and `_facebook`, `_amazon`, `_apple`, `_oidc`), the inverse of `resources/idp/render.rs`
//! for the settings each kind requires; the pool by its item's name.

use cognito_runtime::{ProviderAttribute, StandardAttributeName};

use super::{Item, Setting, prop, scalar_setting};
use crate::json::Json;
use crate::print::{ident_for, name as name_of, string};
use crate::template::{Resource, Template};
use crate::tree::Node;

/// A provider type, its item, the `ProviderDetails` its required settings come from, and the
/// scopes the CDK asks for when given none.
struct Kind {
    provider_type: &'static str,
    item: &'static str,
    details: &'static [(&'static str, &'static str)],
    default_scopes: &'static str,
    /// The prefix of its `ProviderAttribute` members (`GOOGLE_`), empty for none.
    members: &'static str,
}

const KINDS: &[Kind] = &[
    Kind {
        provider_type: "Google",
        item: "user_pool_identity_provider_google",
        details: &[("client_id", "client_id"), ("client_secret", "client_secret")],
        default_scopes: "profile",
        members: "GOOGLE_",
    },
    Kind {
        provider_type: "Facebook",
        item: "user_pool_identity_provider_facebook",
        details: &[
            ("client_id", "client_id"),
            ("client_secret", "client_secret"),
            ("api_version", "api_version"),
        ],
        default_scopes: "public_profile",
        members: "FACEBOOK_",
    },
    Kind {
        provider_type: "LoginWithAmazon",
        item: "user_pool_identity_provider_amazon",
        details: &[("client_id", "client_id"), ("client_secret", "client_secret")],
        default_scopes: "profile",
        members: "AMAZON_",
    },
    Kind {
        provider_type: "SignInWithApple",
        item: "user_pool_identity_provider_apple",
        details: &[
            ("client_id", "client_id"),
            ("team_id", "team_id"),
            ("key_id", "key_id"),
            ("private_key", "private_key"),
        ],
        default_scopes: "name",
        members: "APPLE_",
    },
    Kind {
        provider_type: "OIDC",
        item: "user_pool_identity_provider_oidc",
        details: &[
            ("client_id", "client_id"),
            ("client_secret", "client_secret"),
            ("oidc_issuer", "issuer_url"),
        ],
        default_scopes: "openid",
        members: "",
    },
];

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    if node.children.len() != 1 {
        return None;
    }
    let provider_type = prop(r, "ProviderType").and_then(Json::as_str)?;
    let kind = KINDS.iter().find(|k| k.provider_type == provider_type)?;
    let mut item = Item::new(kind.item, &node.id, main);
    item.text("user_pool", pool_name(r, t)?);
    let details = prop(r, "ProviderDetails")?;
    for (cfn, key) in kind.details {
        if let Some(v) = details.get(cfn).and_then(scalar_setting) {
            item.settings.push((key, v));
        }
    }
    if kind.provider_type == "OIDC"
        && let Some(name) = prop(r, "ProviderName").and_then(scalar_setting)
    {
        item.settings.push(("name", name));
    }
    if let Some(mapping) = prop(r, "AttributeMapping").and_then(|m| attribute_mapping(m, kind.members)) {
        item.map("attribute_mapping", mapping);
    }
    if let Some(scopes) =
        details.get("authorize_scopes").and_then(Json::as_str).filter(|s| *s != kind.default_scopes)
    {
        let list = scopes.split(' ').map(|s| Json::Str(s.to_string())).collect();
        item.json("scopes", &Json::Arr(list));
    }
    Some(item)
}

/// `attribute_mapping: { email: other("mail"), custom: { tenant: other("tenant_id") } }`:
/// each standard attribute by its key, any other under `custom`, from the provider's
/// attribute as written.
fn attribute_mapping(mapping: &Json, members: &str) -> Option<Vec<(String, Setting)>> {
    let (mut standard, mut custom) = (Vec::new(), Vec::new());
    for (attribute, provider) in mapping.entries() {
        let provider = provider.as_str()?;
        // The CDK's member for the provider's attribute (`GOOGLE_EMAIL`), else `other("…")`.
        let member = ProviderAttribute::ALL.iter().find(|(name, a)| {
            !members.is_empty() && name.starts_with(members) && a.attribute_name() == provider
        });
        let other = Setting::Text(
            member.map_or_else(|| format!("other({})", string(provider)), |(m, _)| m.to_string()),
        );
        // The CDK writes a `custom` mapping's keys as given (`tenant`, or `custom:tenant`).
        match StandardAttributeName::ALL.iter().find(|s| s.cognito_name() == attribute) {
            Some(s) => standard.push((s.key().to_string(), other)),
            None => custom.push((name_of(attribute), other)),
        }
    }
    if !custom.is_empty() {
        standard.push(("custom".into(), Setting::Map(custom)));
    }
    (!standard.is_empty()).then_some(standard)
}

/// The name of the pool item the provider registers on: the construct id of the pool whose
/// `Ref` is its `UserPoolId`.
fn pool_name(r: &Resource, t: &Template) -> Option<String> {
    let id = prop(r, "UserPoolId")?.get("Ref")?.as_str()?;
    let pool = t.resources.iter().find(|p| p.logical_id == id && p.kind == "AWS::Cognito::UserPool")?;
    match pool.path.as_slice() {
        [id, last] if last == "Resource" => ident_for(id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    #[test]
    fn google_with_its_pool_by_name() {
        let mut pool = resource("AWS::Cognito::UserPool", "{}");
        pool.logical_id = "PoolD3F588B8".into();
        pool.path = vec!["Pool".into(), "Resource".into()];
        let t = Template {
            stack: "Stack".into(),
            resources: vec![pool],
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
        };
        let google = resource(
            "AWS::Cognito::UserPoolIdentityProvider",
            r#"{"ProviderDetails": {"client_id": "id", "client_secret": "secret", "authorize_scopes": "profile email"},
                "ProviderName": "Google", "ProviderType": "Google", "UserPoolId": {"Ref": "PoolD3F588B8"}}"#,
        );
        let node =
            Node { children: vec![Node { id: "Resource".into(), ..Node::default() }], ..Node::default() };
        assert_eq!(
            settings(&lift(&node, 1, &google, &t).unwrap()),
            [
                "user_pool: Pool",
                "client_id: \"id\"",
                "client_secret: \"secret\"",
                "scopes: [\"profile\", \"email\"]"
            ]
        );
    }

    #[test]
    fn attribute_mapping_standard_and_custom() {
        let mapping =
            crate::json::parse(r#"{"email": "mail", "name": "full_name", "tenant": "tenant_id"}"#).unwrap();
        let got = attribute_mapping(&mapping, "").unwrap();
        let flat = crate::program::flat_setting(&Setting::Map(got));
        assert_eq!(
            flat,
            r#"{ email: other("mail"), fullname: other("full_name"), custom: { tenant: other("tenant_id") } }"#
        );
    }
}
