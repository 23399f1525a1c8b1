//! `AWS::Cognito::UserPoolDomain` → `domain ID { … }` in its pool, the inverse of
//! `resources/domain/render.rs`: a Cognito prefix, or a custom domain with its certificate.

use super::{Item, prop};
use crate::json::Json;
use crate::print::string;
use crate::template::Resource;

pub fn lift(id: &str, main: usize, r: &Resource) -> Option<Item> {
    let mut item = Item::new("domain", id, main);
    let domain = prop(r, "Domain").and_then(Json::as_str)?;
    match prop(r, "CustomDomainConfig") {
        None => item.text("cognito_domain", format!("{{ domain_prefix: {} }}", string(domain))),
        Some(config) => {
            let arn = config.get("CertificateArn").and_then(Json::as_str)?;
            item.text(
                "custom_domain",
                format!(
                    "{{ domain_name: {}, certificate: from_certificate_arn({}) }}",
                    string(domain),
                    string(arn)
                ),
            );
        }
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
}
