//! `AWS::Cognito::UserPoolGroup` → `group ID { … }` in its pool, the inverse of
//! `resources/group/render.rs`.

use super::{Item, get_att_arn, item_name, prop};
use crate::json::Json;
use crate::template::{Resource, Template};

/// The group; with a role of the block, its plainer form leaves the role's ARN to the
/// overrides (a role that stays CloudFormation is no `role` to name).
pub fn lift(id: &str, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    let mut item = Item::new("group", id, main);
    for (cfn, key) in [("GroupName", "group_name"), ("Description", "description")] {
        if let Some(v) = prop(r, cfn).filter(|v| v.as_str().is_some()) {
            item.json(key, v);
        }
    }
    if let Some(n @ Json::Num(_)) = prop(r, "Precedence") {
        item.json("precedence", n);
    }
    match prop(r, "RoleArn") {
        Some(arn @ Json::Str(_)) => item.json("role", arn),
        Some(arn) => {
            if let Some(role) = get_att_arn(arn).and_then(|id| item_name(t, id)) {
                let plain = item.clone();
                item.text("role", role);
                item.fallback = Some(Box::new(plain));
            }
        }
        None => {}
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
            settings(&lift("admins", 0, &r, &crate::lift::test_support::template()).unwrap()),
            [
                "group_name: \"admins\"",
                "description: \"Administrators\"",
                "precedence: 1",
                "role: \"arn:aws:iam::1:role/a\""
            ]
        );
    }

    #[test]
    fn a_role_of_the_block_by_name_its_arn_in_the_plainer_form() {
        let mut t = crate::lift::test_support::template();
        let mut role = resource("AWS::IAM::Role", "{}");
        (role.logical_id, role.path) = ("GroupRole1".into(), vec!["GroupRole".into(), "Resource".into()]);
        t.resources.push(role);
        let r = resource(
            "AWS::Cognito::UserPoolGroup",
            r#"{"RoleArn": {"Fn::GetAtt": ["GroupRole1", "Arn"]}, "UserPoolId": {"Ref": "P"}}"#,
        );
        let group = lift("admins", 0, &r, &t).unwrap();
        assert_eq!(settings(&group), ["role: GroupRole"]);
        // In a pool, the plainer form is what `plainer_nested` gives.
        let mut pool = Item::new("user_pool", "Pool", 1);
        pool.children.push(crate::lift::Child::Item(group));
        assert!(crate::lift::plainer_nested(&mut pool));
        let [crate::lift::Child::Item(plain)] = pool.children.as_slice() else {
            panic!("{:?}", pool.children)
        };
        assert_eq!((settings(plain).len(), &plain.fallback), (0, &None));
        assert!(!crate::lift::plainer_nested(&mut pool));
    }
}
