//! The items the AWS CDK has only as `Cfn*` classes (L1): their props are CloudFormation's
//! own, so a table that names each field's CloudFormation property (`css: Value = "CSS"`)
//! also says how it renders ([`define_cfn_props!`](crate::define_cfn_props)); and what such
//! an item nested in a user pool shares with the others: its place, its render, its client.

use crate::context::check::{Check, Issue, key};
use crate::context::pool::user_pool_id;
use crate::context::synth::Synth;
use crate::core::arn::Arn;
use crate::core::cfn_value::{ClientRef, Document, Word};
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::tree::MAX_DOCUMENT_DEPTH;
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

/// A document nested too deep is left out (the check reports it), so nothing after the
/// render walks it.
impl ToCfn for Document {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        if self.0.depth(MAX_DOCUMENT_DEPTH) > MAX_DOCUMENT_DEPTH {
            cx.too_deep();
            return None;
        }
        Some(self.0.clone())
    }
}

/// A function of the stack (its `Arn`) or an ARN.
impl ToCfn for Arn {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(cx.arn(self))
    }
}

impl ToCfn for ClientRef {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        Some(cx.value(&Value::Attr(self.0.clone(), Attr::UserPoolClientId)))
    }
}

/// Where a place below a value's CloudFormation property leads among the settings: the field
/// path below the value's own (empty: the value itself), or `None` when no setting writes it.
/// The tables of [`define_cfn_props!`](crate::define_cfn_props) implement it from their
/// property names, so a template check maps what it finds back to the setting at fault.
pub(crate) trait CfnPath {
    /// The field path for `below`, the CloudFormation path below the value (property names
    /// and list indices). A value of one piece is the setting whatever lies below it.
    fn below(_below: &[String]) -> Option<String> {
        Some(String::new())
    }

    /// The field path of the setting that writes the CloudFormation property at `cfn_path`
    /// (names and list indices below `Properties`: `["CSS"]` → `css`); `None` for a property
    /// no setting writes (`UserPoolId`, from the nesting).
    fn field_of(cfn_path: &[String]) -> Option<String>
    where
        Self: Sized,
    {
        Self::below(cfn_path).filter(|p| !p.is_empty())
    }
}

impl CfnPath for Value {}
impl CfnPath for bool {}
impl CfnPath for i64 {}
impl CfnPath for Word {}
impl CfnPath for Document {}
impl CfnPath for ClientRef {}
impl CfnPath for Arn {}

impl<T: CfnPath> CfnPath for Option<T> {
    fn below(below: &[String]) -> Option<String> {
        T::below(below)
    }
}

/// A list's element: its index, then the element's path.
impl<T: CfnPath> CfnPath for Vec<T> {
    fn below(below: &[String]) -> Option<String> {
        let Some((index, rest)) = below.split_first() else { return Some(String::new()) };
        Some(join(index, &T::below(rest)?))
    }
}

/// A map's entry: its key, then the value's path.
impl<V: CfnPath> CfnPath for Vec<(String, V)> {
    fn below(below: &[String]) -> Option<String> {
        let Some((key, rest)) = below.split_first() else { return Some(String::new()) };
        Some(join(key, &V::below(rest)?))
    }
}

/// A table's map from a place in its resource's properties to the setting that writes it
/// (the `field_of` that [`define_cfn_props!`](crate::define_cfn_props) generates).
pub(crate) type FieldOf = fn(&[String]) -> Option<String>;

/// `head.rest`, or `head` when `rest` is empty.
pub(crate) fn join(head: &str, rest: &str) -> String {
    if rest.is_empty() { head.to_owned() } else { format!("{head}.{rest}") }
}

/// Renders an item nested in a user pool as the CDK's `new Cfn<Type>(pool, id, { userPoolId:
/// pool.userPoolId, … })`: its logical id is its own path's, `UserPoolId` the pool's.
pub(crate) fn render_in_pool(cx: &mut Synth, node: NodeId, cfn_type: &'static str, props: Obj) {
    let Some(pool) = cx.facts.parent(node) else { return };
    let id = user_pool_id(cx, pool);
    render_nested(cx, node, cfn_type, props, ("UserPoolId", id));
}

/// Renders an item nested in its parent as the CDK's `new Cfn<Type>(parent, id, { … })`: its
/// logical id is its own path's, and `parent` the property that names the parent
/// (`IdentityPoolId`).
pub(crate) fn render_nested(
    cx: &mut Synth,
    node: NodeId,
    cfn_type: &'static str,
    mut props: Obj,
    parent: (&'static str, Json),
) {
    props.insert(parent.0, parent.1);
    let mut resource = Obj::new();
    resource.insert("Type", cfn_type);
    resource.insert("Properties", props.sorted());
    cx.resource(cx.logical_id(node, &[]), Json::Obj(resource));
}

/// Renders an attachment of a pool's settings to one app client (`client`) or, without one,
/// to every client: `ClientId` is then `"ALL"` (CSS, threat protection).
pub(crate) fn render_for_client<T: ToCfn>(
    cx: &mut Synth,
    node: NodeId,
    cfn_type: &'static str,
    item: &T,
    client: Option<&ClientRef>,
) {
    let Some(mut props) = item.to_cfn(cx).and_then(Json::into_obj) else { return };
    if client.is_none() {
        props.insert("ClientId", "ALL");
    }
    render_in_pool(cx, node, cfn_type, props);
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

/// AWS CDK (`TagManager`): a `Cfn*` resource's tags property renders sorted by key with
/// `localeCompare`, as every tag map of the CDK does.
pub(crate) fn sort_tags(props: &mut Obj, property: &str) {
    if let Some(Json::Obj(tags)) = props.get_mut(property) {
        *tags = std::mem::take(tags).locale_sorted();
    }
}

/// Cognito: what a managed login style or terms document is for shows only on managed login
/// pages (`NEWER_MANAGED_LOGIN`), so a created pool without such a domain shows `what` nowhere
/// (a warning: the stack deploys). An imported pool's domain is not known, and passes.
pub(crate) fn warn_without_managed_login(cx: &mut Check, pool: NodeId, kind: &str, what: &str) {
    let Some(domains) = cx.facts.domains_of(pool) else { return };
    if domains.iter().any(|(_, managed)| *managed) {
        return;
    }
    let mut issue = Issue::new(
        "cfn_item.managed_login",
        "",
        format!("this `{kind}` shows only on managed login pages, and its user pool has no domain that serves them, so {what} shows nowhere; add `managed_login_version: NEWER_MANAGED_LOGIN` to the pool's `domain` (or add one)"),
    )
    .target(Target::Id)
    .warning();
    for (domain, _) in domains {
        issue = issue.reads(domain, "managed_login_version");
    }
    cx.push(issue);
}

/// [`define_props!`](crate::define_props) for a table of CloudFormation's own props (an item the CDK has only as a
/// `Cfn*` class): each field names its property (`css: Value = "CSS"`), so the struct
/// renders as the object of its properties, keys sorted as the CDK sorts them, and maps a
/// place in them back to its setting (`field_of`, for the template's schema check). A field
/// without a property name is the item's own, rendered by the item itself (a user's `groups`,
/// which are resources of their own).
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
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty $(= $cfn:literal)? $(=> $lower:path)?
        ),* $(,)?
    }) => {
        impl $crate::context::cfn::CfnPath for $name {
            fn below(below: &[String]) -> Option<String> {
                let Some((property, rest)) = below.split_first() else { return Some(String::new()) };
                $($(
                    if property == $cfn {
                        let rest = <$ty as $crate::context::cfn::CfnPath>::below(rest)?;
                        let field = $crate::core::table::key_name(stringify!($field));
                        return Some($crate::context::cfn::join(field, &rest));
                    }
                )?)*
                None
            }
        }

        impl $crate::context::cfn::ToCfn for $name {
            fn to_cfn(&self, _cx: &$crate::context::synth::Synth) -> Option<$crate::core::json::Json> {
                let mut o = $crate::core::json::Obj::new();
                $($(
                    if let Some(v) = $crate::context::cfn::ToCfn::to_cfn(&self.$field, _cx) {
                        o.insert($cfn, v);
                    }
                )?)*
                Some($crate::core::json::Json::Obj(o.sorted()))
            }
        }
    };
    (@cfn enum $name:ident { $($body:tt)* }) => {};
}

#[cfg(test)]
mod tests {
    use crate::context::cfn::CfnPath;
    use crate::core::cfn_value::Word;
    use crate::core::value::Value;

    crate::define_cfn_props! {
        /// A table with every shape a field takes.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Outer "outer" {
            /// `Name`.
            name: Option<Value> = "Name",
            /// `Type`.
            r#type: Option<Word> = "Type",
            /// `Inner`.
            inner: Option<Inner> = "Inner",
            /// `Items`.
            items: Option<Vec<Inner>> = "Items",
            /// `Labels`.
            labels: Option<Vec<(String, Value)>> = "Labels",
            /// The item's own: no property.
            own: Option<Value>,
        }

        /// A nested table.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Inner "inner" {
            /// `Size`.
            size: Option<i64> = "Size",
        }
    }

    /// Elements of a list sit at their index.
    impl crate::core::table::Segment for Inner {}

    fn field_of(path: &[&str]) -> Option<String> {
        Outer::field_of(&path.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn a_place_in_the_properties_maps_to_its_setting() {
        assert_eq!(field_of(&["Name"]).as_deref(), Some("name"));
        assert_eq!(field_of(&["Type"]).as_deref(), Some("type"));
        assert_eq!(field_of(&["Inner", "Size"]).as_deref(), Some("inner.size"));
        assert_eq!(field_of(&["Inner"]).as_deref(), Some("inner"));
        assert_eq!(field_of(&["Items", "2", "Size"]).as_deref(), Some("items.2.size"));
        assert_eq!(field_of(&["Labels", "team"]).as_deref(), Some("labels.team"));
        assert_eq!(field_of(&["Inner", "Colour"]), None, "no setting writes it");
        assert_eq!(field_of(&["UserPoolId"]), None, "from the nesting");
        assert_eq!(field_of(&["own"]), None, "a field without a property is no place in them");
        assert_eq!(field_of(&[]), None);
        assert_eq!(Inner::field_of(&["Size".to_owned()]).as_deref(), Some("size"));
    }
}
