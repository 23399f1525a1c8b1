//! `log_delivery` (`CfnLogDeliveryConfiguration`): parity with the AWS CDK through the builders
//! and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

const LOG_GROUP: &str = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/cognito/notifications";

fn notifications(log_group_arn: &str) -> LogConfiguration {
    LogConfiguration {
        event_source: Some("userNotification".into()),
        log_level: Some("ERROR".into()),
        cloud_watch_logs_configuration: Some(CloudWatchLogsConfiguration {
            log_group_arn: Some(log_group_arn.into()),
        }),
        ..Default::default()
    }
}

fn activity_to_s3(bucket_arn: &str) -> LogConfiguration {
    LogConfiguration {
        event_source: Some("userAuthEvents".into()),
        log_level: Some("INFO".into()),
        s3_configuration: Some(S3Configuration { bucket_arn: Some(bucket_arn.into()) }),
        ..Default::default()
    }
}

fn plus() -> UserPool {
    UserPool { feature_plan: Some(FeaturePlan::Plus), ..Default::default() }
}

mod builders {
    use super::*;

    #[test]
    fn x_log_delivery() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", plus());
        let logs = LogDeliveryConfiguration {
            log_configurations: Some(vec![
                notifications(LOG_GROUP),
                activity_to_s3("arn:aws:s3:::example-cognito-activity"),
            ]),
        };
        s.add_child(pool, "Logs", logs);
        assert_parity(&s, "x_log_delivery");
    }

    #[test]
    fn x_log_delivery_firehose() {
        let mut s = Stack::new("Stack");
        let stream = s.add("StreamArn", Parameter { r#type: Some("String".into()), ..Default::default() });
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let activity = LogConfiguration {
            event_source: Some("userAuthEvents".into()),
            log_level: Some("INFO".into()),
            firehose_configuration: Some(FirehoseConfiguration {
                stream_arn: Some(Value::Attr(stream.into(), Attr::ValueAsString)),
            }),
            ..Default::default()
        };
        s.add_child(pool, "Activity", LogDeliveryConfiguration { log_configurations: Some(vec![activity]) });
        assert_parity(&s, "x_log_delivery_firehose");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_log_delivery() {
        let stack = cognito! {
            user_pool Pool {
                feature_plan: PLUS,
                log_delivery Logs {
                    log_configurations: [
                        {
                            event_source: userNotification,
                            log_level: ERROR,
                            cloud_watch_logs_configuration: {
                                log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/cognito/notifications",
                            },
                        },
                        {
                            event_source: userAuthEvents,
                            log_level: INFO,
                            s3_configuration: { bucket_arn: "arn:aws:s3:::example-cognito-activity" },
                        },
                    ],
                }
            }
        };
        assert_parity(&stack, "x_log_delivery");
    }

    #[test]
    fn x_log_delivery_firehose() {
        let stack = cognito! {
            parameter StreamArn { type: "String" }
            user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                log_delivery Activity {
                    log_configurations: [{
                        event_source: "userAuthEvents",
                        log_level: "INFO",
                        firehose_configuration: { stream_arn: StreamArn.value_as_string },
                    }],
                }
            }
        };
        assert_parity(&stack, "x_log_delivery_firehose");
    }
}

mod rules {
    use super::*;

    /// A PLUS pool whose log delivery has `configurations`.
    fn pool_with(configurations: Vec<LogConfiguration>) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", plus());
        s.add_child(pool, "Logs", LogDeliveryConfiguration { log_configurations: Some(configurations) });
        s
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Logs", LogDeliveryConfiguration { log_configurations: Some(vec![notifications(LOG_GROUP)]) });
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `log_delivery` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn event_source() {
        let missing = LogConfiguration { event_source: None, ..notifications(LOG_GROUP) };
        let m = violation(&pool_with(vec![missing]), "log_delivery.event_source", "log_configurations.0");
        assert_eq!(
            m,
            "a log configuration needs `event_source`: `userNotification` (message delivery errors) or `userAuthEvents` (threat protection's user activity). Cognito rejects it at deploy time"
        );
        let wrong =
            LogConfiguration { event_source: Some("userActivity".into()), ..notifications(LOG_GROUP) };
        let m = violation(
            &pool_with(vec![wrong]),
            "log_delivery.event_source",
            "log_configurations.0.event_source",
        );
        assert_eq!(
            m,
            "`event_source` must be `userNotification` or `userAuthEvents` (got \"userActivity\"). Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn log_level() {
        let info = LogConfiguration { log_level: Some("INFO".into()), ..notifications(LOG_GROUP) };
        let m = violation(&pool_with(vec![info]), "log_delivery.log_level", "log_configurations.0.log_level");
        assert_eq!(
            m,
            "`log_level` must be `ERROR` for `userNotification` events (got \"INFO\"); Cognito sends them at that level only, and rejects another at deploy time"
        );
        let missing = LogConfiguration { log_level: None, ..activity_to_s3("arn:aws:s3:::bucket") };
        let m = violation(&pool_with(vec![missing]), "log_delivery.log_level", "log_configurations.0");
        assert_eq!(
            m,
            "`log_level` must be `INFO` for `userAuthEvents` events; Cognito sends them at that level only, and rejects another at deploy time"
        );
    }

    #[test]
    fn plan() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let logs = LogDeliveryConfiguration {
            log_configurations: Some(vec![activity_to_s3("arn:aws:s3:::bucket")]),
        };
        s.add_child(pool, "Logs", logs);
        let m = violation(&s, "log_delivery.plan", "log_configurations.0.event_source");
        assert_eq!(
            m,
            "`userAuthEvents` logs come from threat protection, which needs the PLUS feature plan, but the pool's plan is ESSENTIALS; set its `feature_plan: PLUS`. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn destination() {
        let none = LogConfiguration { cloud_watch_logs_configuration: None, ..notifications(LOG_GROUP) };
        let m = violation(&pool_with(vec![none]), "log_delivery.destination", "log_configurations.0");
        assert_eq!(
            m,
            "a log configuration needs a destination: `cloud_watch_logs_configuration: { log_group_arn: \"…\" }`, `s3_configuration` or `firehose_configuration`. Cognito rejects it at deploy time"
        );
        let s3 = LogConfiguration {
            cloud_watch_logs_configuration: None,
            s3_configuration: Some(S3Configuration { bucket_arn: Some("arn:aws:s3:::bucket".into()) }),
            ..notifications(LOG_GROUP)
        };
        let m = violation(
            &pool_with(vec![s3]),
            "log_delivery.destination",
            "log_configurations.0.s3_configuration",
        );
        assert_eq!(
            m,
            "`userNotification` logs go to CloudWatch Logs only, not `s3_configuration`; use `cloud_watch_logs_configuration`. Cognito rejects it at deploy time"
        );
        let two = LogConfiguration {
            cloud_watch_logs_configuration: Some(CloudWatchLogsConfiguration {
                log_group_arn: Some(LOG_GROUP.into()),
            }),
            ..activity_to_s3("arn:aws:s3:::bucket")
        };
        let m = violation(
            &pool_with(vec![two]),
            "log_delivery.destination",
            "log_configurations.0.s3_configuration",
        );
        assert_eq!(
            m,
            "a log configuration sends its logs to one destination, but `cloud_watch_logs_configuration`, `s3_configuration` are given; keep one (`s3_configuration` is the second). Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn arns() {
        let lambda = "arn:aws:lambda:us-east-1:123456789012:function:f";
        let m = violation(
            &pool_with(vec![notifications(lambda)]),
            "log_delivery.arn",
            "log_configurations.0.cloud_watch_logs_configuration.log_group_arn",
        );
        assert_eq!(
            m,
            "`log_group_arn` must be the ARN of a `logs` resource, such as `arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/my-group` (got a `lambda` ARN)"
        );
        let m = violation(
            &pool_with(vec![activity_to_s3("arn:aws:s3:us-east-1:123456789012:bucket")]),
            "log_delivery.arn",
            "log_configurations.0.s3_configuration.bucket_arn",
        );
        assert_eq!(
            m,
            "`bucket_arn` must be an S3 bucket ARN such as `arn:aws:s3:::my-bucket` (got \"arn:aws:s3:us-east-1:123456789012:bucket\"); CloudFormation rejects it at deploy time"
        );
    }

    #[test]
    fn one_per_pool_a_warning() {
        let mut s = pool_with(vec![notifications(LOG_GROUP)]);
        let pool = s.find("Pool").expect("the pool");
        let second = s.add_child(
            pool,
            "More",
            LogDeliveryConfiguration {
                log_configurations: Some(vec![activity_to_s3("arn:aws:s3:::bucket")]),
            },
        );
        assert!(s.check().is_empty(), "{:#?}", s.check());
        let [w] = s.diagnose().try_into().unwrap_or_else(|d| panic!("expected one warning: {d:#?}"));
        assert_eq!((w.rule, w.node, w.severity), ("log_delivery.duplicate", Some(second), Severity::Warning));
        assert_eq!(
            w.message,
            "the pool already has a `log_delivery` (`Pool/Logs`), and Cognito keeps one log delivery configuration per pool: each overwrites the other; put every log configuration in one `log_delivery`"
        );
    }
}
