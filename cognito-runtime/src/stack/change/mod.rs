//! Safe changes to a deployed stack: the stack's template compared with the template that is
//! deployed now (the baseline), resource by resource.
//!
//! Every element is classified: unchanged, updated in place, **replaced** (a create-only
//! property of its resource schema changed, or its type), **removed** (deleted, or orphaned
//! under `Retain`; a logical id that disappears while one of the same type appears is a
//! rename), or **fails** (an update Cognito refuses). A replacement, removal or rename of a
//! resource that holds state or identity is refused unless accepted; of one without state, it
//! is reported; what Cognito refuses cannot be accepted.
//!
//! ```
//! use cognito_runtime::change::{classify, Verdict};
//! use serde_json::json;
//!
//! let client = |secret: bool| json!({ "Resources": { "PoolwebB04E50B4": {
//!     "Type": "AWS::Cognito::UserPoolClient",
//!     "Properties": { "UserPoolId": { "Ref": "PoolD3F588B8" }, "GenerateSecret": secret },
//! } } });
//! let report = classify(&client(false), &client(true));
//! let change = report.get("PoolwebB04E50B4").unwrap();
//! assert_eq!(change.kind(), "replace");
//! assert_eq!(change.verdict(), Verdict::Refused);
//! assert_eq!(change.findings[0].field.as_deref(), Some("generate_secret"));
//! ```

pub(crate) mod app;
mod compare;
mod fields;
#[cfg(test)]
mod fixtures;
mod options;
mod others;
mod quick;
mod reduced;
mod refusals;
mod rename;
mod replace;
mod report;
mod scan;
mod stack;
mod state;
mod table;
mod template;
mod verdict;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use template::View;

pub use crate::stack::settings::Accepted;
pub use fields::{field_of, schema_field};
pub use options::Options;
pub use replace::create_only;
pub use report::{
    Change, ChangeReport, Effect, Finding, PropertyChange, PropertyEffect, Removal, Rename, Section, Verdict,
};
pub use template::Baseline;

/// Compares `proposed` (the stack's template) with `baseline` (the template deployed now),
/// nothing accepted.
pub fn classify(baseline: &Value, proposed: &Value) -> ChangeReport {
    classify_with(baseline, proposed, &Options::default())
}

/// Compares `proposed` with `baseline` under `options`.
pub fn classify_with(baseline: &Value, proposed: &Value, options: &Options) -> ChangeReport {
    let (old, new) = (View::new(baseline), View::new(proposed));
    let mut changes = resources(&old, &new);
    propagate(&mut changes, &old, &new);
    locate(&mut changes, options);
    rename::pair(&mut changes, &old, &new);
    verdict::judge(&mut changes, &old, &new, options);
    changes.extend(others::compare(&old, &new, options));
    changes.retain(|c| c.effect != Effect::Unchanged);
    ChangeReport { changes }
}

/// Every resource that changes, compared (most do not: they are skipped without allocating).
fn resources(old: &View, new: &View) -> Vec<Change> {
    let mut out = Vec::new();
    for (id, n) in &new.resources {
        match old.resources.get(id) {
            Some(o) if compare::same(*o, *n) => {}
            Some(o) => out.push(compare::compared(id, *o, *n)),
            None => out.push(compare::added(id, *n)),
        }
    }
    for (id, o) in &old.resources {
        if !new.resources.contains_key(id) {
            out.push(compare::removed(id, *o));
        }
    }
    out.retain(|c| c.effect != Effect::Unchanged);
    out
}

/// CloudFormation: a create-only property that refers to a replaced resource gets a new value
/// at deploy time (a new id or ARN), so its resource is replaced too (`cdk diff` agrees).
fn propagate(changes: &mut Vec<Change>, old: &View, new: &View) {
    loop {
        let replaced: BTreeSet<String> = changes
            .iter()
            .filter(|c| matches!(c.effect, Effect::Replaced { .. }))
            .map(|c| c.logical_id.clone())
            .collect();
        let index: BTreeMap<String, usize> =
            changes.iter().enumerate().map(|(i, c)| (c.logical_id.clone(), i)).collect();
        let mut grew = false;
        for (id, resource) in &new.resources {
            let Some(before) = old.resources.get(id) else { continue };
            let existing = index.get(*id).copied();
            let open = existing
                .and_then(|i| changes.get(i))
                .is_none_or(|c| matches!(c.effect, Effect::Unchanged | Effect::Updated | Effect::Fails));
            let referring = replace::create_only_referring(resource.ty(), resource.properties(), &|r| {
                replaced.contains(r)
            });
            let (true, Some((path, via))) = (open, referring) else { continue };
            let change = match existing {
                Some(i) => changes.get_mut(i),
                None => {
                    changes.push(compare::compared(id, *before, *resource));
                    changes.last_mut()
                }
            };
            if let Some(c) = change {
                replaced_via(c, path, via, *resource);
                grew = true;
            }
        }
        if !grew {
            return;
        }
    }
}

/// Marks `c` replaced because its create-only `path` refers to `via`, which is replaced.
fn replaced_via(c: &mut Change, path: &str, via: String, resource: template::Resource) {
    let top = path.split('/').next().unwrap_or(path);
    c.properties.retain(|p| p.path != top);
    c.properties.push(PropertyChange {
        path: top.to_owned(),
        effect: PropertyEffect::Replaces,
        via: Some(via),
    });
    c.effect =
        Effect::Replaced { orphans_old: matches!(resource.attribute("UpdateReplacePolicy"), Some("Retain")) };
}

/// The item and construct path of each resource the stack emits.
fn locate(changes: &mut [Change], options: &Options) {
    for c in changes.iter_mut() {
        if let Some((node, path)) = options.origins.get(&c.logical_id)
            && !matches!(c.effect, Effect::Removed(_))
        {
            c.node = Some(*node);
            if path.is_some() {
                c.construct_path.clone_from(path);
            }
        }
    }
}
