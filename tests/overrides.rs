//! `overrides` on any item (the CDK's `addOverride`, `addPropertyOverride` and
//! `addDeletionOverride` on the item's `node.defaultChild`): parity with the AWS CDK through
//! the builders and through `cognito!`, byte for byte (where an override puts a key is part
//! of the contract; the rules: `tests/rules_escape_hatches.rs`).

mod common;

use cognito::*;
use common::*;

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
        assert_parity(&s, "x_overrides_pool");
    }

    #[test]
    fn x_overrides_client_function() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let web = s.add_client(pool, "web", UserPoolClient::default());
        s.add_property_override(web, "AuthSessionValidity", 5);
        s.add_property_override(
            web,
            "ExplicitAuthFlows",
            Raw::list(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]),
        );
        s.add_property_deletion_override(web, "AllowedOAuthScopes");
        let hook = s.add("Hook", function());
        s.add_property_override(hook, "MemorySize", 256);
        s.add_property_override(hook, "Environment.Variables.LOG_LEVEL", "debug");
        s.add_override(hook, "DependsOn", Raw::list(["PoolD3F588B8"]));
        assert_parity(&s, "x_overrides_client_function");
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
        assert_parity(&s, "x_overrides_ui_customization");
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
        assert_parity(&stack, "x_overrides_pool");
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
        assert_parity(&stack, "x_overrides_client_function");
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
        assert_parity(&stack, "x_overrides_ui_customization");
    }
}
