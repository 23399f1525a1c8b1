//! The items the AWS CDK has only as `Cfn*` classes (L1): their props are CloudFormation's
//! own, so a table that names each field's CloudFormation property (`css: Value = "CSS"`)
//! also says how it renders ([`define_cfn_props!`](crate::define_cfn_props)); and what such
//! an item nested in a user pool shares with the others: its place, its render, its client.

use crate::context::check::{Check, Issue, key};
use crate::context::pool::user_pool_id;
use crate::context::synth::Synth;
use crate::core::cfn_value::{ClientRef, Document, Word};
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef, Value};

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

impl ToCfn for Word {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        self.0.to_cfn(cx)
    }
}

impl ToCfn for Document {
    fn to_cfn(&self, _: &Synth) -> Option<Json> {
        Some(self.0.clone())
    }
}

impl ToCfn for ClientRef {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(cx.value(&Value::Attr(self.0.clone(), Attr::UserPoolClientId)))
    }
}

/// Renders an item nested in a user pool as the CDK's `new Cfn<Type>(pool, id, { userPoolId:
/// pool.userPoolId, … })`: its logical id is its own path's, `UserPoolId` the pool's.
pub(crate) fn render_in_pool(cx: &mut Synth, node: NodeId, cfn_type: &'static str, mut props: Obj) {
    let Some(pool) = cx.facts.parent(node) else { return };
    props.insert("UserPoolId", user_pool_id(cx, pool));
    let mut resource = Obj::new();
    resource.insert("Type", cfn_type);
    resource.insert("Properties", props.sorted());
    cx.resource(cx.logical_id(node, &[]), Json::Obj(resource));
}

/// The items the CDK has only as `Cfn*` classes belong to a user pool of the stack (created or
/// imported): they are declared inside it.
pub(crate) fn check_in_pool(cx: &mut Check, kind: &str) -> Option<NodeId> {
    let facts = cx.facts;
    let parent = cx.node.and_then(|n| facts.parent(n));
    match parent.and_then(|p| Some((p, facts.kind(p)?))) {
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
    let Some(node) = cx.resolve(path, client, &["user_pool_client"]) else { return };
    if cx.facts.client_pool(node).is_some_and(|p| p != pool) {
        let pool_path = cx.facts.path(pool).join("/");
        cx.push(
            Issue::new(
                "cfn_item.client_pool",
                path,
                format!("`{}` must be an app client of this user pool (`{pool_path}`), but `{client}` belongs to another pool; Cognito rejects it at deploy time (the client id is not found in the pool)", key(path)),
            )
            .value(client),
        );
    }
}

/// [`define_props!`](crate::define_props) for a table of CloudFormation's own props (an item the CDK has only as a
/// `Cfn*` class): each field names its property (`css: Value = "CSS"`), and the struct
/// renders as the object of its properties, keys sorted as the CDK sorts them.
#[macro_export]
#[doc(hidden)]
macro_rules! define_cfn_props {
    ($(
        $(#[$attr:meta])*
        $vis:vis $kind:ident $name:ident $what:literal {
            $($body:tt)*
        }
    )*) => {
        $crate::define_props! { $( $(#[$attr])* $vis $kind $name $what { $($body)* } )* }
        $( $crate::define_cfn_props!(@cfn $kind $name { $($body)* }); )*
    };
    (@cfn struct $name:ident {
        $(
            $(#[$fattr:meta])*
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty = $cfn:literal $(=> $lower:path)?
        ),* $(,)?
    }) => {
        impl $crate::context::cfn::ToCfn for $name {
            fn to_cfn(&self, _cx: &$crate::context::synth::Synth) -> Option<$crate::core::json::Json> {
                let mut o = $crate::core::json::Obj::new();
                $(
                    if let Some(v) = $crate::context::cfn::ToCfn::to_cfn(&self.$field, _cx) {
                        o.insert($cfn, v);
                    }
                )*
                Some($crate::core::json::Json::Obj(o.sorted()))
            }
        }
    };
    (@cfn enum $name:ident { $($body:tt)* }) => {};
}
