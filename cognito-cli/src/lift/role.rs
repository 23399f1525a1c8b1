//! `AWS::IAM::Role` → `role ID { assumed_by: service_principal("…"), … }`, the inverse of
//! `resources/iam.rs` for a role a service or a federated principal assumes (an SMS role, a
//! group's or an identity pool's role).

use super::{Item, own_resource, prop, scalar_setting};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};
use crate::tree::Node;

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    // A `DefaultPolicy` is what grants on pools give it (`pool.grant(role, …)`); statements of
    // its own would be missing from the item's template, which then differs.
    let own = |c: &Node| c.id == "Resource" || c.id == "DefaultPolicy";
    if !node.children.iter().all(own) || own_resource(node, t).map(|(i, _)| i) != Some(main) {
        return None;
    }
    let mut item = Item::new("role", &node.id, main);
    item.text("assumed_by", assumed_by(prop(r, "AssumeRolePolicyDocument")?)?);
    for (cfn, key) in [("RoleName", "role_name"), ("Description", "description")] {
        if let Some(v) = prop(r, cfn) {
            item.settings.push((key, scalar_setting(v)?));
        }
    }
    Some(item)
}

/// `service_principal("…")` or `federated_principal("…", { conditions }, "action")`: the
/// trust policy the CDK writes for `new ServicePrincipal(…)` or `new FederatedPrincipal(…)`,
/// one statement letting the principal assume the role.
fn assumed_by(document: &Json) -> Option<String> {
    let Some(Json::Arr(statements)) = document.get("Statement") else { return None };
    let [statement] = statements.as_slice() else { return None };
    let only_statement =
        document.get("Version").and_then(Json::as_str) == Some("2012-10-17") && document.entries().len() == 2;
    let principal = statement.get("Principal")?;
    let action = statement.get("Action")?.as_str()?;
    let conditions = statement.get("Condition");
    let mut expected = vec![
        ("Action", Json::Str(action.into())),
        ("Effect", Json::Str("Allow".into())),
        ("Principal", principal.clone()),
    ];
    expected.extend(conditions.map(|c| ("Condition", c.clone())));
    let plain = only_statement
        && statement.entries().len() == expected.len()
        && expected.iter().all(|(k, v)| statement.get(k) == Some(v));
    if !plain {
        return None;
    }
    match principal.entries() {
        [(k, Json::Str(service))] if k == "Service" && action == "sts:AssumeRole" && conditions.is_none() => {
            Some(format!("service_principal({})", string(service)))
        }
        [(k, Json::Str(federated))] if k == "Federated" => {
            let conditions = match conditions {
                Some(c @ Json::Obj(_)) => crate::print::flat(c),
                None => "{}".to_string(),
                Some(_) => return None,
            };
            Some(format!("federated_principal({}, {conditions}, {})", string(federated), string(action)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn a_service_principal() {
        let doc = r#"{"Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "cognito-idp.amazonaws.com"}}], "Version": "2012-10-17"}"#;
        assert_eq!(
            assumed_by(&parse(doc).unwrap()).as_deref(),
            Some("service_principal(\"cognito-idp.amazonaws.com\")")
        );
    }

    #[test]
    fn a_condition_or_another_principal_is_not_one() {
        let with_condition = r#"{"Statement": [{"Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "x"}}, "Effect": "Allow", "Principal": {"Service": "cognito-idp.amazonaws.com"}}], "Version": "2012-10-17"}"#;
        assert_eq!(assumed_by(&parse(with_condition).unwrap()), None);
        let two = r#"{"Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": ["a.amazonaws.com", "b.amazonaws.com"]}}], "Version": "2012-10-17"}"#;
        assert_eq!(assumed_by(&parse(two).unwrap()), None);
    }

    #[test]
    fn a_federated_principal_with_its_conditions() {
        let federated = r#"{"Statement": [{"Action": "sts:AssumeRoleWithWebIdentity", "Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}}], "Version": "2012-10-17"}"#;
        assert_eq!(
            assumed_by(&parse(federated).unwrap()).as_deref(),
            Some(
                r#"federated_principal("cognito-identity.amazonaws.com", {}, "sts:AssumeRoleWithWebIdentity")"#
            )
        );
        let conditions = r#"{"Statement": [{"Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:1"}}, "Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}}], "Version": "2012-10-17"}"#;
        assert_eq!(
            assumed_by(&parse(conditions).unwrap()).as_deref(),
            Some(
                r#"federated_principal("cognito-identity.amazonaws.com", { StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east-1:1" } }, "sts:AssumeRoleWithWebIdentity")"#
            )
        );
    }
}
