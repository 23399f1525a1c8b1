//! The verdicts: a replaced, removed or renamed resource that holds state or identity is
//! refused unless accepted; one without state is reported; what Cognito refuses stays refused.

use super::fields::{field_of, provider_kind};
use super::options::Options;
use super::refusals;
use super::rename::changed_id;
use super::report::{Change, Effect, Finding, PropertyEffect, Removal, Verdict};
use super::state::{loss, noun};
use super::template::View;

/// Adds the findings of every replaced, removed or renamed resource.
pub(crate) fn judge(changes: &mut [Change], old: &View, new: &View, options: &Options) {
    for c in changes.iter_mut() {
        match c.effect {
            Effect::Replaced { orphans_old } => replaced(c, orphans_old, old, new, options),
            Effect::Removed(removal) if c.rename.is_some() => renamed(c, removal, old, new, options),
            Effect::Removed(removal) => removed(c, removal, old, options),
            _ => {}
        }
    }
}

/// The name a message gives a resource: its construct path (without the final `Resource`),
/// or its logical id.
fn shown(c: &Change) -> String {
    match c.construct_path.as_deref().map(|p| p.strip_suffix("/Resource").unwrap_or(p)) {
        Some(path) => format!("`{path}` (`{}`)", c.logical_id),
        None => format!("`{}`", c.logical_id),
    }
}

fn finding(
    rule: &'static str,
    property: Option<&str>,
    field: Option<&str>,
    verdict: Verdict,
    message: String,
) -> Finding {
    Finding { rule, property: property.map(str::to_owned), field: field.map(str::to_owned), verdict, message }
}

/// Accepted when `accepted`; otherwise refused, or reported for a resource without state.
fn weigh(ty: &str, accepted: bool) -> Verdict {
    match (loss(ty), accepted) {
        (_, true) => Verdict::Accepted,
        (None, false) => Verdict::Reported,
        (Some(_), false) => Verdict::Refused,
    }
}

/// What becomes of the old resource, and what that loses.
fn fate(ty: &str, orphaned: bool) -> String {
    match (loss(ty), orphaned) {
        (Some(loss), false) => format!("deletes the old one, and with it {loss}"),
        (Some(loss), true) => {
            format!("leaves the old one in the account, unmanaged (`Retain`): the stack loses {loss}")
        }
        (None, false) => "deletes the old one (it holds no state)".into(),
        (None, true) => "leaves the old one in the account, unmanaged (`Retain`; it holds no state)".into(),
    }
}

/// AWS CDK `cdk diff` ("requires replacement"): a create-only property changed, or the type.
fn replaced(c: &mut Change, orphans_old: bool, old: &View, new: &View, options: &Options) {
    let id = c.logical_id.clone();
    if c.resource_type == "AWS::Cognito::UserPoolDomain"
        && let Some(refusal) = refusals::domain(old.properties(&id), new.properties(&id), &shown(c))
    {
        c.findings.push(refusal);
        return;
    }
    let accepted = options.accept_replacement.contains(&c.logical_id);
    let verdict = weigh(&c.resource_type, accepted);
    let what = noun(&c.resource_type).to_owned();
    let fate = fate(&c.resource_type, orphans_old);
    let mut replacing: Vec<(String, Option<String>)> = c
        .properties
        .iter()
        .filter(|p| p.effect == PropertyEffect::Replaces)
        .map(|p| (p.path.clone(), p.via.clone()))
        .collect();
    // A social provider's name is its type's: one change, said once.
    if replacing.iter().any(|(p, _)| p == "ProviderType") {
        replacing.retain(|(p, _)| p != "ProviderName");
    }
    for (property, via) in replacing {
        let field = field_of(&c.resource_type, &property, new.properties(&id));
        let value = |view: &View| {
            view.properties(&id).and_then(|p| p.get(&property)).map_or("absent".into(), |v| v.to_string())
        };
        let setting = field.map_or_else(|| format!("`{property}`"), |f| format!("`{f}`"));
        let (rule, lead, keep) = match (property.as_str(), via) {
            ("Type", _) => (
                "change.type",
                format!(
                    "the {what} {} changes type ({} → {})",
                    shown(c),
                    old_type(old, &id),
                    c.resource_type
                ),
                "keep the deployed resource type".to_owned(),
            ),
            ("ProviderType", _) => {
                let kind = |view: &View| {
                    let ty =
                        view.properties(&id).and_then(|p| p.get("ProviderType")).and_then(|v| v.as_str());
                    format!("`{}`", provider_kind(ty.unwrap_or_default()))
                };
                (
                    "change.replace",
                    format!(
                        "changing the kind of the {what} {} ({} → {}) replaces it: `ProviderType` is create-only",
                        shown(c),
                        kind(old),
                        kind(new)
                    ),
                    format!("keep {}", kind(old)),
                )
            }
            (p, Some(via)) => (
                "change.replace.dependency",
                format!(
                    "the {what} {} is replaced: `{p}` is create-only and refers to `{via}`, which is replaced",
                    shown(c)
                ),
                format!("keep `{via}` as deployed"),
            ),
            (p, None) => (
                "change.replace",
                format!(
                    "changing {setting} replaces the {what} {}: `{p}` is create-only ({} → {})",
                    shown(c),
                    value(old),
                    value(new)
                ),
                format!("keep the deployed value of {setting}"),
            ),
        };
        let fix = if verdict == Verdict::Reported {
            String::new()
        } else {
            format!("; {keep}, or accept the replacement (`accept_replacement: true`)")
        };
        let message = format!("{lead}, so CloudFormation creates a new {what} and {fate}{fix}");
        c.findings.push(finding(rule, Some(&property), field, verdict, message));
    }
}

fn old_type<'a>(old: &View<'a>, id: &str) -> &'a str {
    old.resources.get(id).map_or("", |r| r.ty())
}

/// CloudFormation: a resource the template no longer has is deleted, or kept under `Retain`.
fn removed(c: &mut Change, removal: Removal, old: &View, options: &Options) {
    let accepted = options.accept_removal.contains(&c.logical_id);
    let verdict = weigh(&c.resource_type, accepted);
    let what = noun(&c.resource_type);
    let fate = match (loss(&c.resource_type), removal) {
        (Some(loss), Removal::Destroyed) => format!("deletes it, and with it {loss}{}", protected(c, old)),
        (Some(loss), Removal::Orphaned) => {
            format!("leaves it in the account, unmanaged (`DeletionPolicy: Retain`): the stack loses {loss}")
        }
        (None, Removal::Destroyed) => "deletes it (it holds no state)".into(),
        (None, Removal::Orphaned) => "leaves it in the account, unmanaged (`DeletionPolicy: Retain`)".into(),
    };
    let fix = if verdict == Verdict::Reported {
        String::new()
    } else {
        format!("; put the item back, or accept the removal (`accept_removal: [\"{}\"]`)", c.logical_id)
    };
    let message = format!(
        "the {what} {} is in the baseline but not in the stack: CloudFormation {fate}{fix}",
        shown(c)
    );
    c.findings.push(finding("change.remove", None, None, verdict, message));
}

/// Cognito ("The user pool cannot be deleted because deletion protection is activated."): a
/// protected pool is not deleted.
fn protected(c: &Change, old: &View) -> &'static str {
    let protection =
        old.properties(&c.logical_id).and_then(|p| p.get("DeletionProtection")).and_then(|v| v.as_str());
    if protection == Some("ACTIVE") {
        " (deletion protection is on, so the deletion itself fails: \"The user pool cannot be deleted \
         because deletion protection is activated. Deletion protection must be inactivated first.\")"
    } else {
        ""
    }
}

/// A new logical id for what looks like the same item: a new, empty resource, and the old one
/// deleted or orphaned.
fn renamed(c: &mut Change, removal: Removal, old: &View, new: &View, options: &Options) {
    let Some(rename) = c.rename.clone() else { return };
    if c.resource_type == "AWS::Cognito::UserPoolDomain"
        && let Some(refusal) =
            refusals::domain(old.properties(&rename.from), new.properties(&rename.to), &shown(c))
    {
        c.findings.push(refusal);
        return;
    }
    let accepted =
        options.accept_replacement.contains(&rename.to) || options.accept_removal.contains(&rename.from);
    let verdict = weigh(&c.resource_type, accepted);
    let what = noun(&c.resource_type);
    let was = rename.from_path.as_deref().map(|p| format!("; it was `{}`", trim(p))).unwrap_or_default();
    let now =
        rename.to_path.as_deref().map_or_else(|| format!("`{}`", rename.to), |p| format!("`{}`", trim(p)));
    let keep = match changed_id(&rename) {
        Some((i, old_id)) => {
            c.node = new_item(&rename, i, options);
            let new_id = rename.to_path.as_deref().and_then(|p| p.split('/').nth(i)).unwrap_or_default();
            format!("keep the old logical id by naming the item {}", keep_id(new_id, &old_id))
        }
        None => {
            // Moved to another scope: the item itself, under its new path.
            c.node = options.origins.get(&rename.to).map(|(node, _)| *node);
            "keep the construct id and scope the item was deployed with".into()
        }
    };
    let fix = if verdict == Verdict::Reported {
        String::new()
    } else {
        format!("; {keep}, or accept the replacement (`accept_replacement: true`)")
    };
    let empty = if loss(&c.resource_type).is_some() { "new, empty" } else { "new" };
    let message = format!(
        "the {what} {now} has a new logical id (`{}` → `{}`{was}): CloudFormation creates a {empty} {what} and \
         {}{fix}",
        rename.from,
        rename.to,
        fate(&c.resource_type, removal == Removal::Orphaned)
    );
    c.findings.push(finding("change.rename", None, None, verdict, message));
}

fn trim(path: &str) -> &str {
    path.strip_suffix("/Resource").unwrap_or(path)
}

/// `new_id as "old-id"`, or `"old-id"` when the new id is not a Rust identifier (an item
/// written with a string id).
fn keep_id(new_id: &str, old_id: &str) -> String {
    let ident = new_id.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && new_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ident { format!("`{new_id} as \"{old_id}\"`") } else { format!("`\"{old_id}\"`") }
}

/// The item of the stack whose construct id changed: the one at the first `i + 1`
/// components of the new path.
fn new_item(
    rename: &super::report::Rename,
    i: usize,
    options: &Options,
) -> Option<crate::core::node::NodeId> {
    let path = rename.to_path.as_deref()?;
    let prefix: Vec<&str> = path.split('/').take(i + 1).collect();
    options.items.get(&prefix.join("/")).copied()
}
