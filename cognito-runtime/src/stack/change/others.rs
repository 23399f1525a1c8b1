//! Outputs, parameters, conditions, mappings and rules: added, removed or changed, with the
//! one consequence that matters, an export that disappears.

use serde_json::Value;

use super::options::Options;
use super::report::{Change, Effect, Finding, Removal, Section, Verdict};
use super::template::View;

/// Every element outside `Resources` that changes.
pub(crate) fn compare(old: &View, new: &View, options: &Options) -> Vec<Change> {
    let mut out = Vec::new();
    for (&(section, id), element) in &new.others {
        let effect = match old.others.get(&(section, id)) {
            None => Effect::Added,
            Some(before) if before != element => Effect::Updated,
            Some(_) => continue,
        };
        out.push(change(section, id, effect));
    }
    for &(section, id) in old.others.keys() {
        if !new.others.contains_key(&(section, id)) {
            out.push(change(section, id, Effect::Removed(Removal::Destroyed)));
        }
    }
    for c in out.iter_mut().filter(|c| c.section == Section::Outputs) {
        export_removed(c, old, new, options);
    }
    out
}

fn change(section: &str, id: &str, effect: Effect) -> Change {
    Change::new(Section::from_name(section).unwrap_or(Section::Outputs), id, "", effect)
}

/// The export name of output `id`, if it has one.
fn export<'a>(view: &View<'a>, id: &str) -> Option<&'a Value> {
    view.others.get(&("Outputs", id))?.get("Export")?.get("Name")
}

/// CloudFormation ("Export … cannot be deleted as it is in use by …"): an export another stack
/// imports cannot be removed or renamed; one nobody imports can, and is reported.
fn export_removed(c: &mut Change, old: &View, new: &View, options: &Options) {
    let Some(name) = export(old, &c.logical_id) else { return };
    if export(new, &c.logical_id) == Some(name) {
        return;
    }
    let shown = name.as_str().map_or_else(|| name.to_string(), str::to_owned);
    let (verdict, message) = match options.imported_exports.get(&shown) {
        Some(stack) => (
            Verdict::Refused,
            format!(
                "the export `{shown}` of output `{}` is removed, and stack `{stack}` imports it: CloudFormation \
                 refuses the update (\"Export {shown} cannot be deleted as it is in use by {stack}\"); keep the \
                 export until `{stack}` no longer imports it",
                c.logical_id
            ),
        ),
        None => (
            Verdict::Reported,
            format!(
                "the export `{shown}` of output `{}` is removed: CloudFormation refuses the update while another \
                 stack imports it (\"Export {shown} cannot be deleted as it is in use by …\")",
                c.logical_id
            ),
        ),
    };
    c.findings.push(Finding {
        rule: "change.export",
        property: Some("Export".into()),
        field: Some("export_name".into()),
        verdict,
        message,
    });
}
