//! Imported user pools: `UserPool.fromUserPoolId` and `UserPool.fromUserPoolArn`. They
//! create no resource; they give an id, an ARN and a provider name to what uses them.

mod rules;

use crate::context::check::Check;
use crate::context::synth::Synth;
use crate::core::arn::{resource_name, split_arn};
use crate::core::cfn::{concat, reference, select, select_pool_id};
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::{Attr, Value};

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

impl ImportedUserPool {
    pub(crate) fn check(&self, cx: &mut Check) {
        match self {
            ImportedUserPool::FromId(id) => {
                cx.value("from_user_pool_id", id);
                if let Some(id) = id.literal() {
                    rules::user_pool_id_shape(id, "from_user_pool_id", cx);
                }
            }
            ImportedUserPool::FromArn(arn) => {
                cx.value("from_user_pool_arn", arn);
                if let Some(arn) = arn.literal() {
                    rules::user_pool_arn_shape(arn, cx);
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

    /// The Region the pool is in, when its id or ARN is a literal: the id's prefix
    /// (`us-east-1_abc`), or the ARN's Region.
    pub(crate) fn region(&self) -> Option<&str> {
        match self {
            ImportedUserPool::FromId(id) => id.literal()?.split_once('_').map(|(region, _)| region),
            ImportedUserPool::FromArn(arn) => arn.literal().and_then(split_arn).map(|parts| parts.region),
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
