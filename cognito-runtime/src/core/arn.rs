//! ARNs: something with an ARN (an item of the stack, or the ARN itself), and the parts of a
//! literal ARN.

use crate::core::node::NodeId;
use crate::core::value::{ItemRef, Value};

/// Something with an ARN: an item of the stack (a function, a role), or the ARN itself (a
/// literal or any CloudFormation value).
#[derive(Clone, Debug, PartialEq)]
pub enum Arn {
    /// An item of the stack.
    Item(ItemRef),
    /// An ARN: a literal (checked) or a CloudFormation value.
    Value(Value),
}

impl Default for Arn {
    fn default() -> Arn {
        Arn::Value(Value::default())
    }
}

impl From<&str> for Arn {
    fn from(s: &str) -> Arn {
        Arn::Value(s.into())
    }
}
impl From<String> for Arn {
    fn from(s: String) -> Arn {
        Arn::Value(s.into())
    }
}
impl From<Value> for Arn {
    fn from(v: Value) -> Arn {
        Arn::Value(v)
    }
}
impl From<ItemRef> for Arn {
    fn from(r: ItemRef) -> Arn {
        Arn::Item(r)
    }
}
impl From<&String> for Arn {
    fn from(s: &String) -> Arn {
        Arn::Value(s.into())
    }
}
impl From<NodeId> for Arn {
    fn from(n: NodeId) -> Arn {
        Arn::Item(ItemRef::Node(n))
    }
}

/// The parts of a literal ARN: partition, service, region, account, resource.
pub(crate) struct ArnParts<'a> {
    pub(crate) service: &'a str,
    pub(crate) region: &'a str,
    pub(crate) resource: &'a str,
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

/// Everything after the first `/` of an ARN's resource part.
pub(crate) fn resource_name(resource: &str) -> &str {
    resource.split_once('/').map_or("", |(_, name)| name)
}
