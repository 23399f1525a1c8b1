//! `AWS::Cognito::UserPoolDomain` → `domain ID { … }` in its pool, the inverse of
//! `resources/domain/render.rs`: a Cognito prefix, or a custom domain with its certificate,
//! and the managed login version.

use super::{Item, prop};
use crate::json::Json;
use crate::print::scalar;
use crate::template::Resource;

pub fn lift(id: &str, main: usize, r: &Resource) -> Option<Item> {
    let mut item = Item::new("domain", id, main);
    // A string, or a value known at deploy time (`reference("AWS::Region")`, `sub("…")`).
    let domain = scalar(prop(r, "Domain")?)?;
    match prop(r, "CustomDomainConfig") {
        None => item.text("cognito_domain", format!("{{ domain_prefix: {domain} }}")),
        Some(config) => {
            let arn = scalar(config.get("CertificateArn")?)?;
            item.text(
                "custom_domain",
                format!("{{ domain_name: {domain}, certificate: from_certificate_arn({arn}) }}"),
            );
        }
    }
    match prop(r, "ManagedLoginVersion") {
        None => {}
        Some(Json::Num(n)) if n == "1" => item.text("managed_login_version", "CLASSIC_HOSTED_UI"),
        Some(Json::Num(n)) if n == "2" => item.text("managed_login_version", "NEWER_MANAGED_LOGIN"),
        Some(_) => return None,
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    #[test]
    fn prefix_or_custom_domain() {
        let cognito =
            resource("AWS::Cognito::UserPoolDomain", r#"{"Domain": "my-app", "UserPoolId": {"Ref": "P"}}"#);
        assert_eq!(
            settings(&lift("d", 0, &cognito).unwrap()),
            ["cognito_domain: { domain_prefix: \"my-app\" }"]
        );
        let custom = resource(
            "AWS::Cognito::UserPoolDomain",
            r#"{"CustomDomainConfig": {"CertificateArn": "arn:aws:acm:us-east-1:1:certificate/c"}, "Domain": "auth.example.com"}"#,
        );
        assert_eq!(
            settings(&lift("d", 0, &custom).unwrap()),
            [
                "custom_domain: { domain_name: \"auth.example.com\", certificate: from_certificate_arn(\"arn:aws:acm:us-east-1:1:certificate/c\") }"
            ]
        );
    }

    #[test]
    fn values_known_at_deploy_time_and_the_managed_login_version() {
        let domain = resource(
            "AWS::Cognito::UserPoolDomain",
            r#"{"Domain": {"Fn::Sub": "${AWS::StackName}-auth"}, "ManagedLoginVersion": 2, "UserPoolId": {"Ref": "P"}}"#,
        );
        assert_eq!(
            settings(&lift("d", 0, &domain).unwrap()),
            [
                "cognito_domain: { domain_prefix: sub(\"${AWS::StackName}-auth\") }",
                "managed_login_version: NEWER_MANAGED_LOGIN"
            ]
        );
        let unknown =
            resource("AWS::Cognito::UserPoolDomain", r#"{"Domain": "a", "ManagedLoginVersion": 3}"#);
        assert_eq!(lift("d", 0, &unknown), None);
    }
}
