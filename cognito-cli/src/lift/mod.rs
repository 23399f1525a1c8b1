//! The way back from CloudFormation to the language: per kind of resource, the item whose
//! render gives it (the inverse of each render, next to which it is tested), with the CDK's
//! defaults left out. What a lifter does not say is found by rendering the item and diffing
//! (see `plan`) and written as `overrides`.

mod attributes;
pub mod cfn;
mod client;
mod domain;
mod group;
mod identity_pool;
mod identity_provider;
mod pool;
mod resource_server;

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
}

/// What a nested item is: an item of the language, or a resource kept as `cfn_resource`
/// (the index of the resource and its construct id).
#[derive(Clone, Debug, PartialEq)]
pub enum Child {
    Item(Item),
    Raw(usize, String),
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
        for c in &self.children {
            if let Child::Item(i) = c {
                all.extend(i.items());
            }
        }
        all
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
    let (i, r) = own_resource(node, t)?;
    match r.kind.as_str() {
        "AWS::Cognito::UserPool" => pool::lift(node, i, r, t),
        "AWS::Cognito::IdentityPool" => identity_pool::lift(node, i, r, t),
        "AWS::Cognito::UserPoolIdentityProvider" => identity_provider::lift(node, i, r, t),
        _ => None,
    }
}

/// A construct inside the pool at `pool`: a nested item, or a resource the pool holds
/// directly (an item of a `Cfn*` table where one says it).
fn nested(node: &Node, t: &Template, pool: &[String]) -> Option<Child> {
    if node.children.is_empty() {
        let i = node.resource?;
        let r = t.resources.get(i)?;
        return cfn::lift(node, i, r, t, pool).or(Some(Child::Raw(i, node.id.clone())));
    }
    if node.resource.is_some() || node.children.len() != 1 {
        return None;
    }
    let (i, r) = own_resource(node, t)?;
    let item = match r.kind.as_str() {
        "AWS::Cognito::UserPoolClient" => client::lift(&node.id, i, r),
        "AWS::Cognito::UserPoolDomain" => domain::lift(&node.id, i, r),
        "AWS::Cognito::UserPoolGroup" => group::lift(&node.id, i, r),
        "AWS::Cognito::UserPoolResourceServer" => resource_server::lift(&node.id, i, r),
        _ => None,
    }?;
    Some(Child::Item(item))
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
    let names: Option<Vec<String>> = scopes.iter().map(|s| crate::print::ident_for(s)).collect();
    names.map(|n| n.join("."))
}

/// The logical id a `{"Ref": …}` names.
fn ref_id(v: &Json) -> Option<&str> {
    match v.entries() {
        [(k, Json::Str(id))] if k == "Ref" => Some(id),
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
pub(crate) mod test_support {
    use crate::json::{Json, parse};
    use crate::template::Resource;

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
