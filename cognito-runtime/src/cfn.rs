//! The items the AWS CDK has only as `Cfn*` classes (L1): their props are CloudFormation's
//! own, so a table that names each field's CloudFormation property (`css: Value = "CSS"`)
//! also says how it renders ([`define_cfn_props!`](crate::define_cfn_props)), and the way
//! back from a template to the language.

use crate::check::{Check, Issue};
use crate::error::Target;
use crate::items::Item;
use crate::json::{Json, Obj};
use crate::pool_child::user_pool_id;
use crate::stack::{NodeId, Synth};
use crate::table::{Segment, Walk, Walker};
use crate::value::{Attr, ItemRef, Value};

/// A value as it goes into a CloudFormation property; `None` leaves the property out.
pub(crate) trait ToCfn {
    fn to_cfn(&self, cx: &Synth) -> Option<Json>;
}

impl<T: ToCfn> ToCfn for Option<T> {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        self.as_ref().and_then(|v| v.to_cfn(cx))
    }
}

impl ToCfn for Value {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(cx.value(self))
    }
}

impl ToCfn for bool {
    fn to_cfn(&self, _: &Synth) -> Option<Json> {
        Some(Json::Bool(*self))
    }
}

impl ToCfn for i64 {
    fn to_cfn(&self, _: &Synth) -> Option<Json> {
        Some(Json::from(*self))
    }
}

impl<T: ToCfn> ToCfn for Vec<T> {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(Json::Arr(self.iter().filter_map(|v| v.to_cfn(cx)).collect()))
    }
}

/// A map written `{ "key": value }` is an object, keys in the order written.
impl<V: ToCfn> ToCfn for Vec<(String, V)> {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        let mut o = Obj::new();
        for (k, v) in self {
            if let Some(v) = v.to_cfn(cx) {
                o.insert(k.clone(), v);
            }
        }
        Some(Json::Obj(o))
    }
}

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

impl ToCfn for Word {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        self.0.to_cfn(cx)
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

impl ToCfn for Document {
    fn to_cfn(&self, _: &Synth) -> Option<Json> {
        Some(self.0.clone())
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
impl From<crate::NodeId> for ClientRef {
    fn from(n: crate::NodeId) -> ClientRef {
        ClientRef(n.into())
    }
}

impl ToCfn for ClientRef {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(cx.value(&Value::Attr(self.0.clone(), Attr::UserPoolClientId)))
    }
}
impl Walk for ClientRef {
    fn walk(&self, w: &mut Walker) {
        self.0.walk(w);
    }
}

/// Renders an item nested in a user pool as the CDK's `new Cfn<Type>(pool, id, { userPoolId:
/// pool.userPoolId, … })`: its logical id is its own path's, `UserPoolId` the pool's.
pub(crate) fn render_in_pool(cx: &mut Synth, node: NodeId, cfn_type: &'static str, mut props: Obj) {
    let Some(pool) = cx.stack.node(node).and_then(|n| n.parent) else { return };
    props.insert("UserPoolId", user_pool_id(cx, pool));
    let mut resource = Obj::new();
    resource.insert("Type", cfn_type);
    resource.insert("Properties", props.sorted());
    cx.resource(cx.logical_id(node, &[]), Json::Obj(resource));
}

/// The items the CDK has only as `Cfn*` classes belong to a user pool of the stack (created or
/// imported): they are declared inside it.
pub(crate) fn check_in_pool(cx: &mut Check, kind: &str) -> Option<NodeId> {
    let stack = cx.stack;
    let parent = cx.node.and_then(|n| stack.node(n)).and_then(|n| n.parent);
    match parent.and_then(|p| stack.node(p).map(|n| (p, n.item.kind()))) {
        Some((pool, "user_pool")) => Some(pool),
        _ => {
            cx.push(
                Issue::new(
                    "cfn_item.parent",
                    "",
                    format!("a `{kind}` belongs to a user pool: declare it inside `user_pool … {{ }}`"),
                )
                .target(Target::Id),
            );
            None
        }
    }
}

/// Cognito: the app client at `path` must be a client of this item's pool (`pool`); an
/// imported client's pool is not known, and passes.
pub(crate) fn check_client_of_pool(cx: &mut Check, path: &str, client: &ItemRef, pool: NodeId) {
    let Some((node, item)) = cx.resolve(path, client, &["user_pool_client"]) else { return };
    let Item::UserPoolClient(c) = item else { return };
    let client_pool = match &c.user_pool {
        Some(r) => cx.index.resolve(cx.stack, r),
        None => cx.stack.node(node).and_then(|n| n.parent),
    };
    if client_pool.is_some_and(|p| p != pool) {
        let pool_path = cx.stack.path(pool).join("/");
        cx.push(
            Issue::new(
                "cfn_item.client_pool",
                path,
                format!("`{}` must be an app client of this user pool (`{pool_path}`), but `{client}` belongs to another pool; Cognito rejects it at deploy time (the client id is not found in the pool)", crate::rules::key(path)),
            )
            .value(client),
        );
    }
}
