//! `AWS::Cognito::UserPoolGroup` → `group ID { … }` in its pool, the inverse of
//! `resources/group/render.rs`.

use super::{Item, prop};
use crate::json::Json;
use crate::template::Resource;

pub fn lift(id: &str, main: usize, r: &Resource) -> Option<Item> {
    let mut item = Item::new("group", id, main);
    for (cfn, key) in [("GroupName", "group_name"), ("Description", "description")] {
        if let Some(v) = prop(r, cfn).filter(|v| v.as_str().is_some()) {
            item.json(key, v);
        }
    }
    if let Some(n @ Json::Num(_)) = prop(r, "Precedence") {
        item.json("precedence", n);
    }
    if let Some(arn @ Json::Str(_)) = prop(r, "RoleArn") {
        item.json("role", arn);
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    #[test]
    fn name_description_precedence_role() {
        let r = resource(
            "AWS::Cognito::UserPoolGroup",
            r#"{"Description": "Administrators", "GroupName": "admins", "Precedence": 1, "RoleArn": "arn:aws:iam::1:role/a", "UserPoolId": {"Ref": "P"}}"#,
        );
        assert_eq!(
            settings(&lift("admins", 0, &r).unwrap()),
            [
                "group_name: \"admins\"",
                "description: \"Administrators\"",
                "precedence: 1",
                "role: \"arn:aws:iam::1:role/a\""
            ]
        );
    }
}
