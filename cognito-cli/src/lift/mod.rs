//! The way back from CloudFormation to the language: per kind of resource, the item whose
//! render gives it (the inverse of each render, next to which it is tested), with the CDK's
//! defaults left out. What a lifter does not say is found by rendering the item and diffing
//! (see `plan`) and written as `overrides`.

mod attributes;
pub mod cfn;
mod client;
mod domain;
mod function;
mod group;
mod identity_pool;
mod identity_provider;
pub mod imported;
mod pool;
mod resource_server;
mod role;
mod user;

use crate::json::Json;
use crate::template::{Resource, Template};
use crate::tree::Node;

/// A setting's value: JSON the printer lays out, or language text (`{ username, email }`,
/// `REQUIRED`, `days(3)`).
#[derive(Clone, Debug, PartialEq)]
pub enum Setting {
    Json(Json),
    Text(String),
    /// Nested settings `{ key: value, … }`.
    Map(Vec<(String, Setting)>),
    /// Nested settings after a word: `with_ses { key: value, … }`.
    Tagged(&'static str, Vec<(String, Setting)>),
    /// A list of settings `[{ … }, …]`, one element a line when it does not fit.
    List(Vec<Setting>),
}

/// What a nested item is: an item of the language, or a resource kept as `cfn_resource`
/// (the index of the resource, its construct id and what was made in its scope, kept so).
#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    Item(Item),
    Raw(usize, String, Vec<Child>),
    /// A `construct` (its id) holding what stays as CloudFormation below it.
    Construct(String, Vec<Child>),
}

/// An item of the language standing for resources of the template.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: &'static str,
    /// The construct id.
    pub id: String,
    pub settings: Vec<(&'static str, Setting)>,
    pub children: Vec<Child>,
    /// The item's own resource (`node.defaultChild`), which `overrides` change.
    pub main: usize,
    /// `overrides`, by path: a value, or `None` for `delete`.
    pub overrides: Vec<(String, Option<Json>)>,
    /// A plainer item for the same constructs, tried when this one does not give the
    /// template (a pool whose triggers name functions that stayed CloudFormation).
    pub fallback: Option<Box<Item>>,
    /// How an imported item is imported (`from_user_pool_id("…")`): it has no resource of its
    /// own (`main` is then its first nested item's), only the items nested in it.
    pub import: Option<String>,
    /// Items the block declares before this one for it to refer to (an imported pool a
    /// client made on its own names: `user_pool web_pool = from_user_pool_id("…");`).
    pub before: Vec<String>,
    /// `depends_on: [name, …]`: the constructs its resource's `DependsOn` names (the CDK's
    /// `node.addDependency`), where the block can name them (see `plan`).
    pub depends_on: Vec<String>,
}

impl Item {
    fn new(kind: &'static str, id: &str, main: usize) -> Item {
        Item {
            kind,
            id: id.to_string(),
            settings: Vec::new(),
            children: Vec::new(),
            main,
            overrides: Vec::new(),
            fallback: None,
            import: None,
            before: Vec::new(),
            depends_on: Vec::new(),
        }
    }

    fn json(&mut self, key: &'static str, value: &Json) {
        self.settings.push((key, Setting::Json(value.clone())));
    }

    fn text(&mut self, key: &'static str, value: impl Into<String>) {
        self.settings.push((key, Setting::Text(value.into())));
    }

    fn map(&mut self, key: &'static str, entries: Vec<(String, Setting)>) {
        self.settings.push((key, Setting::Map(entries)));
    }

    /// Every item of the tree below and including this one.
    pub fn items(&self) -> Vec<&Item> {
        let mut all = vec![self];
        for i in self.nested() {
            all.extend(i.items());
        }
        all
    }

    /// The items nested in this one, also those in its `construct`s.
    pub fn nested(&self) -> Vec<&Item> {
        fn walk<'a>(children: &'a [Child], out: &mut Vec<&'a Item>) {
            for c in children {
                match c {
                    Child::Item(i) => out.push(i),
                    Child::Raw(_, _, below) | Child::Construct(_, below) => walk(below, out),
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.children, &mut out);
        out
    }

    /// [`Item::nested`], to change them.
    pub fn nested_mut(&mut self) -> Vec<&mut Item> {
        fn walk<'a>(children: &'a mut [Child], out: &mut Vec<&'a mut Item>) {
            for c in children {
                match c {
                    Child::Item(i) => out.push(i),
                    Child::Raw(_, _, below) | Child::Construct(_, below) => walk(below, out),
                }
            }
        }
        let mut out = Vec::new();
        walk(&mut self.children, &mut out);
        out
    }
}

/// The resource a construct holds as its `Resource` child, as the CDK's L2 constructs do.
fn own_resource<'t>(node: &Node, t: &'t Template) -> Option<(usize, &'t Resource)> {
    let child = node.children.iter().find(|c| c.id == "Resource")?;
    let i = child.resource.filter(|_| child.children.is_empty())?;
    t.resources.get(i).map(|r| (i, r))
}

/// The item a construct of the tree stands for, with the items nested in it; `None` when
/// no lifter knows it.
pub fn unit(node: &Node, t: &Template) -> Option<Item> {
    if is_scope(node) {
        return imported_pool(node, t);
    }
    let (i, r) = own_resource(node, t)?;
    match r.kind.as_str() {
        "AWS::Cognito::UserPool" => pool::lift(node, i, r, t),
        "AWS::Cognito::IdentityPool" => identity_pool::lift(node, i, r, t),
        "AWS::Cognito::UserPoolIdentityProvider" => identity_provider::lift(node, i, r, t),
        "AWS::Lambda::Function" => function::lift(node, i, r, t),
        "AWS::IAM::Role" => role::lift(node, i, r, t),
        "AWS::Cognito::UserPoolClient"
        | "AWS::Cognito::UserPoolDomain"
        | "AWS::Cognito::UserPoolGroup"
        | "AWS::Cognito::UserPoolResourceServer" => on_its_own(node, i, r, t),
        _ => None,
    }
}

/// An item the CDK can also nest in its pool, made on its own (`new UserPoolClient(scope,
/// id, { userPool })`): `user_pool_client ID { user_pool: POOL, … }`, the pool an item of the
/// block, or a pool imported by its id (declared before the item).
fn on_its_own(node: &Node, i: usize, r: &Resource, t: &Template) -> Option<Item> {
    if node.children.len() != 1 {
        return None;
    }
    let pool_id = prop(r, "UserPoolId")?;
    let Child::Item(mut item) = nested_item(&node.id, i, r, t)? else { return None };
    let pool = match ref_id(pool_id).and_then(|id| item_name(t, id)) {
        Some(pool) => pool,
        None => imported_pool_before(&node.id, pool_id, t, &mut item.before)?,
    };
    item.kind = match item.kind {
        "client" => "user_pool_client",
        "domain" => "user_pool_domain",
        "group" => "user_pool_group",
        "resource_server" => "user_pool_resource_server",
        _ => return None,
    };
    item.settings.insert(0, ("user_pool", Setting::Text(pool)));
    Some(item)
}

/// A pool the CDK imported by its id (`UserPool.fromUserPoolId(scope, id, "…")`, or from an
/// ARN), with the items the CDK made in it: `user_pool ID = from_user_pool_id("…") { client
/// web { … } }`. The import makes no resource, so only the items tell it: every one is a
/// client, domain, group or resource server of the same pool id.
fn imported_pool(node: &Node, t: &Template) -> Option<Item> {
    let mut children = Vec::new();
    let mut pool_id = None;
    for child in &node.children {
        // An imported pool has no resource, so no `Cfn*` item names it by `Ref`.
        let Some(Child::Item(item)) = nested(child, t, &[]) else { return None };
        let id = t.resources.get(item.main).and_then(|r| prop(r, "UserPoolId"))?;
        if pool_id.is_some_and(|p| p != id) {
            return None;
        }
        pool_id = Some(id);
        children.push(Child::Item(item));
    }
    let Some(Child::Item(first)) = children.first() else { return None };
    let mut item = Item::new("user_pool", &node.id, first.main);
    item.import = Some(import_of(pool_id?, t)?);
    item.children = children;
    Some(item)
}

/// The name of the pool that `user_pool_id` names when it is no resource of the template, an
/// import declared before the item of construct id `id`: `user_pool ID_pool =
/// from_user_pool_id("…");` (the CDK's import makes no resource, so its construct id is not
/// in the template).
fn imported_pool_before(
    id: &str,
    user_pool_id: &Json,
    t: &Template,
    before: &mut Vec<String>,
) -> Option<String> {
    let pool = format!("{}_pool", crate::print::ident_for(id)?);
    let import = import_of(user_pool_id, t)?;
    before.push(format!("user_pool {pool} = {import};"));
    Some(pool)
}

/// The import of a pool that is no resource of the template, by the pool id its items name
/// (a `Ref` to a resource names that resource, not an import).
fn import_of(user_pool_id: &Json, t: &Template) -> Option<String> {
    let resource = ref_id(user_pool_id).is_some_and(|id| t.resources.iter().any(|r| r.logical_id == id));
    if resource { None } else { imported::pool_import(user_pool_id) }
}

/// `item` with each nested item that has a plainer form in that form; whether any had one.
pub fn plainer_nested(item: &mut Item) -> bool {
    let mut changed = false;
    for i in item.nested_mut() {
        if let Some(plainer) = i.fallback.take() {
            *i = *plainer;
            changed = true;
        }
        changed |= plainer_nested(i);
    }
    changed
}

/// The item of a construct the CDK nests in a pool, from its resource.
fn nested_item(id: &str, i: usize, r: &Resource, t: &Template) -> Option<Child> {
    let item = match r.kind.as_str() {
        "AWS::Cognito::UserPoolClient" => client::lift(id, i, r, t),
        "AWS::Cognito::UserPoolDomain" => domain::lift(id, i, r),
        "AWS::Cognito::UserPoolGroup" => group::lift(id, i, r, t),
        "AWS::Cognito::UserPoolResourceServer" => resource_server::lift(id, i, r),
        "AWS::Cognito::UserPoolIdentityProvider" => identity_provider::lift_nested(id, i, r, t),
        _ => None,
    }?;
    Some(Child::Item(item))
}

/// A construct kept as CloudFormation: its resource as a `cfn_resource`, or a `construct`,
/// holding its children so.
fn raw_tree(node: &Node) -> Child {
    let children = node.children.iter().map(raw_tree).collect();
    match node.resource {
        Some(i) => Child::Raw(i, node.id.clone(), children),
        None => Child::Construct(node.id.clone(), children),
    }
}

/// A construct inside the pool at `pool` (its construct path): a nested item, or a resource
/// the pool holds directly (an item of a `Cfn*` table where one says it).
fn nested(node: &Node, t: &Template, pool: &[String]) -> Option<Child> {
    if let Some(i) = node.resource
        && let Some(r) = t.resources.get(i).filter(|r| r.kind == "AWS::Cognito::UserPoolUser")
    {
        return user::lift(node, i, r, t).map(Child::Item);
    }
    if node.children.is_empty() {
        let i = node.resource?;
        let r = t.resources.get(i)?;
        return cfn::lift(node, i, r, t, pool).or(Some(Child::Raw(i, node.id.clone(), Vec::new())));
    }
    if is_scope(node) {
        return Some(in_scope(node, t));
    }
    if node.resource.is_some() || node.children.len() != 1 {
        return None;
    }
    let (i, r) = own_resource(node, t)?;
    nested_item(&node.id, i, r, t)
}

/// Whether `node` is a scope of its own, with no resource: a `Construct`, or a pool the CDK
/// imported (which makes none).
fn is_scope(node: &Node) -> bool {
    node.resource.is_none() && !node.children.iter().any(|c| c.id == "Resource")
}

/// A `construct` in a pool (`new Construct(pool, 'Extra')`) holding what was made in it: items
/// made on their own (`user_pool_client web { user_pool: Pool }`), else CloudFormation.
fn in_scope(node: &Node, t: &Template) -> Child {
    if is_scope(node) {
        return Child::Construct(node.id.clone(), node.children.iter().map(|c| in_scope(c, t)).collect());
    }
    unit(node, t).map_or_else(|| raw_tree(node), Child::Item)
}

/// The value of property `key`.
fn prop<'r>(r: &'r Resource, key: &str) -> Option<&'r Json> {
    r.properties.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The value at `path` below the resource's properties.
fn prop_at<'r>(r: &'r Resource, path: &[&str]) -> Option<&'r Json> {
    let (first, rest) = path.split_first()?;
    rest.iter().try_fold(prop(r, first)?, |v, k| v.get(k))
}

/// The name by which the block refers to the item whose resource has `logical_id`: its
/// construct ids below the stack (`Pool`, `Pool.web`), each as the name the block gives it.
fn item_name(t: &Template, logical_id: &str) -> Option<String> {
    let r = t.resources.iter().find(|r| r.logical_id == logical_id)?;
    let (last, scopes) = r.path.split_last()?;
    if last != "Resource" || scopes.is_empty() {
        return None;
    }
    // A `construct` is no scope of names: an item in one is named as if it were not.
    let is_item = |depth: usize| {
        let prefix = &scopes[..=depth];
        t.resources.iter().any(|o| {
            o.path.len() == depth + 2 && o.path.starts_with(prefix) && o.path[depth + 1] == "Resource"
        })
    };
    let names: Option<Vec<String>> = scopes
        .iter()
        .enumerate()
        .filter(|(depth, _)| *depth + 1 == scopes.len() || is_item(*depth))
        .map(|(_, s)| crate::print::ident_for(s))
        .collect();
    names.map(|n| n.join("."))
}

/// A value a `Value` setting takes: a string, or a CloudFormation function the language
/// writes as a call (`join("", […])`, `reference("Id")`); `None` for anything else.
fn scalar_setting(v: &Json) -> Option<Setting> {
    match v {
        Json::Str(_) => Some(Setting::Json(v.clone())),
        _ => crate::print::function(v).map(Setting::Text),
    }
}

/// The logical id a `{"Ref": …}` names.
fn ref_id(v: &Json) -> Option<&str> {
    match v.entries() {
        [(k, Json::Str(id))] if k == "Ref" => Some(id),
        _ => None,
    }
}

/// The logical id and attribute of `{"Fn::GetAtt": [id, attribute]}`.
pub(crate) fn get_att(v: &Json) -> Option<(&str, &str)> {
    match v.entries() {
        [(k, Json::Arr(args))] if k == "Fn::GetAtt" => match args.as_slice() {
            [Json::Str(id), Json::Str(att)] => Some((id, att)),
            _ => None,
        },
        _ => None,
    }
}

/// The logical id of `{"Fn::GetAtt": [id, "Arn"]}`.
fn get_att_arn(v: &Json) -> Option<&str> {
    get_att(v).filter(|(_, att)| *att == "Arn").map(|(id, _)| id)
}

/// The parts of `{"Fn::Join": ["", parts]}`: what the CDK's token concatenation writes.
fn concatenated(v: &Json) -> Option<&[Json]> {
    match v.entries() {
        [(k, Json::Arr(args))] if k == "Fn::Join" => match args.as_slice() {
            [Json::Str(separator), Json::Arr(parts)] if separator.is_empty() => Some(parts),
            _ => None,
        },
        _ => None,
    }
}

/// A list of strings.
fn strings(v: &Json) -> Option<Vec<&str>> {
    match v {
        Json::Arr(items) => items.iter().map(Json::as_str).collect(),
        _ => None,
    }
}

/// The flag set `{ a, b }` of `values`, each mapped by `table` (CloudFormation's word, the
/// language's key); `None` when one is not in the table.
fn flag_set(values: &[&str], table: &[(&str, &str)]) -> Option<String> {
    let keys: Option<Vec<&str>> =
        values.iter().map(|v| table.iter().find(|(cfn, _)| cfn == v).map(|(_, key)| *key)).collect();
    keys.map(|k| flags(&k))
}

/// `{ a, b }`: a flag set of the given keys.
fn flags(keys: &[&str]) -> String {
    format!("{{ {} }}", keys.join(", "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn items_in_a_construct_are_named_without_it() {
        let mut t = super::test_support::template();
        for (id, path) in [("P", "Nested/Users/Resource"), ("W", "Nested/Users/web/Resource")] {
            let mut r = super::test_support::resource("AWS::Cognito::UserPool", "{}");
            (r.logical_id, r.path) = (id.into(), path.split('/').map(String::from).collect());
            t.resources.push(r);
        }
        assert_eq!(super::item_name(&t, "P").as_deref(), Some("Users"));
        assert_eq!(super::item_name(&t, "W").as_deref(), Some("Users.web"));
    }

    /// A pool's construct (`new Construct(pool, 'Extra')`) holding a client made on its own and
    /// a raw resource: the client is an item, found among the pool's nested items.
    #[test]
    fn what_a_construct_in_a_pool_holds() {
        use super::{Child, Item};
        use crate::tree::Node;
        let mut t = super::test_support::template();
        for (id, kind, path, json) in [
            ("P", "AWS::Cognito::UserPool", "Pool/Resource", "{}"),
            (
                "W",
                "AWS::Cognito::UserPoolClient",
                "Pool/Extra/web/Resource",
                r#"{"UserPoolId": {"Ref": "P"}}"#,
            ),
            ("T", "AWS::SNS::Topic", "Pool/Extra/Topic", "{}"),
        ] {
            let mut r = super::test_support::resource(kind, json);
            (r.logical_id, r.path) = (id.into(), path.split('/').map(String::from).collect());
            t.resources.push(r);
        }
        let leaf = |id: &str, i| Node { id: id.into(), resource: Some(i), children: Vec::new() };
        let web = Node { id: "web".into(), resource: None, children: vec![leaf("Resource", 1)] };
        let extra = Node { id: "Extra".into(), resource: None, children: vec![web, leaf("Topic", 2)] };
        let Child::Construct(id, held) = super::in_scope(&extra, &t) else { panic!("not a construct") };
        assert_eq!(id, "Extra");
        let [Child::Item(client), Child::Raw(2, topic, _)] = held.as_slice() else { panic!("{held:?}") };
        assert_eq!((client.kind, topic.as_str()), ("user_pool_client", "Topic"));
        let mut pool = Item::new("user_pool", "Pool", 0);
        pool.children.push(Child::Construct(id, held.clone()));
        assert_eq!(pool.nested().iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["web"]);
        assert_eq!(pool.nested_mut().len(), 1);
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::json::{Json, parse};
    use crate::template::Resource;

    /// A template with no resource, for lifters that look nothing up.
    pub fn template() -> crate::template::Template {
        crate::template::Template {
            stack: "Stack".into(),
            resources: Vec::new(),
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
            stack_tags: Vec::new(),
        }
    }

    /// A resource of `kind` with the properties of `json`.
    pub fn resource(kind: &str, json: &str) -> Resource {
        let props = match parse(json).unwrap() {
            Json::Obj(entries) => entries,
            _ => Vec::new(),
        };
        Resource {
            logical_id: "X".into(),
            path: vec!["X".into(), "Resource".into()],
            kind: kind.into(),
            properties: props,
            attributes: Vec::new(),
            metadata: Vec::new(),
        }
    }

    /// The settings as the printer writes them, one `key: value` each.
    pub fn settings(item: &super::Item) -> Vec<String> {
        item.settings.iter().map(|(k, s)| format!("{k}: {}", crate::program::flat_setting(s))).collect()
    }
}
