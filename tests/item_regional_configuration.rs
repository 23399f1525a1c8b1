//! `regional_configuration` (`CfnUserPoolRegionalConfigurationAttachment`): parity with the
//! AWS CDK through the builders and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

const KEY: &str = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const SENDER: &str = "arn:aws:lambda:eu-west-1:123456789012:function:email-sender";

fn region(account: Option<&str>, region: &str) -> Env {
    Env { account: account.map(str::to_owned), region: Some(region.into()) }
}

fn sender(arn: &str, version: &str) -> RegionalLambdaTrigger {
    RegionalLambdaTrigger { lambda_arn: Some(arn.into()), lambda_version: Some(version.into()) }
}

mod builders {
    use super::*;

    #[test]
    fn x_regional_configuration() {
        let mut s = Stack::new("Stack").with_env(region(Some("123456789012"), "us-west-2"));
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let lambda_config = RegionalLambdaConfig {
            pre_sign_up: Some(Arn::Item("signUp".into())),
            post_confirmation: Some(
                "arn:aws:lambda:us-west-2:123456789012:function:post-confirmation".into(),
            ),
            ..Default::default()
        };
        let west = UserPoolRegionalConfigurationAttachment {
            lambda_config: Some(lambda_config),
            status: Some("ACTIVE".into()),
            user_pool_tags: Some(vec![("region".to_owned(), "us-west-2".into())]),
            ..Default::default()
        };
        s.add_child(pool, "West", west);
        let code = Code::Inline("exports.handler = async (e) => e;".into());
        s.add("signUp", LambdaFunction { code, ..pool::function(false) });
        assert_parity(&s, "x_regional_configuration");
    }

    #[test]
    fn x_regional_configuration_messaging() {
        let mut s = Stack::new("Stack").with_env(region(None, "eu-west-1"));
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let messaging = UserPoolRegionalConfigurationAttachment {
            email_configuration: Some(RegionalEmailConfiguration {
                email_sending_account: Some("DEVELOPER".into()),
                source_arn: Some("arn:aws:ses:eu-west-1:123456789012:identity/example.com".into()),
                from: Some("Example <no-reply@example.com>".into()),
                reply_to_email_address: Some("support@example.com".into()),
                configuration_set: Some("cognito-events".into()),
            }),
            sms_configuration: Some(RegionalSmsConfiguration {
                sns_caller_arn: Some("arn:aws:iam::123456789012:role/cognito-sms".into()),
                external_id: Some("cognito-sms-eu".into()),
                sns_region: Some("eu-west-1".into()),
                eums_sms: None,
            }),
            lambda_config: Some(RegionalLambdaConfig {
                custom_email_sender: Some(sender(SENDER, "V1_0")),
                kms_key_id: Some(KEY.into()),
                ..Default::default()
            }),
            status: Some("INACTIVE".into()),
            user_pool_tags: None,
        };
        s.add_child(pool, "Messaging", messaging);
        assert_parity(&s, "x_regional_configuration_messaging");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_regional_configuration() {
        let stack = cognito! {
            stack Stack {
                env: { account: "123456789012", region: "us-west-2" },
                user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                    regional_configuration West {
                        lambda_config: {
                            pre_sign_up: signUp,
                            post_confirmation: "arn:aws:lambda:us-west-2:123456789012:function:post-confirmation",
                        },
                        status: ACTIVE,
                        user_pool_tags: { region: "us-west-2" },
                    }
                }
                lambda_function signUp {
                    runtime: "nodejs20.x",
                    handler: "index.handler",
                    code: inline("exports.handler = async (e) => e;"),
                }
            }
        };
        assert_parity(&stack, "x_regional_configuration");
    }

    #[test]
    fn x_regional_configuration_messaging() {
        let stack = cognito! {
            stack Stack {
                env: { region: "eu-west-1" },
                user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                    regional_configuration Messaging {
                        email_configuration: {
                            email_sending_account: DEVELOPER,
                            source_arn: "arn:aws:ses:eu-west-1:123456789012:identity/example.com",
                            from: "Example <no-reply@example.com>",
                            reply_to_email_address: "support@example.com",
                            configuration_set: "cognito-events",
                        },
                        sms_configuration: {
                            sns_caller_arn: "arn:aws:iam::123456789012:role/cognito-sms",
                            external_id: "cognito-sms-eu",
                            sns_region: "eu-west-1",
                        },
                        lambda_config: {
                            custom_email_sender: {
                                lambda_arn: "arn:aws:lambda:eu-west-1:123456789012:function:email-sender",
                                lambda_version: V1_0,
                            },
                            kms_key_id: "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                        status: INACTIVE,
                    }
                }
            }
        };
        assert_parity(&stack, "x_regional_configuration_messaging");
    }
}

mod rules {
    use super::*;

    /// An imported pool of `us-east-1`, in a stack of `eu-west-1`, with `attachment` in it.
    fn replica_with(attachment: UserPoolRegionalConfigurationAttachment) -> Stack {
        let mut s = Stack::new("Stack").with_env(region(None, "eu-west-1"));
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        s.add_child(pool, "Replica", attachment);
        s
    }

    fn with_lambda(lambda_config: RegionalLambdaConfig) -> Stack {
        replica_with(UserPoolRegionalConfigurationAttachment {
            lambda_config: Some(lambda_config),
            ..Default::default()
        })
    }

    fn with_email(email: RegionalEmailConfiguration) -> Stack {
        replica_with(UserPoolRegionalConfigurationAttachment {
            email_configuration: Some(email),
            ..Default::default()
        })
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Replica", UserPoolRegionalConfigurationAttachment::default());
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(
            m,
            "a `regional_configuration` belongs to a user pool: declare it inside `user_pool … { }`"
        );
    }

    #[test]
    fn replica_region() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_child(pool, "Replica", UserPoolRegionalConfigurationAttachment::default());
        let m = violation(&s, "regional_configuration.region", "");
        assert_eq!(
            m,
            "a `regional_configuration` configures a replica, in the replica's Region, but this stack creates the pool, so it is in the pool's own Region; declare it in a stack of the replica's Region, inside `user_pool … = from_user_pool_id(\"…\")`. Cognito rejects it at deploy time"
        );
        let mut s = Stack::new("Stack").with_env(region(None, "us-east-1"));
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        s.add_child(pool, "Replica", UserPoolRegionalConfigurationAttachment::default());
        let m = violation(&s, "regional_configuration.region", "");
        assert_eq!(
            m,
            "a `regional_configuration` configures a replica, in the replica's Region, but the stack deploys to \"us-east-1\", the pool's own Region; declare it in a stack of the replica's Region, inside `user_pool … = from_user_pool_id(\"…\")`. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn status() {
        let s = replica_with(UserPoolRegionalConfigurationAttachment {
            status: Some("ENABLED".into()),
            ..Default::default()
        });
        let m = violation(&s, "regional_configuration.status", "status");
        assert_eq!(
            m,
            "`status` must be ACTIVE or INACTIVE (got \"ENABLED\"); Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn email_sending_account() {
        let s = with_email(RegionalEmailConfiguration {
            email_sending_account: Some("SES".into()),
            ..Default::default()
        });
        let m = violation(
            &s,
            "regional_configuration.email_sending_account",
            "email_configuration.email_sending_account",
        );
        assert_eq!(
            m,
            "`email_sending_account` must be COGNITO_DEFAULT or DEVELOPER (got \"SES\"); Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn source_arn() {
        let s = with_email(RegionalEmailConfiguration {
            email_sending_account: Some("DEVELOPER".into()),
            ..Default::default()
        });
        let m =
            violation(&s, "regional_configuration.source_arn", "email_configuration.email_sending_account");
        assert_eq!(
            m,
            "`email_sending_account: DEVELOPER` sends e-mail through Amazon SES and needs `source_arn`, the ARN of a verified SES identity; add `source_arn: \"arn:aws:ses:…:identity/example.com\"`. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn arns() {
        let s = with_email(RegionalEmailConfiguration {
            email_sending_account: Some("DEVELOPER".into()),
            source_arn: Some("arn:aws:sns:eu-west-1:123456789012:topic".into()),
            ..Default::default()
        });
        let m = violation(&s, "regional_configuration.arn", "email_configuration.source_arn");
        assert_eq!(
            m,
            "`source_arn` must be the ARN of a `ses` resource, such as `arn:aws:ses:us-east-1:123456789012:identity/example.com` (got a `sns` ARN)"
        );
        let s = with_lambda(RegionalLambdaConfig {
            pre_sign_up: Some("not an arn".into()),
            ..Default::default()
        });
        let m = violation(&s, "regional_configuration.arn", "lambda_config.pre_sign_up");
        assert_eq!(
            m,
            "`pre_sign_up` must be an ARN such as `arn:aws:lambda:us-east-1:123456789012:function:my-function` (got \"not an arn\"); CloudFormation rejects it at deploy time"
        );
    }

    #[test]
    fn trigger_is_a_function() {
        let mut s = with_lambda(RegionalLambdaConfig {
            pre_sign_up: Some(Arn::Item("Other".into())),
            ..Default::default()
        });
        s.add("Other", UserPool::default());
        let m = violation(&s, "reference.kind", "lambda_config.pre_sign_up");
        assert_eq!(m, "`pre_sign_up` must refer to a `lambda_function`, but `Other` is a `user_pool`");
    }

    #[test]
    fn lambda_version() {
        let s = with_lambda(RegionalLambdaConfig {
            custom_email_sender: Some(sender(SENDER, "V2_0")),
            kms_key_id: Some(KEY.into()),
            ..Default::default()
        });
        let m = violation(
            &s,
            "regional_configuration.lambda_version",
            "lambda_config.custom_email_sender.lambda_version",
        );
        assert_eq!(
            m,
            "`lambda_version` of `custom_email_sender` must be V1_0 (got \"V2_0\"); Cognito rejects it at deploy time"
        );
        let v3 = RegionalLambdaConfig {
            pre_token_generation_config: Some(sender(SENDER, "V3_0")),
            ..Default::default()
        };
        assert!(with_lambda(v3).check().is_empty());
    }

    #[test]
    fn kms_key() {
        let s = with_lambda(RegionalLambdaConfig {
            custom_sms_sender: Some(sender(SENDER, "V1_0")),
            ..Default::default()
        });
        let m = violation(&s, "regional_configuration.kms_key", "lambda_config.custom_sms_sender");
        assert_eq!(
            m,
            "`custom_sms_sender` needs `kms_key_id` in `lambda_config`, the KMS key Cognito encrypts the codes it sends the sender with; add `kms_key_id: \"arn:aws:kms:…\"`. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn pre_token_generation() {
        let s = with_lambda(RegionalLambdaConfig {
            pre_token_generation: Some("arn:aws:lambda:eu-west-1:123456789012:function:legacy".into()),
            pre_token_generation_config: Some(sender(SENDER, "V2_0")),
            ..Default::default()
        });
        let m = violation(
            &s,
            "regional_configuration.pre_token_generation",
            "lambda_config.pre_token_generation",
        );
        assert_eq!(
            m,
            "`pre_token_generation` and `pre_token_generation_config.lambda_arn` name different functions, and Cognito takes the same in both; keep `pre_token_generation_config` alone, or give both the same function. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn schema_violation_at_the_setting() {
        let sms = RegionalSmsConfiguration {
            eums_sms: Some(EumsSmsConfiguration {
                caller_arn: "arn:aws:iam::123456789012:role/sms".into(),
                ..Default::default()
            }),
            ..Default::default()
        };
        let mut attachment =
            UserPoolRegionalConfigurationAttachment { sms_configuration: Some(sms), ..Default::default() };
        attachment.user_pool_tags = Some(vec![("team!".to_owned(), "auth".into())]);
        let s = replica_with(attachment);
        let m = violation(&s, "schema.resource", "user_pool_tags.team!");
        assert_eq!(
            m,
            "`team!` is not a name this map takes (a name matches `^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$`); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolRegionalConfigurationAttachment` schema, `UserPoolTags.team!`)"
        );
        // The name is what is wrong: the caret goes under the key.
        let targets: Vec<Target> =
            s.check().into_iter().filter(|v| v.rule == "schema.resource").map(|v| v.target).collect();
        assert_eq!(targets, [Target::Key]);
    }
}
