//! `AWS::Cognito::IdentityPool` → `identity_pool ID { … }`, the inverse of
//! `resources/identity_pool/`: the pool with the default roles and role attachment the CDK's
//! `IdentityPool` makes for itself.

use super::{Item, prop};
use crate::json::Json;
use crate::template::Resource;
use crate::tree::Node;

/// The constructs an `IdentityPool` makes below itself.
const OWN_CHILDREN: &[&str] =
    &["Resource", "AuthenticatedRole", "UnauthenticatedRole", "DefaultRoleAttachment"];

pub fn lift(node: &Node, main: usize, r: &Resource) -> Option<Item> {
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
    Some(item)
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
        let item = lift(&node(&["Resource", "AuthenticatedRole"]), 0, &r).unwrap();
        assert_eq!(
            settings(&item),
            ["identity_pool_name: \"ids\"", "allow_unauthenticated_identities: true"]
        );
    }

    #[test]
    fn other_constructs_below_are_not_the_cdks() {
        let r = resource("AWS::Cognito::IdentityPool", "{}");
        assert_eq!(lift(&node(&["Resource", "Extra"]), 0, &r), None);
    }
}
