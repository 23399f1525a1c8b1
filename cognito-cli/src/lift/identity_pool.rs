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

/// The identity pool, its clients named as they are where that names one client (`web`),
/// else, as its plainer form, through their pools (`PoolA.web`).
pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    let mut item = lift_naming(node, main, r, t, Naming::Short)?;
    item.fallback = lift_naming(node, main, r, t, Naming::Path).filter(|long| *long != item).map(Box::new);
    Some(item)
}

/// How the lifter names a client nested in its pool.
#[derive(Clone, Copy, PartialEq)]
enum Naming {
    /// By its own name (`web`).
    Short,
    /// Through its pool (`Pool.web`).
    Path,
}

impl Naming {
    /// The name of the client of full name `client` (`Pool.web`).
    fn client(self, client: &str) -> Option<String> {
        match self {
            Naming::Short => client.rsplit('.').next().map(str::to_string),
            Naming::Path => Some(client.to_string()),
        }
    }
}

fn lift_naming(node: &Node, main: usize, r: &Resource, t: &Template, naming: Naming) -> Option<Item> {
    let mut item = Item::new("identity_pool", &node.id, main);
    let mut nested = Vec::new();
    for child in node.children.iter().filter(|c| !OWN_CHILDREN.contains(&c.id.as_str())) {
        nested.push(super::Child::Item(principal_tags(child, r, t)?));
    }
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
    providers.extend(user_pools(r, t, naming));
    if !providers.is_empty() {
        item.map("authentication_providers", providers);
    }
    given_roles(node, t, &mut item)?;
    role_mappings(node, t, &mut item, naming)?;
    for (role, key) in [
        ("AuthenticatedRole", "authenticated_role_statements"),
        ("UnauthenticatedRole", "unauthenticated_role_statements"),
    ] {
        if let Some(statements) = node.children.iter().find(|c| c.id == role).map(|c| statements(c, t)) {
            let statements = statements?;
            if !statements.is_empty() {
                item.settings.push((key, Setting::List(statements)));
            }
        }
    }
    item.children = nested;
    Some(item)
}

/// The statements the CDK put in a default role's `DefaultPolicy`
/// (`role.addToPrincipalPolicy`), each `{ effect, actions, resources, conditions }`: none
/// without the policy, `None` for one the language's statements cannot write.
fn statements(role: &Node, t: &Template) -> Option<Vec<Setting>> {
    let Some(policy) = role.children.iter().find(|c| c.id == "DefaultPolicy") else {
        return Some(Vec::new());
    };
    let (_, policy) = super::own_resource(policy, t)?;
    let Some(Json::Arr(list)) = prop(policy, "PolicyDocument").and_then(|d| d.get("Statement")) else {
        return None;
    };
    let list_of = |v: &Json| match v {
        Json::Str(_) => Some(Json::Arr(vec![v.clone()])),
        Json::Arr(items) if items.iter().all(|i| i.as_str().is_some()) => Some(v.clone()),
        _ => None,
    };
    list.iter()
        .map(|st| {
            let mut entries = Vec::new();
            for (k, v) in st.entries() {
                match (k.as_str(), v.as_str()) {
                    ("Effect", Some("Allow")) => {}
                    ("Effect", Some("Deny")) => {
                        entries.push(("effect".to_string(), Setting::Text("DENY".into())))
                    }
                    ("Action", _) => entries.push(("actions".to_string(), Setting::Json(list_of(v)?))),
                    ("Resource", _) => entries.push(("resources".to_string(), Setting::Json(list_of(v)?))),
                    ("Condition", _) if matches!(v, Json::Obj(_)) => {
                        entries.push(("conditions".to_string(), Setting::Json(v.clone())))
                    }
                    _ => return None,
                }
            }
            // As the language's docs write them: effect, actions, resources, conditions.
            let rank =
                |k: &str| ["effect", "actions", "resources", "conditions"].iter().position(|r| *r == k);
            entries.sort_by_key(|(k, _)| rank(k));
            Some(Setting::Map(entries))
        })
        .collect()
}

/// `principal_tags ID { identity_provider_name, principal_tags, use_defaults }`: a
/// `CfnIdentityPoolPrincipalTag` made in the identity pool's scope, for it.
fn principal_tags(node: &Node, identity_pool: &Resource, t: &Template) -> Option<Item> {
    let i = node.resource.filter(|_| node.children.is_empty())?;
    let r = t.resources.get(i).filter(|r| r.kind == "AWS::Cognito::IdentityPoolPrincipalTag")?;
    let mut item = Item::new("principal_tags", &node.id, i);
    for (k, v) in &r.properties {
        match (k.as_str(), v) {
            ("IdentityPoolId", v) if ref_id(v) == Some(identity_pool.logical_id.as_str()) => {}
            ("IdentityProviderName", Json::Str(_)) => item.json("identity_provider_name", v),
            ("IdentityProviderName", v) => match get_att(v)? {
                (pool, "ProviderName") => item.text(
                    "identity_provider_name",
                    format!("{}.user_pool_provider_name", item_name(t, pool)?),
                ),
                _ => return None,
            },
            ("PrincipalTags", Json::Obj(tags)) => {
                let tags = tags.iter().map(|(k, v)| Some((crate::print::name(k), scalar_setting(v)?)));
                item.map("principal_tags", tags.collect::<Option<Vec<_>>>()?);
            }
            ("UseDefaults", Json::Bool(_)) => item.json("use_defaults", v),
            _ => return None,
        }
    }
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
fn role_mappings(node: &Node, t: &Template, item: &mut Item, naming: Naming) -> Option<()> {
    let Some(attachment) = node.children.iter().find(|c| c.id == "DefaultRoleAttachment") else {
        return Some(());
    };
    let (_, attachment) = super::own_resource(attachment, t)?;
    let Some(mappings) = prop(attachment, "RoleMappings") else { return Some(()) };
    let mut list = Vec::new();
    for (key, m) in mappings.entries() {
        let url = m.get("IdentityProvider")?;
        let mut entries = vec![("provider_url".to_string(), Setting::Text(provider_url(url, t, naming)?))];
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
            entries.push(("rules".to_string(), Setting::List(rules)));
        }
        list.push(Setting::Map(entries));
    }
    if !list.is_empty() {
        item.settings.push(("role_mappings", Setting::List(list)));
    }
    Some(())
}

/// A mapping's provider: the CDK's member for a fixed URL, `user_pool(pool, client)` for a
/// user pool's (its provider name and the client's id), `custom("…")` for another.
fn provider_url(url: &Json, t: &Template, naming: Naming) -> Option<String> {
    if let Some(url) = url.as_str() {
        let member = SOCIAL.iter().find(|(p, ..)| p.fixed_url() == Some(url));
        return Some(member.map_or_else(|| format!("custom({})", string(url)), |(_, m, ..)| m.to_string()));
    }
    let [pool, Json::Str(colon), client] = concatenated(url)? else { return None };
    let pool = match get_att(pool)? {
        (id, "ProviderName") if colon == ":" => item_name(t, id)?,
        _ => return None,
    };
    let client = naming.client(&item_name(t, ref_id(client)?)?)?;
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
fn user_pools(r: &Resource, t: &Template, naming: Naming) -> Option<(String, Setting)> {
    let Some(Json::Arr(providers)) = prop(r, "CognitoIdentityProviders") else { return None };
    let entry = |p: &Json| -> Option<Setting> {
        let client = item_name(t, ref_id(p.get("ClientId")?)?)?;
        let (pool, _) = client.rsplit_once('.')?;
        let mut entries = vec![
            ("user_pool".to_string(), Setting::Text(pool.to_string())),
            ("user_pool_client".to_string(), Setting::Text(naming.client(&client)?)),
        ];
        if p.get("ServerSideTokenCheck") == Some(&Json::Bool(false)) {
            entries.push(("disable_server_side_token_check".into(), Setting::Text("true".into())));
        }
        Some(Setting::Map(entries))
    };
    let pools = providers.iter().map(entry).collect::<Option<Vec<Setting>>>().filter(|p| !p.is_empty())?;
    Some(("user_pools".into(), Setting::List(pools)))
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
        assert_eq!(
            provider_url(&parse(r#""accounts.google.com""#), &t, Naming::Short).as_deref(),
            Some("GOOGLE")
        );
        assert_eq!(
            provider_url(&parse(r#""example.com""#), &t, Naming::Short).as_deref(),
            Some("custom(\"example.com\")")
        );
        let pool = r#"{"Fn::Join": ["", [{"Fn::GetAtt": ["PoolD3F588B8", "ProviderName"]}, ":", {"Ref": "PoolwebB04E50B4"}]]}"#;
        assert_eq!(provider_url(&parse(pool), &t, Naming::Short).as_deref(), Some("user_pool(Pool, web)"));
        assert_eq!(
            provider_url(&parse(pool), &t, Naming::Path).as_deref(),
            Some("user_pool(Pool, Pool.web)")
        );
        let r = parse(
            r#"{"Claim": "custom:role", "MatchType": "StartsWith", "RoleARN": {"Fn::GetAtt": ["AdminsRole1", "Arn"]}, "Value": "admin"}"#,
        );
        assert_eq!(
            crate::program::flat_setting(&rule(&r, &t).unwrap()),
            "{ claim: \"custom:role\", claim_value: \"admin\", mapped_role: Admins, match_type: STARTS_WITH }"
        );
    }

    /// A role node `AuthenticatedRole/{Resource, DefaultPolicy/Resource}` whose policy has
    /// `statements`, in a template holding it at index 0.
    fn role_with_policy(statements: &str) -> (Node, Template) {
        let mut t = crate::lift::test_support::template();
        t.resources.push(resource(
            "AWS::IAM::Policy",
            &format!(r#"{{"PolicyDocument": {{"Statement": {statements}}}}}"#),
        ));
        let leaf = |id: &str, resource| Node { id: id.into(), resource, children: Vec::new() };
        let policy =
            Node { id: "DefaultPolicy".into(), resource: None, children: vec![leaf("Resource", Some(0))] };
        let role = Node {
            id: "AuthenticatedRole".into(),
            resource: None,
            children: vec![leaf("Resource", None), policy],
        };
        (role, t)
    }

    #[test]
    fn a_default_roles_statements() {
        let (role, t) = role_with_policy(
            r#"[{"Action": "s3:GetObject", "Effect": "Allow", "Resource": "arn:aws:s3:::b/*"},
                {"Action": ["s3:PutObject"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}, "Effect": "Deny", "Resource": ["arn:aws:s3:::b/*"]}]"#,
        );
        let got: Vec<String> =
            statements(&role, &t).unwrap().iter().map(crate::program::flat_setting).collect();
        assert_eq!(
            got,
            [
                r#"{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }"#,
                r#"{ effect: DENY, actions: ["s3:PutObject"], resources: ["arn:aws:s3:::b/*"], conditions: { Bool: { "aws:SecureTransport": "false" } } }"#,
            ]
        );
        // What the language's statements cannot write leaves the identity pool to CloudFormation.
        let (role, t) = role_with_policy(r#"[{"NotAction": "s3:*", "Effect": "Allow", "Resource": "*"}]"#);
        assert_eq!(statements(&role, &t), None);
        let (role, t) = role_with_policy(
            r#"[{"Action": "s3:*", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["B", "Arn"]}}]"#,
        );
        assert_eq!(statements(&role, &t), None);
    }

    #[test]
    fn principal_tags_of_a_pools_provider() {
        let mut t = crate::lift::test_support::template();
        let mut pool = resource("AWS::Cognito::UserPool", "{}");
        (pool.logical_id, pool.path) = ("PoolD3F588B8".into(), vec!["Pool".into(), "Resource".into()]);
        t.resources.push(pool);
        t.resources.push(resource(
            "AWS::Cognito::IdentityPoolPrincipalTag",
            r#"{"IdentityPoolId": {"Ref": "X"}, "IdentityProviderName": {"Fn::GetAtt": ["PoolD3F588B8", "ProviderName"]},
                "PrincipalTags": {"username": "sub", "app:tier": "custom:tier"}, "UseDefaults": false}"#,
        ));
        let ids = resource("AWS::Cognito::IdentityPool", "{}");
        let node = Node { id: "Tags".into(), resource: Some(1), children: Vec::new() };
        let item = principal_tags(&node, &ids, &t).unwrap();
        assert_eq!(
            settings(&item),
            [
                "identity_provider_name: Pool.user_pool_provider_name",
                "principal_tags: { username: \"sub\", \"app:tier\": \"custom:tier\" }",
                "use_defaults: false",
            ]
        );
        // Tags for another identity pool are not this one's.
        let other = Resource { logical_id: "Y".into(), ..resource("AWS::Cognito::IdentityPool", "{}") };
        assert_eq!(principal_tags(&node, &other, &t), None);
    }
}
