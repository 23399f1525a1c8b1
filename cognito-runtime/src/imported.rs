//! Imported user pools: `UserPool.fromUserPoolId` and `UserPool.fromUserPoolArn`. They
//! create no resource; they give an id, an ARN and a provider name to what uses them.

use crate::check::Check;
use crate::json::Json;
use crate::stack::{NodeId, Synth, concat, reference};
use crate::value::{Attr, Value};

/// How a pool was imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportedUserPool {
    /// `from_user_pool_id("us-east-1_abc")`.
    FromId(Value),
    /// `from_user_pool_arn("arn:aws:cognito-idp:…:userpool/us-east-1_abc")`.
    FromArn(Value),
}

impl Default for ImportedUserPool {
    fn default() -> ImportedUserPool {
        ImportedUserPool::FromId(Value::default())
    }
}

/// The parts of a literal ARN: partition, service, region, account, resource.
pub(crate) struct ArnParts<'a> {
    pub service: &'a str,
    pub region: &'a str,
    pub resource: &'a str,
}

/// Splits `arn:partition:service:region:account:resource`.
pub(crate) fn split_arn(arn: &str) -> Option<ArnParts<'_>> {
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(_partition), Some(service), Some(region), Some(_account), Some(resource)) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    Some(ArnParts { service, region, resource })
}

impl ImportedUserPool {
    pub(crate) fn check(&self, cx: &mut Check) {
        match self {
            ImportedUserPool::FromId(id) => {
                cx.value("from_user_pool_id", id);
                if let Some(id) = id.literal() {
                    crate::rules::import::user_pool_id_shape(id, "from_user_pool_id", cx);
                }
            }
            ImportedUserPool::FromArn(arn) => {
                cx.value("from_user_pool_arn", arn);
                if let Some(arn) = arn.literal() {
                    crate::rules::import::user_pool_arn_shape(arn, cx);
                }
            }
        }
    }

    /// The pool id, literal when known.
    pub(crate) fn id_json(&self, cx: &Synth) -> Json {
        match self {
            ImportedUserPool::FromId(id) => cx.value(id),
            ImportedUserPool::FromArn(arn) => match arn.literal().and_then(split_arn) {
                Some(parts) => Json::from(resource_name(parts.resource).to_owned()),
                None => select_pool_id(cx.value(arn)),
            },
        }
    }

    fn region_json(&self, cx: &Synth) -> Json {
        match self {
            ImportedUserPool::FromId(_) => cx.region(),
            ImportedUserPool::FromArn(arn) => match arn.literal().and_then(split_arn) {
                Some(parts) => Json::from(parts.region.to_owned()),
                None => select(3, ":", cx.value(arn)),
            },
        }
    }

    pub(crate) fn attr(&self, cx: &Synth, _node: NodeId, attr: &Attr) -> Option<Json> {
        Some(match attr {
            Attr::UserPoolId => self.id_json(cx),
            Attr::UserPoolArn => match self {
                ImportedUserPool::FromId(id) => concat(vec![
                    "arn:".into(),
                    cx.partition(),
                    ":cognito-idp:".into(),
                    cx.region(),
                    ":".into(),
                    cx.account(),
                    ":userpool/".into(),
                    cx.value(id),
                ]),
                ImportedUserPool::FromArn(arn) => cx.value(arn),
            },
            Attr::UserPoolProviderName => concat(vec![
                "cognito-idp.".into(),
                self.region_json(cx),
                ".".into(),
                reference("AWS::URLSuffix"),
                "/".into(),
                self.id_json(cx),
            ]),
            _ => return None,
        })
    }
}

/// Everything after the first `/` of an ARN's resource part.
pub(crate) fn resource_name(resource: &str) -> &str {
    resource.split_once('/').map_or("", |(_, name)| name)
}

fn select(index: u32, separator: &'static str, value: Json) -> Json {
    Json::obj1(
        "Fn::Select",
        Json::Arr(vec![
            f64::from(index).into(),
            Json::obj1("Fn::Split", Json::Arr(vec![separator.into(), value])),
        ]),
    )
}

/// The resource name of a token ARN, as the CDK's `Arn.split` takes it
/// (`Fn::Select(1, Fn::Split('/', Fn::Select(5, Fn::Split(':', arn))))`).
pub(crate) fn select_pool_id(arn: Json) -> Json {
    select(1, "/", select(5, ":", arn))
}
