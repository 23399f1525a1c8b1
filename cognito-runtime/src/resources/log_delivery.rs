//! `log_delivery`: where a user pool sends its logs (`AWS::Cognito::LogDeliveryConfiguration`,
//! the CDK's `CfnLogDeliveryConfiguration`): message delivery errors, and threat protection's
//! user activity.

use crate::context::cfn::{ToCfn, check_in_pool, render_in_pool};
use crate::context::check::{Check, Issue};
use crate::context::rules::arn;
use crate::context::synth::Synth;
use crate::core::cfn_value::Word;
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::table::Segment;
use crate::core::value::Value;

/// The props table of `log_delivery`: CloudFormation's own props (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __log_delivery_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::LogDeliveryConfiguration`: the log delivery of the enclosing pool
        /// (its `UserPoolId`).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct LogDeliveryConfiguration "log_delivery" {
            /// `LogConfigurations`: one per source of events.
            log_configurations: Option<Vec<LogConfiguration>> = "LogConfigurations",
        }

        /// `LogConfiguration`: a source of events, its level and where its logs go.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct LogConfiguration "log_configurations" {
            /// `LogLevel`: `ERROR` (with `userNotification`) or `INFO` (with `userAuthEvents`).
            log_level: Option<Word> = "LogLevel",
            /// `EventSource`: `userNotification` (message delivery errors) or `userAuthEvents`
            /// (threat protection's user activity, on the PLUS plan).
            event_source: Option<Word> = "EventSource",
            /// `CloudWatchLogsConfiguration`: a CloudWatch Logs log group.
            cloud_watch_logs_configuration: Option<CloudWatchLogsConfiguration> = "CloudWatchLogsConfiguration",
            /// `S3Configuration`: an S3 bucket (`userAuthEvents` only).
            s3_configuration: Option<S3Configuration> = "S3Configuration",
            /// `FirehoseConfiguration`: a Data Firehose stream (`userAuthEvents` only).
            firehose_configuration: Option<FirehoseConfiguration> = "FirehoseConfiguration",
        }

        /// `CloudWatchLogsConfiguration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CloudWatchLogsConfiguration "cloud_watch_logs_configuration" {
            /// `LogGroupArn`: the log group's ARN (not KMS-encrypted, in the pool's account).
            log_group_arn: Option<Value> = "LogGroupArn",
        }

        /// `S3Configuration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct S3Configuration "s3_configuration" {
            /// `BucketArn`: the bucket's ARN, `arn:aws:s3:::BUCKET`.
            bucket_arn: Option<Value> = "BucketArn",
        }

        /// `FirehoseConfiguration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct FirehoseConfiguration "firehose_configuration" {
            /// `StreamArn`: the delivery stream's ARN.
            stream_arn: Option<Value> = "StreamArn",
        }
        }
    };
}

__log_delivery_props!(crate::define_cfn_props);

/// Configurations sit in a list at their index.
impl Segment for LogConfiguration {}

/// A source of events, and the level Cognito sends it at.
struct Source {
    name: &'static str,
    level: &'static str,
}

/// Cognito (`LogConfigurationType`): the two sources of events and their levels.
const SOURCES: [Source; 2] =
    [Source { name: "userNotification", level: "ERROR" }, Source { name: "userAuthEvents", level: "INFO" }];

impl LogDeliveryConfiguration {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        render_in_pool(cx, node, "AWS::Cognito::LogDeliveryConfiguration", props);
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "log_delivery") else { return };
        one_per_pool(pool, cx);
        for (i, c) in self.log_configurations.iter().flatten().enumerate() {
            let path = format!("log_configurations.{i}");
            let source = event_source(c, &path, cx);
            if let Some(source) = source {
                log_level(c, source, &path, cx);
                if source.name == "userAuthEvents" {
                    plus_plan(pool, &path, cx);
                }
            }
            destination(c, source, &path, cx);
            arns(c, &path, cx);
        }
    }
}

/// Cognito (`LogConfigurationType.EventSource`, required: `userNotification` or
/// `userAuthEvents`); `None` when it is not one of them, or not a literal.
fn event_source(c: &LogConfiguration, path: &str, cx: &mut Check) -> Option<&'static Source> {
    let Some(word) = &c.event_source else {
        cx.push(
            Issue::new(
                "log_delivery.event_source",
                path,
                "a log configuration needs `event_source`: `userNotification` (message delivery errors) or `userAuthEvents` (threat protection's user activity). Cognito rejects it at deploy time",
            )
            .target(Target::Key),
        );
        return None;
    };
    let given = word.0.literal()?;
    let found = SOURCES.iter().find(|s| s.name == given);
    if found.is_none() {
        cx.push(
            Issue::new(
                "log_delivery.event_source",
                format!("{path}.event_source"),
                format!("`event_source` must be `userNotification` or `userAuthEvents` (got {given:?}). Cognito rejects it at deploy time"),
            )
            .value(format!("{given:?}")),
        );
    }
    found
}

/// Cognito (`LogConfigurationType.LogLevel`: "To send `userNotification` activity … choose
/// `ERROR` … To send `userAuthEvents` activity … choose `INFO`").
fn log_level(c: &LogConfiguration, source: &Source, path: &str, cx: &mut Check) {
    let given = c.log_level.as_ref().map(|w| w.0.literal());
    if given == Some(Some(source.level)) || given == Some(None) {
        return;
    }
    let (at, target, got) = match given.flatten() {
        Some(level) => (format!("{path}.log_level"), Target::Value, format!(" (got {level:?})")),
        None => (path.to_owned(), Target::Key, String::new()),
    };
    cx.push(
        Issue::new(
            "log_delivery.log_level",
            at,
            format!("`log_level` must be `{}` for `{}` events{got}; Cognito sends them at that level only, and rejects another at deploy time", source.level, source.name),
        )
        .related(format!("{path}.event_source"))
        .target(target),
    );
}

/// Cognito (`LogConfigurationType.EventSource`: `userAuthEvents` is "threat-protection user
/// activity in user pools with the Plus feature plan").
fn plus_plan(pool: NodeId, path: &str, cx: &mut Check) {
    let Some(plan) = cx.facts.feature_plan(pool) else { return };
    if plan == "PLUS" {
        return;
    }
    cx.push(
        Issue::new(
            "log_delivery.plan",
            format!("{path}.event_source"),
            format!("`userAuthEvents` logs come from threat protection, which needs the PLUS feature plan, but the pool's plan is {plan}; set its `feature_plan: PLUS`. Cognito rejects it at deploy time"),
        )
        .reads(pool, "feature_plan"),
    );
}

/// Cognito (`LogConfigurationType.LogLevel`: `userNotification` goes "with
/// `CloudWatchLogsConfiguration`", `userAuthEvents` "with one of `CloudWatchLogsConfiguration`,
/// `FirehoseConfiguration`, or `S3Configuration`"): one destination, of those the source takes.
fn destination(c: &LogConfiguration, source: Option<&Source>, path: &str, cx: &mut Check) {
    let given: Vec<&str> = [
        ("cloud_watch_logs_configuration", c.cloud_watch_logs_configuration.is_some()),
        ("s3_configuration", c.s3_configuration.is_some()),
        ("firehose_configuration", c.firehose_configuration.is_some()),
    ]
    .into_iter()
    .filter_map(|(k, given)| given.then_some(k))
    .collect();
    let message = match (given.as_slice(), source.map(|s| s.name)) {
        ([], _) => "a log configuration needs a destination: `cloud_watch_logs_configuration: { log_group_arn: \"…\" }`, `s3_configuration` or `firehose_configuration`".to_owned(),
        ([_], Some("userAuthEvents") | None) | (["cloud_watch_logs_configuration"], _) => return,
        ([one], Some(name)) => format!("`{name}` logs go to CloudWatch Logs only, not `{one}`; use `cloud_watch_logs_configuration`"),
        ([_, second, ..], _) => format!("a log configuration sends its logs to one destination, but `{}` are given; keep one (`{second}` is the second)", given.join("`, `")),
    };
    let at = match given.as_slice() {
        [] => path.to_owned(),
        [one] => format!("{path}.{one}"),
        [_, second, ..] => format!("{path}.{second}"),
    };
    cx.push(
        Issue::new("log_delivery.destination", at, format!("{message}. Cognito rejects it at deploy time"))
            .target(Target::Key),
    );
}

/// CloudFormation (`LogGroupArn`, `StreamArn`: the ARN pattern, 20 to 2048 characters;
/// `BucketArn`: `arn:…:s3:::BUCKET`, 3 to 1024): each destination's ARN, of its service.
fn arns(c: &LogConfiguration, path: &str, cx: &mut Check) {
    if let Some(v) = c.cloud_watch_logs_configuration.as_ref().and_then(|d| d.log_group_arn.as_ref()) {
        arn(
            cx,
            "log_delivery.arn",
            &format!("{path}.cloud_watch_logs_configuration.log_group_arn"),
            v,
            Some("logs"),
        );
    }
    if let Some(v) = c.firehose_configuration.as_ref().and_then(|d| d.stream_arn.as_ref()) {
        arn(
            cx,
            "log_delivery.arn",
            &format!("{path}.firehose_configuration.stream_arn"),
            v,
            Some("firehose"),
        );
    }
    if let Some(v) = c.s3_configuration.as_ref().and_then(|d| d.bucket_arn.as_ref()) {
        bucket_arn(v, &format!("{path}.s3_configuration.bucket_arn"), cx);
    }
}

/// CloudFormation (`S3Configuration.BucketArn`:
/// `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:::[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`, 3 to 1024):
/// an S3 ARN has no region and no account.
fn bucket_arn(v: &Value, path: &str, cx: &mut Check) {
    let Some(s) = v.literal() else { return };
    let word =
        |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "_+=/,.@-".contains(c));
    let parts: Vec<&str> = s.split(':').collect();
    let ok = (6..=8).contains(&parts.len())
        && parts.first() == Some(&"arn")
        && parts.get(2) == Some(&"s3")
        && parts.get(1).is_some_and(|p| word(p))
        && parts.get(3..5).is_some_and(|p| p.iter().all(|p| p.is_empty()))
        && parts.get(5..).is_some_and(|p| p.iter().all(|p| word(p)))
        && (3..=1024).contains(&s.len());
    if !ok {
        cx.push(
            Issue::new(
                "log_delivery.arn",
                path,
                format!("`bucket_arn` must be an S3 bucket ARN such as `arn:aws:s3:::my-bucket` (got {s:?}); CloudFormation rejects it at deploy time"),
            )
            .value(v),
        );
    }
}

/// Cognito (`SetLogDeliveryConfiguration` sets the pool's whole log delivery): a second
/// `log_delivery` of the pool overwrites the first, and deleting either turns logging off (a
/// warning: the stack deploys). Reported on the second.
fn one_per_pool(pool: NodeId, cx: &mut Check) {
    let facts = cx.facts;
    let Some(me) = cx.node else { return };
    let first = facts
        .children(Some(pool))
        .iter()
        .take_while(|n| **n != me)
        .find(|n| facts.props::<LogDeliveryConfiguration>(**n).is_some());
    if let Some(first) = first {
        let first = facts.path(*first).join("/");
        cx.push(
            Issue::new(
                "log_delivery.duplicate",
                "",
                format!("the pool already has a `log_delivery` (`{first}`), and Cognito keeps one log delivery configuration per pool: each overwrites the other; put every log configuration in one `log_delivery`"),
            )
            .target(Target::Id)
            .warning(),
        );
    }
}
