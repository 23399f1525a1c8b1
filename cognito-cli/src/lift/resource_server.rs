//! `AWS::Cognito::UserPoolResourceServer` → `resource_server ID { … }` in its pool, the inverse
//! of `resources/resource_server/render.rs` (the name defaults to the identifier).

use super::{Item, prop, scalar_setting};
use crate::json::Json;
use crate::template::Resource;

pub fn lift(id: &str, main: usize, r: &Resource) -> Option<Item> {
    let mut item = Item::new("resource_server", id, main);
    // Strings, or values known at deploy time (`reference("Param")`).
    let identifier = prop(r, "Identifier")?;
    item.settings.push(("identifier", scalar_setting(identifier)?));
    if let Some(name) = prop(r, "Name").filter(|n| *n != identifier) {
        item.settings.push(("user_pool_resource_server_name", scalar_setting(name)?));
    }
    if let Some(Json::Arr(scopes)) = prop(r, "Scopes") {
        let scopes: Option<Vec<Json>> = scopes.iter().map(scope).collect();
        item.json("scopes", &Json::Arr(scopes?));
    }
    Some(item)
}

/// `{ scope_name, scope_description }` of one scope.
fn scope(s: &Json) -> Option<Json> {
    let name = s.get("ScopeName").filter(|v| v.as_str().is_some())?;
    let description = s.get("ScopeDescription").filter(|v| v.as_str().is_some())?;
    Some(Json::Obj(vec![
        ("scope_name".into(), name.clone()),
        ("scope_description".into(), description.clone()),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    #[test]
    fn identifier_name_and_scopes() {
        let r = resource(
            "AWS::Cognito::UserPoolResourceServer",
            r#"{"Identifier": "api", "Name": "api", "Scopes": [{"ScopeDescription": "Read", "ScopeName": "read"}], "UserPoolId": {"Ref": "P"}}"#,
        );
        assert_eq!(
            settings(&lift("Api", 0, &r).unwrap()),
            ["identifier: \"api\"", "scopes: [{ scope_name: \"read\", scope_description: \"Read\" }]"]
        );
    }

    #[test]
    fn a_name_known_at_deploy_time() {
        let r = resource(
            "AWS::Cognito::UserPoolResourceServer",
            r#"{"Identifier": "https://api.example.com", "Name": {"Ref": "ApiName"}, "UserPoolId": {"Ref": "P"}}"#,
        );
        assert_eq!(
            settings(&lift("Api", 0, &r).unwrap()),
            [
                "identifier: \"https://api.example.com\"",
                "user_pool_resource_server_name: reference(\"ApiName\")"
            ]
        );
    }
}
