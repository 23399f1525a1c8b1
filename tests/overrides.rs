//! `overrides` on any item (the CDK's `addOverride`, `addPropertyOverride` and
//! `addDeletionOverride` on the item's `node.defaultChild`): parity with the AWS CDK through
//! the builders and through `cognito!`, byte for byte (where an override puts a key is part
//! of the contract), and one test per rule.

mod common;

use cognito::*;
use common::*;

/// The template's text is the CDK's, byte for byte (key order included).
fn assert_bytes(stack: &Stack, name: &str) {
    let path = format!("{}/tests/fixtures/cdk/expected/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let theirs = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ours = stack.synth_to_string().unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(ours.trim_end(), theirs.trim_end(), "{name}: the text differs from the CDK's");
}

fn parity(stack: &Stack, name: &str) {
    assert_parity(stack, name);
    assert_bytes(stack, name);
}

fn function() -> LambdaFunction {
    LambdaFunction {
        runtime: "nodejs22.x".into(),
        handler: "index.handler".into(),
        code: Code::Inline("exports.handler = async (e) => e;".into()),
        environment: Some(vec![("STAGE".into(), "dev".into())]),
        ..LambdaFunction::default()
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_overrides_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool { self_sign_up_enabled: Some(true), ..UserPool::default() });
        s.add_property_override(pool, "UserPoolAddOns.AdvancedSecurityMode", "ENFORCED");
        s.add_property_override(pool, "UserPoolTier", "PLUS");
        let email = Raw::object([("Name", "verified_email".into()), ("Priority", 1.into())]);
        s.add_property_override(pool, "AccountRecoverySetting.RecoveryMechanisms", Raw::list([email]));
        s.add_property_override(pool, "VerificationMessageTemplate.DefaultEmailOption", "CONFIRM_WITH_LINK");
        s.add_property_override(pool, "AdminCreateUserConfig.UnusedAccountValidityDays", 3);
        s.add_property_override(pool, "DeletionProtection", "ACTIVE");
        s.add_deletion_override(pool, "Properties.SmsVerificationMessage");
        s.add_override(pool, "DeletionPolicy", "Delete");
        s.add_override(pool, "Metadata.Owner", "identity-team");
        parity(&s, "x_overrides_pool");
    }

    #[test]
    fn x_overrides_client_function() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let web = s.add_client(pool, "web", UserPoolClient::default());
        s.add_property_override(web, "AuthSessionValidity", 5);
        s.add_property_override(web, "ExplicitAuthFlows", Raw::list(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]));
        s.add_property_deletion_override(web, "AllowedOAuthScopes");
        let hook = s.add("Hook", function());
        s.add_property_override(hook, "MemorySize", 256);
        s.add_property_override(hook, "Environment.Variables.LOG_LEVEL", "debug");
        s.add_override(hook, "DependsOn", Raw::list(["PoolD3F588B8"]));
        parity(&s, "x_overrides_client_function");
    }

    #[test]
    fn x_overrides_ui_customization() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let domain = UserPoolDomain {
            cognito_domain: Some(CognitoDomainOptions { domain_prefix: "example-auth".into() }),
            ..UserPoolDomain::default()
        };
        s.add_child(pool, "hosted", domain);
        let css = UserPoolUiCustomizationAttachment {
            client: None,
            css: Some(".banner-customizable { background-color: white; }".into()),
        };
        let css = s.add_child(pool, "Css", css);
        s.add_property_override(css, "CSS", ".banner-customizable { background-color: black; }");
        s.add_override(css, "DependsOn", Raw::list(["Poolhosted6E1D9FCC"]));
        s.add_override(css, "UpdateReplacePolicy", "Retain");
        parity(&s, "x_overrides_ui_customization");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_overrides_pool() {
        let stack = cognito! {
            user_pool Pool {
                self_sign_up_enabled: true,
                overrides: {
                    "Properties.UserPoolAddOns.AdvancedSecurityMode": "ENFORCED",
                    "Properties.UserPoolTier": "PLUS",
                    "Properties.AccountRecoverySetting.RecoveryMechanisms": [{ Name: "verified_email", Priority: 1 }],
                    "Properties.VerificationMessageTemplate.DefaultEmailOption": "CONFIRM_WITH_LINK",
                    "Properties.AdminCreateUserConfig.UnusedAccountValidityDays": 3,
                    "Properties.DeletionProtection": "ACTIVE",
                    "Properties.SmsVerificationMessage": delete,
                    DeletionPolicy: "Delete",
                    "Metadata.Owner": "identity-team",
                },
            }
        };
        parity(&stack, "x_overrides_pool");
    }

    #[test]
    fn x_overrides_client_function() {
        let pool_id = "PoolD3F588B8";
        let stack = cognito! {
            user_pool Pool {
                client web {
                    overrides: {
                        "Properties.AuthSessionValidity": 5,
                        "Properties.ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                        "Properties.AllowedOAuthScopes": delete,
                    },
                }
            }
            lambda_function Hook {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: inline("exports.handler = async (e) => e;"),
                environment: { STAGE: "dev" },
                overrides: {
                    "Properties.MemorySize": 256,
                    "Properties.Environment.Variables.LOG_LEVEL": "debug",
                    DependsOn: [(pool_id)],
                },
            }
        };
        parity(&stack, "x_overrides_client_function");
    }

    #[test]
    fn x_overrides_ui_customization() {
        let stack = cognito! {
            user_pool Pool {
                domain hosted { cognito_domain: { domain_prefix: "example-auth" } }
                ui_customization Css {
                    css: ".banner-customizable { background-color: white; }",
                    overrides: {
                        "Properties.CSS": ".banner-customizable { background-color: black; }",
                        DependsOn: ["Poolhosted6E1D9FCC"],
                        UpdateReplacePolicy: "Retain",
                    },
                }
            }
        };
        parity(&stack, "x_overrides_ui_customization");
    }
}

mod rules {
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
            "`overrides` changes an item's own resource, but a `output` has none (the CDK's `addOverride` is a method of the `CfnResource` a construct holds as `node.defaultChild`); remove `overrides`, or override the item that renders the resource"
        );
    }

    #[test]
    fn path() {
        let m = violation(&pool_with("Properties..UserPoolTier", Some("PLUS".into())), "override.path", "overrides.Properties..UserPoolTier");
        assert_eq!(
            m,
            "`overrides` path \"Properties..UserPoolTier\" has an empty name at step 2; write names separated by `.`, e.g. `Properties.UserPoolAddOns.AdvancedSecurityMode`, with `\\.` for a dot inside a name"
        );
    }

    #[test]
    fn attribute() {
        let m = violation(&pool_with("Propertes.UserPoolTier", Some("PLUS".into())), "override.attribute", "overrides.Propertes.UserPoolTier");
        assert_eq!(
            m,
            "`overrides` path starts with `Propertes`, which an override may not set: CloudFormation rejects the template (\"Invalid template resource property 'Propertes'\"); start the path with `Properties.` for a property, or with one of `DependsOn`, `DeletionPolicy`, `UpdateReplacePolicy`, `UpdatePolicy`, `CreationPolicy`, `Metadata`"
        );
        let m = violation(&pool_with("Type", Some("AWS::SNS::Topic".into())), "override.attribute", "overrides.Type");
        assert_eq!(
            m,
            "`overrides` path starts with `Type`, which an override may not set: the type is what the item is; declare a `cfn_resource` for a resource of another type"
        );
    }

    #[test]
    fn policy() {
        let m = violation(&pool_with("DeletionPolicy", Some("Keep".into())), "override.policy", "overrides.DeletionPolicy");
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

    /// A rule saw the value before the override (as cdk-nag does); the override's own value is
    /// what the schema checks.
    #[test]
    fn rules_see_the_value_before_the_override() {
        let s = pool_with("Properties.UserPoolName", Some("ok-name".into()));
        assert_eq!(s.check(), []);
        let template = s.synth().unwrap_or_default();
        assert_eq!(template["Resources"]["PoolD3F588B8"]["Properties"]["UserPoolName"], "ok-name");
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
