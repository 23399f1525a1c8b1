//! `AWS::Cognito::IdentityPool` → `identity_pool ID { … }`, the inverse of
//! `resources/identity_pool/`: the pool with the default roles and role attachment the CDK's
//! `IdentityPool` makes for itself.

use cognito_runtime::IdentityPoolProviderUrl;

use super::{Item, Setting, concatenated, get_att, get_att_arn, item_name, prop, ref_id, scalar_setting};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};
use crate::tree::Node;

/// The constructs an `IdentityPool` makes below itself.
const OWN_CHILDREN: &[&str] =
    &["Resource", "AuthenticatedRole", "UnauthenticatedRole", "DefaultRoleAttachment"];

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    if node.children.iter().any(|c| !OWN_CHILDREN.contains(&c.id.as_str())) {
        return None;
    }
    let mut item = Item::new("identity_pool", &node.id, main);
    if let Some(name) = prop(r, "IdentityPoolName").filter(|v| v.as_str().is_some()) {
        item.json("identity_pool_name", name);
    }
    if prop(r, "AllowUnauthenticatedIdentities") == Some(&Json::Bool(true)) {
        item.text("allow_unauthenticated_identities", "true");
    }
    if let Some(b @ Json::Bool(_)) = prop(r, "AllowClassicFlow") {
        item.json("allow_classic_flow", b);
    }
    let mut providers = login_providers(r);
    providers.extend(user_pools(r, t));
    if !providers.is_empty() {
        item.map("authentication_providers", providers);
    }
    given_roles(node, t, &mut item)?;
    role_mappings(node, t, &mut item)?;
    Some(item)
}

/// The social providers, each with the CDK's member for its URL (which the runtime knows),
/// its key in `authentication_providers` and the setting its id goes to.
const SOCIAL: &[(IdentityPoolProviderUrl, &str, &str, &str)] = &[
    (IdentityPoolProviderUrl::Facebook, "FACEBOOK", "facebook", "app_id"),
    (IdentityPoolProviderUrl::Google, "GOOGLE", "google", "client_id"),
    (IdentityPoolProviderUrl::Amazon, "AMAZON", "amazon", "app_id"),
    (IdentityPoolProviderUrl::Apple, "APPLE", "apple", "services_id"),
    (IdentityPoolProviderUrl::Twitter, "TWITTER", "twitter", "consumer_key"),
];

/// The social and OpenID Connect providers of `authentication_providers`: `google: {
/// client_id }` and the like from `SupportedLoginProviders`, the ARNs of
/// `OpenIdConnectProviderARNs` and `SamlProviderARNs`, `custom_provider`. One not written
/// as the CDK writes it is left to the overrides.
fn login_providers(r: &Resource) -> Vec<(String, Setting)> {
    let mut out = Vec::new();
    for (url, id) in prop(r, "SupportedLoginProviders").map(Json::entries).unwrap_or_default() {
        let Some((provider, _, key, field)) =
            SOCIAL.iter().find(|(p, ..)| p.fixed_url() == Some(url.as_str()))
        else {
            continue;
        };
        let settings = match provider {
            // The CDK joins the key and the secret: `key;secret`.
            IdentityPoolProviderUrl::Twitter => {
                id.as_str().and_then(|s| s.split_once(';')).map(|(k, secret)| {
                    vec![
                        ("consumer_key".to_string(), Setting::Json(Json::Str(k.into()))),
                        ("consumer_secret".to_string(), Setting::Json(Json::Str(secret.into()))),
                    ]
                })
            }
            _ => scalar_setting(id).map(|v| vec![(field.to_string(), v)]),
        };
        out.extend(settings.map(|s| (key.to_string(), Setting::Map(s))));
    }
    for (cfn, key) in
        [("OpenIdConnectProviderARNs", "open_id_connect_providers"), ("SamlProviderARNs", "saml_providers")]
    {
        if let Some(arns @ Json::Arr(_)) = prop(r, cfn) {
            out.push((key.to_string(), Setting::Json(arns.clone())));
        }
    }
    if let Some(name) = prop(r, "DeveloperProviderName").and_then(scalar_setting) {
        out.push(("custom_provider".to_string(), name));
    }
    out
}

/// `role_mappings: [{ provider_url, mapping_key, use_token, resolve_ambiguous_roles, rules }]`
/// from the default role attachment's `RoleMappings`, one per key.
fn role_mappings(node: &Node, t: &Template, item: &mut Item) -> Option<()> {
    let Some(attachment) = node.children.iter().find(|c| c.id == "DefaultRoleAttachment") else {
        return Some(());
    };
    let (_, attachment) = super::own_resource(attachment, t)?;
    let Some(mappings) = prop(attachment, "RoleMappings") else { return Some(()) };
    let mut list = Vec::new();
    for (key, m) in mappings.entries() {
        let url = m.get("IdentityProvider")?;
        let mut entries = vec![("provider_url".to_string(), Setting::Text(provider_url(url, t)?))];
        if url.as_str() != Some(key.as_str()) {
            entries.push(("mapping_key".to_string(), Setting::Json(Json::Str(key.clone()))));
        }
        let use_token = match m.get("Type").and_then(Json::as_str)? {
            "Token" => true,
            "Rules" => false,
            _ => return None,
        };
        if use_token {
            entries.push(("use_token".to_string(), Setting::Text("true".into())));
        }
        match m.get("AmbiguousRoleResolution").and_then(Json::as_str)? {
            "AuthenticatedRole" => {
                entries.push(("resolve_ambiguous_roles".to_string(), Setting::Text("true".into())))
            }
            "Deny" => {}
            _ => return None,
        }
        if let Some(Json::Arr(rules)) = m.get("RulesConfiguration").and_then(|c| c.get("Rules")) {
            let rules = rules.iter().map(|r| rule(r, t)).collect::<Option<Vec<_>>>()?;
            let list = rules.iter().map(crate::program::flat_setting).collect::<Vec<_>>().join(", ");
            entries.push(("rules".to_string(), Setting::Text(format!("[{list}]"))));
        }
        list.push(crate::program::flat_setting(&Setting::Map(entries)));
    }
    if !list.is_empty() {
        item.text("role_mappings", format!("[{}]", list.join(", ")));
    }
    Some(())
}

/// A mapping's provider: the CDK's member for a fixed URL, `user_pool(pool, client)` for a
/// user pool's (its provider name and the client's id), `custom("…")` for another.
fn provider_url(url: &Json, t: &Template) -> Option<String> {
    if let Some(url) = url.as_str() {
        let member = SOCIAL.iter().find(|(p, ..)| p.fixed_url() == Some(url));
        return Some(member.map_or_else(|| format!("custom({})", string(url)), |(_, m, ..)| m.to_string()));
    }
    let [pool, Json::Str(colon), client] = concatenated(url)? else { return None };
    let pool = match get_att(pool)? {
        (id, "ProviderName") if colon == ":" => item_name(t, id)?,
        _ => return None,
    };
    let client = item_name(t, ref_id(client)?)?;
    let client = client.rsplit('.').next()?;
    Some(format!("user_pool({pool}, {client})"))
}

/// `{ claim, claim_value, mapped_role, match_type }`.
fn rule(r: &Json, t: &Template) -> Option<Setting> {
    let role = r.get("RoleARN")?;
    let role = match get_att_arn(role) {
        Some(id) => Setting::Text(item_name(t, id)?),
        None => scalar_setting(role)?,
    };
    let mut entries = vec![
        ("claim".to_string(), scalar_setting(r.get("Claim")?)?),
        ("claim_value".to_string(), scalar_setting(r.get("Value")?)?),
        ("mapped_role".to_string(), role),
    ];
    let member = match r.get("MatchType").and_then(Json::as_str)? {
        "Equals" => None,
        "Contains" => Some("CONTAINS"),
        "StartsWith" => Some("STARTS_WITH"),
        "NotEqual" => Some("NOTEQUAL"),
        _ => return None,
    };
    entries.extend(member.map(|m| ("match_type".to_string(), Setting::Text(m.into()))));
    Some(Setting::Map(entries))
}

/// `authenticated_role` and `unauthenticated_role`: a role of the block the default role
/// attachment names instead of the one the identity pool makes for itself.
fn given_roles(node: &Node, t: &Template, item: &mut Item) -> Option<()> {
    let Some(attachment) = node.children.iter().find(|c| c.id == "DefaultRoleAttachment") else {
        return Some(());
    };
    let (_, attachment) = super::own_resource(attachment, t)?;
    let roles = prop(attachment, "Roles")?;
    for (cfn, own, key) in [
        ("authenticated", "AuthenticatedRole", "authenticated_role"),
        ("unauthenticated", "UnauthenticatedRole", "unauthenticated_role"),
    ] {
        let role = roles.get(cfn)?;
        let Some(id) = get_att_arn(role) else {
            // A role by its ARN.
            item.settings.push((key, scalar_setting(role)?));
            continue;
        };
        let made = node
            .children
            .iter()
            .find(|c| c.id == own)
            .and_then(|c| super::own_resource(c, t))
            .is_some_and(|(_, r)| r.logical_id == id);
        if !made {
            item.text(key, item_name(t, id)?);
        }
    }
    Some(())
}

/// `user_pools: [{ user_pool, user_pool_client }]` of `authentication_providers`: each
/// client of the block and its pool, by name.
fn user_pools(r: &Resource, t: &Template) -> Option<(String, Setting)> {
    let Some(Json::Arr(providers)) = prop(r, "CognitoIdentityProviders") else { return None };
    let entry = |p: &Json| -> Option<Setting> {
        let client = item_name(t, ref_id(p.get("ClientId")?)?)?;
        // A nested client is referred to by its own name, found in the nearest scope.
        let (pool, client) = client.split_once('.')?;
        let mut entries = vec![
            ("user_pool".to_string(), Setting::Text(pool.to_string())),
            ("user_pool_client".to_string(), Setting::Text(client.to_string())),
        ];
        if p.get("ServerSideTokenCheck") == Some(&Json::Bool(false)) {
            entries.push(("disable_server_side_token_check".into(), Setting::Text("true".into())));
        }
        Some(Setting::Map(entries))
    };
    let pools = providers.iter().map(entry).collect::<Option<Vec<Setting>>>().filter(|p| !p.is_empty())?;
    let list = pools.iter().map(crate::program::flat_setting).collect::<Vec<_>>().join(", ");
    Some(("user_pools".into(), Setting::Text(format!("[{list}]"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    fn node(children: &[&str]) -> Node {
        Node {
            children: children.iter().map(|c| Node { id: c.to_string(), ..Node::default() }).collect(),
            ..Node::default()
        }
    }

    #[test]
    fn name_and_guests() {
        let r = resource(
            "AWS::Cognito::IdentityPool",
            r#"{"AllowUnauthenticatedIdentities": true, "CognitoIdentityProviders": [], "IdentityPoolName": "ids"}"#,
        );
        let t = Template {
            stack: "Stack".into(),
            resources: Vec::new(),
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
            stack_tags: Vec::new(),
        };
        let item = lift(&node(&["Resource", "AuthenticatedRole"]), 0, &r, &t).unwrap();
        assert_eq!(
            settings(&item),
            ["identity_pool_name: \"ids\"", "allow_unauthenticated_identities: true"]
        );
    }

    #[test]
    fn other_constructs_below_are_not_the_cdks() {
        let r = resource("AWS::Cognito::IdentityPool", "{}");
        let t = Template {
            stack: "Stack".into(),
            resources: Vec::new(),
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
            stack_tags: Vec::new(),
        };
        assert_eq!(lift(&node(&["Resource", "Extra"]), 0, &r, &t), None);
    }

    #[test]
    fn providers_by_the_cdks_names() {
        let r = resource(
            "AWS::Cognito::IdentityPool",
            r#"{"SupportedLoginProviders": {"accounts.google.com": "g-id", "api.twitter.com": "key;secret", "example.org": "x"},
                "DeveloperProviderName": "login.example"}"#,
        );
        let got: Vec<String> = login_providers(&r)
            .iter()
            .map(|(k, v)| format!("{k}: {}", crate::program::flat_setting(v)))
            .collect();
        assert_eq!(
            got,
            [
                "google: { client_id: \"g-id\" }",
                "twitter: { consumer_key: \"key\", consumer_secret: \"secret\" }",
                "custom_provider: \"login.example\"",
            ]
        );
    }

    #[test]
    fn mapping_urls_and_rules() {
        let mut t = crate::lift::test_support::template();
        for (id, path) in [
            ("PoolD3F588B8", "Pool/Resource"),
            ("PoolwebB04E50B4", "Pool/web/Resource"),
            ("AdminsRole1", "Admins/Resource"),
        ] {
            let mut r = resource("AWS::Cognito::UserPool", "{}");
            (r.logical_id, r.path) = (id.into(), path.split('/').map(String::from).collect());
            t.resources.push(r);
        }
        let parse = |j: &str| crate::json::parse(j).unwrap();
        assert_eq!(provider_url(&parse(r#""accounts.google.com""#), &t).as_deref(), Some("GOOGLE"));
        assert_eq!(provider_url(&parse(r#""example.com""#), &t).as_deref(), Some("custom(\"example.com\")"));
        let pool = r#"{"Fn::Join": ["", [{"Fn::GetAtt": ["PoolD3F588B8", "ProviderName"]}, ":", {"Ref": "PoolwebB04E50B4"}]]}"#;
        assert_eq!(provider_url(&parse(pool), &t).as_deref(), Some("user_pool(Pool, web)"));
        let r = parse(
            r#"{"Claim": "custom:role", "MatchType": "StartsWith", "RoleARN": {"Fn::GetAtt": ["AdminsRole1", "Arn"]}, "Value": "admin"}"#,
        );
        assert_eq!(
            crate::program::flat_setting(&rule(&r, &t).unwrap()),
            "{ claim: \"custom:role\", claim_value: \"admin\", mapped_role: Admins, match_type: STARTS_WITH }"
        );
    }
}
