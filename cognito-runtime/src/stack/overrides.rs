//! `overrides` on an item: the AWS CDK's `addOverride` escape hatch on the item's main
//! resource (its `node.defaultChild`), applied after the render, its tags and `DependsOn`, as
//! the CDK merges raw overrides last; the rules the overrides must follow; and where in them a
//! place of the template was written, so the template checks report there.

use std::collections::HashMap;

use super::Node;
use crate::context::check::{Check, Issue, document_depth_issue};
use crate::context::rules::article;
use crate::context::synth::Synth;
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::overrides::{Override, merge};
use crate::core::raw::Raw;
use crate::core::table::{Found, walk};
use crate::core::tree::MAX_DOCUMENT_DEPTH;
use crate::core::value::Value;

/// The overrides of one resource, rendered: its logical id, whether an L1 class of the CDK
/// renders it, and each override's names and value (`None`: deleted).
pub(crate) struct Pending {
    logical_id: String,
    typed: bool,
    overrides: Vec<(Vec<String>, Option<Json>)>,
}

/// The overrides of the item at `node`, rendered where the item's render left `cx`; `None`
/// when it has none (or no resource, which [`check`] reports).
pub(crate) fn render(cx: &Synth, node: NodeId, n: &Node) -> Option<Pending> {
    if n.overrides.is_empty() {
        return None;
    }
    let logical_id = cx.logical_id(node, n.item.main_resource()?);
    let mut overrides = Vec::new();
    for o in &n.overrides {
        let parts = o.parts();
        // The check reports it; the render stops, so the merge does not recurse into it.
        if depth(&parts, o) > MAX_DOCUMENT_DEPTH {
            cx.too_deep();
            continue;
        }
        overrides.push((parts, o.value.as_ref().map(|v| v.render(&|v| cx.value(v)))));
    }
    Some(Pending { logical_id, typed: n.item.is_typed(), overrides })
}

/// Applies `pending` to `resources`; returns each changed resource as it was before (what
/// cdk-nag reads: it checks an L1's props, not its raw overrides).
pub(crate) fn apply(pending: Vec<Pending>, resources: &mut Obj) -> HashMap<String, Json> {
    let mut originals = HashMap::new();
    for p in pending {
        let Some(slot) = resources.get_mut(&p.logical_id) else { continue };
        let original = std::mem::replace(slot, Json::Null);
        let l1_type = match &original {
            Json::Obj(o) if p.typed => o.get("Type").and_then(Json::as_str).map(str::to_owned),
            _ => None,
        };
        *slot = merge(original.clone(), p.overrides, l1_type.as_deref());
        originals.entry(p.logical_id).or_insert(original);
    }
    originals
}

/// The setting that wrote `path` (names from the resource's top level) through the last
/// override reaching it: `overrides.PATH` and the names below it; for a missing property
/// (`required`), also an override that wrote into the object that lacks it (a deletion
/// there makes nothing, so it does not answer for it).
pub(crate) fn setting_of(overrides: &[Override], path: &[String], required: bool) -> Option<String> {
    overrides.iter().rev().find_map(|o| {
        let parts = o.parts();
        let setting = format!("overrides.{}", o.path);
        if let Some(below) = path.strip_prefix(parts.as_slice()) {
            return Some(below.iter().fold(setting, |s, name| format!("{s}.{name}")));
        }
        let wrote_into = |(_, parent): (&String, &[String])| o.value.is_some() && parts.starts_with(parent);
        let around = parts.starts_with(path) || (required && path.split_last().is_some_and(wrote_into));
        around.then_some(setting)
    })
}

/// The rules of an item's overrides (`cx` is at the item).
pub(crate) fn check(n: &Node, cx: &mut Check) {
    if n.overrides.is_empty() {
        return;
    }
    if n.item.main_resource().is_none() {
        no_resource(n, cx);
        return;
    }
    for o in &n.overrides {
        let setting = format!("overrides.{}", o.path);
        let parts = o.parts();
        // Measured first: the walk of the references recurses into the value.
        if depth(&parts, o) > MAX_DOCUMENT_DEPTH {
            too_deep(o, &setting, cx);
            continue;
        }
        if let Some(value) = &o.value {
            references(&setting, value, cx);
        }
        if !empty_name(o, &parts, &setting, cx) {
            resource_attribute(n, &parts, &setting, cx);
            policy(o, &parts, &setting, cx);
        }
    }
}

/// How deep the override nests arrays and objects below its resource's `Properties` (up to
/// one past the limit): a name of its path after the second makes an object, and its value's
/// own.
fn depth(parts: &[String], o: &Override) -> usize {
    let path = parts.len().saturating_sub(2);
    let room = MAX_DOCUMENT_DEPTH.saturating_sub(path);
    path + o.value.as_ref().map_or(0, |v| v.depth(room))
}

/// `cognito!` (the rule of `document_depth`): an override nests within
/// [`MAX_DOCUMENT_DEPTH`] below its resource's `Properties`, its path's names counted.
fn too_deep(o: &Override, setting: &str, cx: &mut Check) {
    let shown: String = o.path.chars().take(48).collect();
    let more = if o.path.chars().count() > 48 { "…" } else { "" };
    // The path may be at fault as much as the value: underline the path.
    cx.push(
        document_depth_issue(setting, &format!("the `overrides` path {shown:?}{more} with its value"))
            .target(Target::Key),
    );
}

/// The references inside an override's value, checked as every setting's are.
fn references(setting: &str, value: &Raw, cx: &mut Check) {
    walk(value, |path, found| {
        if let Found::Value(v) = found {
            let at = if path.is_empty() { setting.to_owned() } else { format!("{setting}.{path}") };
            cx.value(&at, v);
        }
    });
}

/// AWS CDK (`addOverride` is a method of `CfnResource`, which an item holds as its
/// `node.defaultChild`): an item with no resource of its own takes no overrides.
fn no_resource(n: &Node, cx: &mut Check) {
    let kind = n.item.kind();
    cx.push(
        Issue::new(
            "override.target",
            "overrides",
            format!("`overrides` changes an item's own resource, but {} `{kind}` has none (the CDK's `addOverride` is a method of the `CfnResource` a construct holds as `node.defaultChild`); remove `overrides`, or override the item that renders the resource", article(kind)),
        )
        .target(Target::Key),
    );
}

/// Cognito: each name of an override's path is not empty (`a..b`, or a `.` at either end,
/// would make CloudFormation read a property named `""`); reports one and says whether it did.
fn empty_name(o: &Override, parts: &[String], setting: &str, cx: &mut Check) -> bool {
    let Some(step) = parts.iter().position(String::is_empty) else { return false };
    cx.push(
        Issue::new(
            "override.path",
            setting,
            format!("`overrides` path {:?} has an empty name at step {}; write names separated by `.`, e.g. `Properties.UserPoolAddOns.AdvancedSecurityMode`, with `\\.` for a dot inside a name", o.path, step + 1),
        )
        .value(format!("{:?}", o.path))
        .target(Target::Key),
    );
    true
}

/// What a resource of a template holds besides its `Type`.
const ATTRIBUTES: [&str; 7] = [
    "Properties",
    "DependsOn",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "UpdatePolicy",
    "CreationPolicy",
    "Metadata",
];

/// CloudFormation (template anatomy, a resource's keys): an override's path starts with one
/// of them (`Version` only for a custom resource); `Type` is what the item is, and
/// `Condition` names a condition, which a stack of `cognito!` does not declare.
fn resource_attribute(n: &Node, parts: &[String], setting: &str, cx: &mut Check) {
    let Some(first) = parts.first().map(String::as_str) else { return };
    let custom = matches!(&n.item, super::item::Item::CfnResource(r)
        if r.r#type.starts_with("Custom::") || r.r#type == "AWS::CloudFormation::CustomResource");
    if ATTRIBUTES.contains(&first) || (custom && first == "Version") {
        return;
    }
    let why = match first {
        "Type" => {
            "the type is what the item is; declare a `cfn_resource` for a resource of another type".to_owned()
        }
        "Condition" => {
            "a stack of `cognito!` declares no conditions; leave the resource unconditional".to_owned()
        }
        _ => format!(
            "CloudFormation rejects the template (\"Invalid template resource property '{first}'\"); start the path with `Properties.` for a property, or with one of {}",
            ATTRIBUTES.iter().skip(1).map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")
        ),
    };
    cx.push(
        Issue::new(
            "override.attribute",
            setting,
            format!("`overrides` path starts with `{first}`, which an override may not set: {why}"),
        )
        .value(format!("{first:?}"))
        .target(Target::Key),
    );
}

/// CloudFormation (`DeletionPolicy`: `Delete`, `Retain`, `RetainExceptOnCreate`,
/// `Snapshot`; `UpdateReplacePolicy`: `Delete`, `Retain`, `Snapshot`; a literal string, not
/// a function).
fn policy(o: &Override, parts: &[String], setting: &str, cx: &mut Check) {
    let (name, allowed): (&str, &[&str]) = match parts {
        [p] if p == "DeletionPolicy" => (p, &["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"]),
        [p] if p == "UpdateReplacePolicy" => (p, &["Delete", "Retain", "Snapshot"]),
        _ => return,
    };
    let Some(value) = &o.value else { return };
    let (got, error) = match value {
        Raw::Value(Value::Str(s)) if allowed.contains(&s.as_str()) => return,
        Raw::Value(Value::Str(s)) => (format!("{s:?}"), format!("Unrecognized {name} {s} for resource …")),
        other => (describe(other), format!("Every {name} member must be a string")),
    };
    let allowed = allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ");
    cx.push(
        Issue::new(
            "override.policy",
            setting,
            format!("`{name}` must be one of {allowed} (got {got}); CloudFormation rejects the template (\"Template format error: {error}\"); write one of them as a string"),
        )
        .value(got),
    );
}

/// A value as messages show it.
fn describe(value: &Raw) -> String {
    match value {
        Raw::Value(v) => v.to_string(),
        Raw::Null => "null".to_owned(),
        Raw::Bool(b) => b.to_string(),
        Raw::Num(n) => crate::core::json::js_number(*n),
        Raw::List(_) => "a list".to_owned(),
        Raw::Object(_) => "an object".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(path: &str) -> Override {
        Override { path: path.to_owned(), value: Some(Raw::Null) }
    }

    fn path(p: &str) -> Vec<String> {
        p.split('/').map(str::to_owned).collect()
    }

    #[test]
    fn a_place_maps_to_the_last_override_reaching_it() {
        let all = [o("Properties.A"), o("Properties.A.B"), o(r"Properties.Dotted\.Name")];
        let at = |p: &str, required| setting_of(&all, &path(p), required);
        assert_eq!(at("Properties/A/B/0", false).as_deref(), Some("overrides.Properties.A.B.0"));
        assert_eq!(at("Properties/A/C", false).as_deref(), Some("overrides.Properties.A.C"));
        assert_eq!(at("Properties", false).as_deref(), Some(r"overrides.Properties.Dotted\.Name"));
        assert_eq!(
            at("Properties/Dotted.Name", false).as_deref(),
            Some(r"overrides.Properties.Dotted\.Name")
        );
        assert_eq!(at("Properties/Other", false), None);
        let one = [o("Properties.A.B")];
        assert_eq!(
            setting_of(&one, &path("Properties/A/C"), true).as_deref(),
            Some("overrides.Properties.A.B")
        );
        assert_eq!(setting_of(&one, &path("Properties/A/C"), false), None);
        let deleted = [Override { path: "Properties.A.B".to_owned(), value: None }];
        assert_eq!(setting_of(&deleted, &path("Properties/A/C"), true), None, "a deletion makes nothing");
    }
}
