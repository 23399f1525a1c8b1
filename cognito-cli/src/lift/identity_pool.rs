//! `AWS::Cognito::IdentityPool` → `identity_pool ID { … }`, the inverse of
//! `resources/identity_pool/`: the pool with the default roles and role attachment the CDK's
//! `IdentityPool` makes for itself.

use super::{Item, Setting, get_att_arn, item_name, prop, ref_id};
use crate::json::Json;
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
    user_pools(r, t, &mut item);
    given_roles(node, t, &mut item)?;
    Some(item)
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
        let role = roles.get(cfn).and_then(get_att_arn)?;
        let made = node
            .children
            .iter()
            .find(|c| c.id == own)
            .and_then(|c| super::own_resource(c, t))
            .is_some_and(|(_, r)| r.logical_id == role);
        if !made {
            item.text(key, item_name(t, role)?);
        }
    }
    Some(())
}

/// `authentication_providers: { user_pools: [{ user_pool, user_pool_client }] }`: each
/// client of the block and its pool, by name.
fn user_pools(r: &Resource, t: &Template, item: &mut Item) {
    let Some(Json::Arr(providers)) = prop(r, "CognitoIdentityProviders") else { return };
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
    let Some(pools) = providers.iter().map(entry).collect::<Option<Vec<Setting>>>().filter(|p| !p.is_empty())
    else {
        return;
    };
    let list = pools.iter().map(crate::program::flat_setting).collect::<Vec<_>>().join(", ");
    item.map("authentication_providers", vec![("user_pools".into(), Setting::Text(format!("[{list}]")))]);
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
        };
        assert_eq!(lift(&node(&["Resource", "Extra"]), 0, &r, &t), None);
    }
}
