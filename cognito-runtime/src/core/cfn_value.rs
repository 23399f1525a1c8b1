//! The values of the props of items the AWS CDK has only as `Cfn*` classes (L1), beyond
//! strings, numbers and lists: a member of a CloudFormation enum, a JSON document, an app
//! client of the stack.

use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::table::{Segment, Walk, Walker};
use crate::core::value::{ItemRef, Value};

/// A member of a CloudFormation enum (`LIGHT`, `BLOCK`), written as a bare word or a string.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word(pub Value);

impl From<&str> for Word {
    fn from(s: &str) -> Word {
        Word(s.into())
    }
}
impl From<String> for Word {
    fn from(s: String) -> Word {
        Word(s.into())
    }
}
impl From<Value> for Word {
    fn from(v: Value) -> Word {
        Word(v)
    }
}

impl Walk for Word {
    fn walk(&self, w: &mut Walker) {
        self.0.walk(w);
    }
}
impl Segment for Word {}

/// A JSON document written in the block (`settings: { "components": { … } }`), emitted
/// unchanged.
#[derive(Clone, Debug, PartialEq)]
pub struct Document(pub Json);

/// An empty object.
impl Default for Document {
    fn default() -> Document {
        Document(Json::Obj(Obj::new()))
    }
}

impl Walk for Document {
    fn walk(&self, _: &mut Walker) {}
}

/// An app client of the stack (a `user_pool_client`, `client` in a pool, or an imported
/// one): its id in the template.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientRef(pub ItemRef);

impl From<ItemRef> for ClientRef {
    fn from(r: ItemRef) -> ClientRef {
        ClientRef(r)
    }
}
impl From<&str> for ClientRef {
    fn from(name: &str) -> ClientRef {
        ClientRef(name.into())
    }
}
impl From<NodeId> for ClientRef {
    fn from(n: NodeId) -> ClientRef {
        ClientRef(n.into())
    }
}

impl Walk for ClientRef {
    fn walk(&self, w: &mut Walker) {
        self.0.walk(w);
    }
}
