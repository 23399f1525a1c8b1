//! `cfn_resource` (the CDK's `new CfnResource(scope, id, { type, properties })`): parity with
//! the AWS CDK through the builders and through `cognito!`, byte for byte (the CDK keeps a
//! `CfnResource`'s properties in the order written); the rules are in `tests/rules_escape_hatches.rs`.

mod common;

use cognito::*;
use common::*;

fn raw(r#type: &str, properties: Vec<(&str, Raw)>) -> CfnResource {
    CfnResource {
        r#type: r#type.into(),
        properties: properties.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_cfn_resource() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let group = raw(
            "AWS::Cognito::UserPoolGroup",
            vec![
                ("UserPoolId", Value::attr(pool, Attr::UserPoolId).into()),
                ("GroupName", "admins".into()),
                ("Precedence", 1.into()),
                ("Description", "Administrators".into()),
            ],
        );
        s.add_node(Some(pool), "Admins", None, group);
        let tags = Raw::list([Raw::object([("Key", "team".into()), ("Value", "auth".into())])]);
        let topic = raw(
            "AWS::SNS::Topic",
            vec![("TopicName", "auth-alerts".into()), ("DisplayName", "Auth alerts".into()), ("Tags", tags)],
        );
        s.add("Alerts", topic);
        let statement = Raw::object([
            ("Effect", "Allow".into()),
            ("Principal", Raw::object([("Service", "cognito-idp.amazonaws.com".into())])),
            ("Action", "sns:Publish".into()),
            ("Resource", Value::get_att("Alerts", "TopicArn").into()),
            (
                "Condition",
                Raw::object([(
                    "ArnLike",
                    Raw::object([("aws:SourceArn", Value::attr(pool, Attr::UserPoolArn).into())]),
                )]),
            ),
        ]);
        let policy = Raw::object([("Version", "2012-10-17".into()), ("Statement", Raw::list([statement]))]);
        s.add(
            "AlertsPolicy",
            raw(
                "AWS::SNS::TopicPolicy",
                vec![("Topics", Raw::list([Value::reference("Alerts")])), ("PolicyDocument", policy)],
            ),
        );
        assert_parity(&s, "x_cfn_resource");
    }

    #[test]
    fn x_cfn_resource_raw_pool() {
        let mut s = Stack::new("Stack");
        s.add("Pool", UserPool::default());
        let pool = raw(
            "AWS::Cognito::UserPool",
            vec![("UserPoolName", "raw-pool".into()), ("AliasAttributes", Raw::list(["email"]))],
        );
        s.add("RawPool", pool);
        let statement = Raw::object([
            ("Effect", "Allow".into()),
            ("Principal", Raw::object([("Service", "lambda.amazonaws.com".into())])),
            ("Action", "sts:AssumeRole".into()),
        ]);
        let assume = Raw::object([("Version", "2012-10-17".into()), ("Statement", Raw::list([statement]))]);
        let admin = Raw::list(["arn:aws:iam::aws:policy/AdministratorAccess"]);
        s.add(
            "RawRole",
            raw("AWS::IAM::Role", vec![("AssumeRolePolicyDocument", assume), ("ManagedPolicyArns", admin)]),
        );
        s.add_stack_tag("team", "auth");
        assert_parity(&s, "x_cfn_resource_raw_pool");
    }

    #[test]
    fn x_cfn_resource_construct() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let audit = s.add("Audit", Item::Construct);
        let logs = raw(
            "AWS::Logs::LogGroup",
            vec![("RetentionInDays", 30.into()), ("LogGroupName", "/aws/cognito/audit".into())],
        );
        let trail = s.add_node(Some(audit), "Trail", None, logs);
        s.add_dependency(trail, pool);
        // `applyRemovalPolicy(DESTROY)` writes these two, in this order.
        s.add_override(trail, "UpdateReplacePolicy", "Delete");
        s.add_override(trail, "DeletionPolicy", "Delete");
        s.add_property_override(trail, "LogGroupClass", "STANDARD");
        s.add_override(trail, "Metadata.Purpose", "audit");
        assert_parity(&s, "x_cfn_resource_construct");
    }

    #[test]
    fn x_construct_in_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let extra = s.add_node(Some(pool), "Extra", Some("Extra"), Item::Construct);
        let web = UserPoolClient { user_pool: Some(pool.into()), ..UserPoolClient::default() };
        s.add_node(Some(extra), "web", Some("web"), web);
        s.add_node(Some(extra), "Topic", None, raw("AWS::SNS::Topic", Vec::new()));
        s.add_client(pool, "mobile", UserPoolClient::default());
        assert_parity(&s, "x_construct_in_pool");
    }

    #[test]
    fn a_template_resource_maps_back_to_its_cfn_resource() {
        let template = cdk_template("x_cfn_resource");
        let policy = &template["Resources"]["AlertsPolicy"]["Properties"];
        let json: Json = serde_json::from_value::<serde_json::Value>(policy.clone())
            .map(|v| Json::from_serde(&v))
            .unwrap_or(Json::Null);
        let raw = Raw::from_json(&json);
        let Raw::Object(properties) = &raw else { panic!("an object") };
        let topics = properties.iter().find(|(k, _)| k == "Topics").map(|(_, v)| v);
        assert_eq!(topics, Some(&Raw::list([Value::reference("Alerts")])));
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_cfn_resource() {
        let stack = cognito! {
            user_pool Pool {
                cfn_resource Admins {
                    type: "AWS::Cognito::UserPoolGroup",
                    properties: {
                        UserPoolId: Pool.user_pool_id,
                        GroupName: "admins",
                        Precedence: 1,
                        Description: "Administrators",
                    },
                }
            }
            cfn_resource Alerts {
                type: "AWS::SNS::Topic",
                properties: {
                    TopicName: "auth-alerts",
                    DisplayName: "Auth alerts",
                    Tags: [{ Key: "team", Value: "auth" }],
                },
            }
            cfn_resource AlertsPolicy {
                type: "AWS::SNS::TopicPolicy",
                properties: {
                    Topics: [reference("Alerts")],
                    PolicyDocument: {
                        Version: "2012-10-17",
                        Statement: [{
                            Effect: "Allow",
                            Principal: { Service: "cognito-idp.amazonaws.com" },
                            Action: "sns:Publish",
                            Resource: get_att("Alerts", "TopicArn"),
                            Condition: { ArnLike: { "aws:SourceArn": Pool.user_pool_arn } },
                        }],
                    },
                },
            }
        };
        assert_parity(&stack, "x_cfn_resource");
    }

    #[test]
    fn x_cfn_resource_raw_pool() {
        let admin = "arn:aws:iam::aws:policy/AdministratorAccess";
        let stack = cognito! {
            stack Stack {
                tags: { team: "auth" },
                user_pool Pool {}
                cfn_resource RawPool {
                    type: "AWS::Cognito::UserPool",
                    properties: { UserPoolName: "raw-pool", AliasAttributes: ["email"] },
                }
                cfn_resource RawRole {
                    type: "AWS::IAM::Role",
                    properties: {
                        AssumeRolePolicyDocument: {
                            Version: "2012-10-17",
                            Statement: [{
                                Effect: "Allow",
                                Principal: { Service: "lambda.amazonaws.com" },
                                Action: "sts:AssumeRole",
                            }],
                        },
                        ManagedPolicyArns: [(admin)],
                    },
                }
            }
        };
        assert_parity(&stack, "x_cfn_resource_raw_pool");
    }

    #[test]
    fn x_construct_in_pool() {
        let stack = cognito! {
            user_pool Pool {
                // `new Construct(pool, 'Extra')`: the paths of what it holds go through the pool's.
                construct Extra {
                    user_pool_client web { user_pool: Pool }
                    cfn_resource Topic { type: "AWS::SNS::Topic" }
                }
                client mobile {}
            }
        };
        assert_parity(&stack, "x_construct_in_pool");
    }

    #[test]
    fn x_cfn_resource_construct() {
        let stack = cognito! {
            user_pool Pool {}
            construct Audit {
                cfn_resource Trail {
                    type: "AWS::Logs::LogGroup",
                    properties: { RetentionInDays: 30, LogGroupName: "/aws/cognito/audit" },
                    depends_on: [Pool],
                    overrides: {
                        UpdateReplacePolicy: "Delete",
                        DeletionPolicy: "Delete",
                        "Properties.LogGroupClass": "STANDARD",
                        "Metadata.Purpose": "audit",
                    },
                }
            }
        };
        assert_parity(&stack, "x_cfn_resource_construct");
    }

    /// Items in the scope of a `cfn_resource` (the CDK's `new CfnResource(user, ID, …)`):
    /// their logical ids come from paths through its own.
    #[test]
    fn x_cfn_resource_nested() {
        let stack = cognito! {
            user_pool Pool {
                group Editors { group_name: "editors" }
                cfn_resource Alice {
                    type: "AWS::Cognito::UserPoolUser",
                    properties: { UserPoolId: Pool.user_pool_id, Username: "alice", MessageAction: "SUPPRESS" },
                    cfn_resource Editors {
                        type: "AWS::Cognito::UserPoolUserToGroupAttachment",
                        properties: {
                            GroupName: Pool.Editors.group_name,
                            Username: reference("PoolAlice3452D087"),
                            UserPoolId: Pool.user_pool_id,
                        },
                    }
                    construct Audit {
                        cfn_resource Trail { type: "AWS::Logs::LogGroup", properties: { RetentionInDays: 30 } }
                    }
                }
            }
        };
        assert_parity(&stack, "x_cfn_resource_nested");
    }

    /// A pool made in the scope of a bare resource: tagged and checked as anywhere else.
    #[test]
    fn x_cfn_resource_holds_pool() {
        let stack = cognito! {
            stack Stack {
                tags: { team: "auth" },
                cfn_resource Alerts {
                    type: "AWS::SNS::Topic",
                    properties: { TopicName: "alerts" },
                    user_pool Pool {
                        sign_in_aliases: { email: true },
                        client web { generate_secret: true }
                    }
                }
            }
        };
        assert_parity(&stack, "x_cfn_resource_holds_pool");
    }
}
