//! The rules of the escape hatches: `cfn_resource` (its `type`, its properties against the
//! schema) and `overrides` (their target, path, attributes and policies; the schema check of
//! what they write; the rules reading the settings before them). One test per rule, each
//! asserting its id, its path and its exact message.

mod common;

use cognito::*;
use common::*;

fn raw(r#type: &str, properties: Vec<(&str, Raw)>) -> CfnResource {
    CfnResource {
        r#type: r#type.into(),
        properties: properties.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

mod cfn_resource {
    use super::*;

    fn one(r#type: &str) -> Stack {
        let mut s = Stack::new("Stack");
        s.add("Thing", raw(r#type, vec![]));
        s
    }

    #[test]
    fn type_format() {
        let m = violation(&one("SNS Topic"), "cfn_resource.type", "type");
        assert_eq!(
            m,
            "`type` must be a CloudFormation resource type (got \"SNS Topic\"); CloudFormation rejects the template (\"Template format error: Unrecognized resource types\"); write `Vendor::Service::Resource`, e.g. `AWS::SNS::Topic`, or `Custom::Name` for a custom resource"
        );
        for valid in [
            "AWS::SNS::Topic",
            "Custom::Seed",
            "AWS::CloudFormation::CustomResource",
            "Org::Net::Vpc::MODULE",
        ] {
            assert!(one(valid).check().is_empty(), "{valid}");
        }
    }

    #[test]
    fn unknown_cognito_type() {
        let m = violation(&one("AWS::Cognito::UserPoolGroups"), "cfn_resource.cognito_type", "type");
        assert_eq!(
            m,
            "`type` \"AWS::Cognito::UserPoolGroups\" is not a resource type of Amazon Cognito; CloudFormation rejects the template (\"Template format error: Unrecognized resource types: [AWS::Cognito::UserPoolGroups]\"); did you mean `AWS::Cognito::UserPoolGroup`?"
        );
    }

    /// Another type without a schema here passes unchecked, as the CDK lets it.
    #[test]
    fn other_types_pass_unchecked() {
        let mut s = Stack::new("Stack");
        s.add("Topic", raw("AWS::SNS::Topic", vec![("NoSuchProperty", Raw::Bool(true))]));
        assert_eq!(s.check(), []);
    }

    /// A type with a schema: each issue at the property written.
    #[test]
    fn properties_against_the_schema() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let group = raw(
            "AWS::Cognito::UserPoolGroup",
            vec![("UserPoolId", Value::attr(pool, Attr::UserPoolId).into()), ("Precedence", (-1).into())],
        );
        s.add_node(Some(pool), "Admins", None, group);
        let m = violation(&s, "schema.resource", "properties.Precedence");
        assert_eq!(
            m,
            "`Precedence` must be at least 0 (got -1); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolGroup` schema, `Precedence`)"
        );
    }

    #[test]
    fn references_are_checked() {
        let mut s = Stack::new("Stack");
        s.add(
            "Topic",
            raw("AWS::SNS::Topic", vec![("TopicName", Value::attr("nope", Attr::UserPoolId).into())]),
        );
        let m = violation(&s, "reference.unknown", "properties.TopicName");
        assert!(m.contains("`nope`"), "{m}");
    }
}

mod overrides {
    use super::*;

    fn pool_with(path: &str, value: Option<Raw>) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        match value {
            Some(v) => s.add_override(pool, path, v),
            None => s.add_deletion_override(pool, path),
        }
        s
    }

    #[test]
    fn target() {
        let mut s = Stack::new("Stack");
        let output = s.add("Id", Output { value: "x".into(), ..Output::default() });
        s.add_override(output, "Properties.Value", "y");
        let m = violation(&s, "override.target", "overrides");
        assert_eq!(
            m,
            "`overrides` changes an item's own resource, but an `output` has none (the CDK's `addOverride` is a method of the `CfnResource` a construct holds as `node.defaultChild`); remove `overrides`, or override the item that renders the resource"
        );
    }

    #[test]
    fn path() {
        let m = violation(
            &pool_with("Properties..UserPoolTier", Some("PLUS".into())),
            "override.path",
            "overrides.Properties..UserPoolTier",
        );
        assert_eq!(
            m,
            "`overrides` path \"Properties..UserPoolTier\" has an empty name at step 2; write names separated by `.`, e.g. `Properties.UserPoolAddOns.AdvancedSecurityMode`, with `\\.` for a dot inside a name"
        );
    }

    #[test]
    fn attribute() {
        let m = violation(
            &pool_with("Propertes.UserPoolTier", Some("PLUS".into())),
            "override.attribute",
            "overrides.Propertes.UserPoolTier",
        );
        assert_eq!(
            m,
            "`overrides` path starts with `Propertes`, which an override may not set: CloudFormation rejects the template (\"Invalid template resource property 'Propertes'\"); start the path with `Properties.` for a property, or with one of `DependsOn`, `DeletionPolicy`, `UpdateReplacePolicy`, `UpdatePolicy`, `CreationPolicy`, `Metadata`"
        );
        let m = violation(
            &pool_with("Type", Some("AWS::SNS::Topic".into())),
            "override.attribute",
            "overrides.Type",
        );
        assert_eq!(
            m,
            "`overrides` path starts with `Type`, which an override may not set: the type is what the item is; declare a `cfn_resource` for a resource of another type"
        );
    }

    #[test]
    fn policy() {
        let m = violation(
            &pool_with("DeletionPolicy", Some("Keep".into())),
            "override.policy",
            "overrides.DeletionPolicy",
        );
        assert_eq!(
            m,
            "`DeletionPolicy` must be one of `Delete`, `Retain`, `RetainExceptOnCreate`, `Snapshot` (got \"Keep\"); CloudFormation rejects the template (\"Template format error: Unrecognized DeletionPolicy Keep for resource …\"); write one of them as a string"
        );
        let m = violation(
            &pool_with("UpdateReplacePolicy", Some(Value::reference("Policy").into())),
            "override.policy",
            "overrides.UpdateReplacePolicy",
        );
        assert_eq!(
            m,
            "`UpdateReplacePolicy` must be one of `Delete`, `Retain`, `Snapshot` (got Ref(Policy)); CloudFormation rejects the template (\"Template format error: Every UpdateReplacePolicy member must be a string\"); write one of them as a string"
        );
    }

    /// The schema sees the result of the overrides, reported under the override's value.
    #[test]
    fn an_override_that_breaks_the_schema() {
        let s = pool_with("Properties.UserPoolAddOns.AdvancedSecurityMode", Some("STRICT".into()));
        let m = violation(&s, "schema.resource", "overrides.Properties.UserPoolAddOns.AdvancedSecurityMode");
        assert_eq!(
            m,
            "`AdvancedSecurityMode` must be one of `AUDIT`, `ENFORCED`, `OFF` (got \"STRICT\"); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPool` schema, `UserPoolAddOns.AdvancedSecurityMode`)"
        );
    }

    /// Deleting a required property is reported at the deletion.
    #[test]
    fn a_deletion_that_breaks_the_schema() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let web = s.add_client(pool, "web", UserPoolClient::default());
        s.add_property_deletion_override(web, "UserPoolId");
        let m = violation(&s, "schema.resource", "overrides.Properties.UserPoolId");
        assert_eq!(
            m,
            "`UserPoolId` is required; CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolClient` schema, `UserPoolId`)"
        );
    }

    /// A rule reads the setting, not what an override writes over it (as cdk-nag reads an
    /// L1's props): a `min_length` of 5 breaks its rule though the template says 8; one of 8
    /// holds though an override writes 5, which the schema check (reading the template)
    /// reports under the override.
    #[test]
    fn rules_see_the_value_before_the_override() {
        let with = |setting: i64, written: i64| {
            let mut s = Stack::new("Stack");
            let policy = PasswordPolicy { min_length: Some(setting), ..PasswordPolicy::default() };
            let pool = s.add("Pool", UserPool { password_policy: Some(policy), ..UserPool::default() });
            s.add_property_override(pool, "Policies.PasswordPolicy.MinimumLength", written);
            s
        };
        let broken = with(5, 8);
        let rules: Vec<_> = broken.check().iter().map(|v| v.rule).collect();
        assert_eq!(rules, ["password_policy.min_length"]);
        let m = violation(&broken, "password_policy.min_length", "password_policy.min_length");
        assert_eq!(m, "`min_length` must be between 6 and 99 (got 5)");
        let overridden = with(8, 5);
        let rules: Vec<_> = overridden.check().iter().map(|v| v.rule).collect();
        assert_eq!(rules, ["schema.resource"]);
        let path = "overrides.Properties.Policies.PasswordPolicy.MinimumLength";
        let m = violation(&overridden, "schema.resource", path);
        assert_eq!(
            m,
            "`MinimumLength` must be between 6 and 99 (got 5); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPool` schema, `Policies.PasswordPolicy.MinimumLength`)"
        );
    }

    #[test]
    fn depends_on_names_a_resource() {
        let s = pool_with("DependsOn", Some(Raw::list(["Nowhere"])));
        let m = violation(&s, "template.reference", "overrides.DependsOn.0");
        assert_eq!(
            m,
            "`DependsOn` names `Nowhere`, which is not a resource of this stack; CloudFormation rejects the template (\"Unresolved resource dependencies [Nowhere] in the Resources block of the template\"); name a resource's logical id, or write `depends_on: [item]` on the item"
        );
    }

    #[test]
    fn references_in_values_are_checked() {
        let s = pool_with("Properties.UserPoolName", Some(Value::attr("nope", Attr::UserPoolId).into()));
        let m = violation(&s, "reference.unknown", "overrides.Properties.UserPoolName");
        assert!(m.contains("`nope`"), "{m}");
    }
}

/// An override that writes into an object it makes answers for a property the object lacks,
/// named in the message.
#[test]
fn a_required_property_missing_from_what_an_override_wrote() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_property_override(pool, "UserAttributeUpdateSettings.Other", 1);
    let m = violation(&s, "schema.resource", "overrides.Properties.UserAttributeUpdateSettings.Other");
    assert_eq!(
        m,
        "`AttributesRequireVerificationBeforeUpdate` is required; CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPool` schema, `UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`)"
    );
}

/// An override of the whole `Properties` by a value that is not an object.
#[test]
fn properties_that_are_not_an_object() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_override(pool, "Properties", 5);
    let m = violation(&s, "schema.resource", "overrides.Properties");
    assert_eq!(
        m,
        "`Properties` must be an object (got 5); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPool` schema)"
    );
}
