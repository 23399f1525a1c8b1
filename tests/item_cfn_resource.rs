//! `cfn_resource` (the CDK's `new CfnResource(scope, id, { type, properties })`): parity with
//! the AWS CDK through the builders and through `cognito!`, byte for byte (the CDK keeps a
//! `CfnResource`'s properties in the order written), and one test per rule.

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
        parity(&s, "x_cfn_resource");
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
        s.add("RawRole", raw("AWS::IAM::Role", vec![("AssumeRolePolicyDocument", assume), ("ManagedPolicyArns", admin)]));
        s.add_stack_tag("team", "auth");
        parity(&s, "x_cfn_resource_raw_pool");
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
        parity(&s, "x_cfn_resource_construct");
    }

    #[test]
    fn a_template_resource_maps_back_to_its_cfn_resource() {
        let template = cdk_template("x_cfn_resource");
        let policy = &template["Resources"]["AlertsPolicy"]["Properties"];
        let json: Json = serde_json::from_value::<serde_json::Value>(policy.clone())
            .map(|v| to_json(&v))
            .unwrap_or(Json::Null);
        let Raw::Object(properties) = Raw::from_json(&json) else { panic!("an object") };
        let topics = properties.iter().find(|(k, _)| k == "Topics").map(|(_, v)| v);
        assert_eq!(topics, Some(&Raw::list([Value::reference("Alerts")])));
    }

    fn to_json(v: &serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(*b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or_default()),
            serde_json::Value::String(s) => Json::from(s.clone()),
            serde_json::Value::Array(a) => Json::Arr(a.iter().map(to_json).collect()),
            serde_json::Value::Object(o) => Json::Obj(Obj(o.iter().map(|(k, v)| (k.clone().into(), to_json(v))).collect())),
        }
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
        parity(&stack, "x_cfn_resource");
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
        parity(&stack, "x_cfn_resource_raw_pool");
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
        parity(&stack, "x_cfn_resource_construct");
    }
}

mod rules {
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
        for valid in ["AWS::SNS::Topic", "Custom::Seed", "AWS::CloudFormation::CustomResource", "Org::Net::Vpc::MODULE"] {
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
        s.add("Topic", raw("AWS::SNS::Topic", vec![("TopicName", Value::attr("nope", Attr::UserPoolId).into())]));
        let m = violation(&s, "reference.unknown", "properties.TopicName");
        assert!(m.contains("`nope`"), "{m}");
    }
}
