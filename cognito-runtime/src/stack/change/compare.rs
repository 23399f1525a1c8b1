//! Resource by resource: what changes between the baseline and the stack's template, and
//! whether CloudFormation updates in place, replaces, or removes (before any verdict).

use serde_json::Value;

use super::refusals;
use super::replace::changed_create_only;
use super::report::{Change, Effect, PropertyChange, PropertyEffect, Removal, Section};
use super::template::Resource;

/// Resource attributes that CloudFormation updates without touching the resource.
const ATTRIBUTES: &[&str] =
    &["DeletionPolicy", "UpdateReplacePolicy", "Condition", "UpdatePolicy", "CreationPolicy"];

fn change(id: &str, ty: &str, effect: Effect) -> Change {
    Change::new(Section::Resources, id, ty, effect)
}

/// A resource only the stack has.
pub(crate) fn added(id: &str, new: Resource) -> Change {
    let mut c = change(id, new.ty(), Effect::Added);
    c.construct_path = new.construct_path().map(str::to_owned);
    c
}

/// CloudFormation `DeletionPolicy`: `Retain` (or `RetainExceptOnCreate`) keeps the resource.
fn retains(policy: Option<&str>) -> bool {
    matches!(policy, Some("Retain" | "RetainExceptOnCreate"))
}

/// A resource only the baseline has.
pub(crate) fn removed(id: &str, old: Resource) -> Change {
    let removal =
        if retains(old.attribute("DeletionPolicy")) { Removal::Orphaned } else { Removal::Destroyed };
    let mut c = change(id, old.ty(), Effect::Removed(removal));
    c.construct_path = old.construct_path().map(str::to_owned);
    c
}

/// `DependsOn` as a set: a string or a list, order aside.
fn depends_on(r: Resource<'_>) -> Vec<&str> {
    let mut ids: Vec<&str> = match r.body.get("DependsOn") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    ids.sort_unstable();
    ids
}

/// Whether a resource is the same in both (its metadata aside): the common case, decided
/// without allocating.
pub(crate) fn same(old: Resource, new: Resource) -> bool {
    let same_at = |key: &str| old.body.get(key) == new.body.get(key);
    same_at("Type") && same_at("Properties") && same_at("DependsOn") && ATTRIBUTES.iter().all(|a| same_at(a))
}

/// A resource both have: its changed properties and attributes, and what they do.
pub(crate) fn compared(id: &str, old: Resource, new: Resource) -> Change {
    let mut c = change(id, new.ty(), Effect::Unchanged);
    c.construct_path = new.construct_path().or(old.construct_path()).map(str::to_owned);
    if old.ty() != new.ty() {
        c.properties.push(PropertyChange {
            path: "Type".into(),
            effect: PropertyEffect::Replaces,
            via: None,
        });
    } else {
        properties(old, new, &mut c);
    }
    for attribute in ATTRIBUTES {
        if old.body.get(*attribute) != new.body.get(*attribute) {
            c.properties.push(PropertyChange {
                path: (*attribute).into(),
                effect: PropertyEffect::InPlace,
                via: None,
            });
        }
    }
    if depends_on(old) != depends_on(new) {
        c.properties.push(PropertyChange {
            path: "DependsOn".into(),
            effect: PropertyEffect::InPlace,
            via: None,
        });
    }
    c.effect = effect_of(&c.properties, new);
    c
}

/// The properties whose value differs; a create-only one (or a part of one) replaces, a
/// user pool's immutable settings are refused.
fn properties(old: Resource, new: Resource, c: &mut Change) {
    let (before, after) = (old.properties(), new.properties());
    let replacing = changed_create_only(new.ty(), before, after);
    if new.ty() == "AWS::Cognito::UserPool" {
        c.findings = refusals::user_pool(before, after);
    }
    let mut keys: Vec<&String> = before.into_iter().chain(after).flat_map(|p| p.keys()).collect();
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        if before.and_then(|p| p.get(key)) == after.and_then(|p| p.get(key)) {
            continue;
        }
        let top = |path: &&str| path.split('/').next() == Some(key.as_str());
        let effect = if replacing.iter().any(top) {
            PropertyEffect::Replaces
        } else if c.findings.iter().any(|f| f.property.as_deref() == Some(key.as_str())) {
            PropertyEffect::Refused
        } else {
            PropertyEffect::InPlace
        };
        c.properties.push(PropertyChange { path: key.clone(), effect, via: None });
    }
}

/// The resource's fate: replaced when one change replaces it, failing when Cognito refuses
/// one, else updated (or unchanged).
fn effect_of(properties: &[PropertyChange], new: Resource) -> Effect {
    let any = |e| properties.iter().any(|p| p.effect == e);
    if any(PropertyEffect::Replaces) {
        Effect::Replaced { orphans_old: retains(new.attribute("UpdateReplacePolicy")) }
    } else if any(PropertyEffect::Refused) {
        Effect::Fails
    } else if properties.is_empty() {
        Effect::Unchanged
    } else {
        Effect::Updated
    }
}
