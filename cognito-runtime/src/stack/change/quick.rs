//! The baseline's text against the stack's rendered template, element by element, in one
//! pass that builds no tree ([`Reader`]): the common case, a stack that matches its baseline,
//! is decided there; otherwise the elements that differ are named, and only those (and what
//! refers to them) are parsed for the full comparison ([`super::reduced`]).
//!
//! The reading is conservative: an element is "the same" only when the full comparison
//! ([`super::classify_with`] over the parsed baseline) would find it unchanged. A number that
//! is not a plain integer makes its element "different" (the full comparison weighs it);
//! a syntax error, a duplicate key, a section the comparison does not know or
//! `get-template`'s wrapper leave the whole text to the full comparison, which explains them.

use super::scan::{Matched, Reader, Text, find};
use super::template::{BOOKKEEPING, CDK_METADATA};
use crate::core::json::{Json, Key, Obj};

/// Top-level sections that are checked to be JSON and otherwise not compared (as
/// [`super::template::View`] does not read them).
const SKIPPED_SECTIONS: &[&str] = &["AWSTemplateFormatVersion", "Description", "Metadata", "Transform"];

/// The sections whose elements are compared.
const COMPARED_SECTIONS: &[&str] = &["Resources", "Outputs", "Parameters", "Conditions", "Mappings", "Rules"];

/// The keys of a resource that [`super::compare::same`] compares; the others (`Metadata`)
/// are not.
const RESOURCE_KEYS: &[&str] = &[
    "Type",
    "Properties",
    "DependsOn",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "Condition",
    "UpdatePolicy",
    "CreationPolicy",
];

/// What one pass over the baseline's text found.
pub(crate) enum Scan<'t> {
    /// Every element is the same in both templates, the CDK's bookkeeping aside.
    Unchanged,
    /// Some elements differ.
    Differs(Differences<'t>),
    /// The text is left to the full comparison.
    Unread,
}

/// The elements that differ, and the text of every element of the baseline.
#[derive(Default)]
pub(crate) struct Differences<'t> {
    /// `(section, logical id)` of each element that differs, is only in the baseline, or is
    /// only in the stack's template (bookkeeping aside).
    pub differing: Vec<(&'static str, String)>,
    /// `(section, logical id, text)` of every element of the baseline.
    pub elements: Vec<(&'static str, Text<'t>, &'t str)>,
}

/// Reads `text` (a baseline) against `template` (the stack's, rendered).
pub(crate) fn scan<'t>(text: &'t str, template: &Json) -> Scan<'t> {
    let Json::Obj(ours) = template else { return Scan::Unread };
    let mut r = Reader::new(text);
    let mut seen: Vec<&'static str> = Vec::new();
    let mut found = Differences::default();
    let read = r.object(|r, key| {
        if let Some(&section) = COMPARED_SECTIONS.iter().find(|s| **s == key) {
            if seen.contains(&section) {
                return false;
            }
            seen.push(section);
            let ours = match ours.get(section) {
                Some(Json::Obj(o)) => Some(o),
                Some(_) => return false,
                None => None,
            };
            return elements(r, section, ours, &mut found);
        }
        SKIPPED_SECTIONS.contains(&key.as_ref()) && r.skip()
    });
    if !read || !r.end() {
        return Scan::Unread;
    }
    for (name, section) in &ours.0 {
        if let Some(&name) = COMPARED_SECTIONS.iter().find(|s| **s == name)
            && !seen.contains(&name)
            && let Json::Obj(elements) = section
        {
            added(name, elements.0.iter(), &mut found);
        }
    }
    if found.differing.is_empty() { Scan::Unchanged } else { Scan::Differs(found) }
}

/// The elements of `section` in the text, against ours.
fn elements<'t>(
    r: &mut Reader<'t>,
    section: &'static str,
    ours: Option<&Obj>,
    found: &mut Differences<'t>,
) -> bool {
    let empty = Obj::new();
    let ours = ours.unwrap_or(&empty);
    let mut matched = Matched::new(ours.0.len());
    let mut cursor = 0;
    let read = r.object(|r, id| {
        let start = r.white();
        let same = match find(ours, &id, &mut cursor) {
            Some(i) if !matched.first(i) => return false,
            // Set aside on both sides, by its id, whatever it holds.
            Some(_) if BOOKKEEPING.contains(&(section, &*id)) => r.skip().then_some(true),
            Some(i) => ours.0.get(i).and_then(|(_, element)| same_element(r, section, element)),
            None => only_in_text(r, section, &id),
        };
        let Some(same) = same else { return false };
        if !same {
            found.differing.push((section, id.clone().into_owned()));
        }
        found.elements.push((section, id, r.since(start)));
        true
    });
    if read {
        added(section, ours.0.iter().enumerate().filter(|(i, _)| !matched.has(*i)).map(|(_, e)| e), found);
    }
    read
}

/// Elements only ours has, bookkeeping aside: added.
fn added<'a>(
    section: &'static str,
    elements: impl Iterator<Item = &'a (Key, Json)>,
    found: &mut Differences,
) {
    for (id, element) in elements {
        if !ours_bookkeeping(section, id, element) {
            found.differing.push((section, id.to_string()));
        }
    }
}

/// Whether the next element of the text is `ours` (`None`: it is not JSON). On a
/// difference, the reader is past the element all the same.
fn same_element(r: &mut Reader, section: &str, ours: &Json) -> Option<bool> {
    let mut probe = *r;
    let same = if section == "Resources" { same_resource(&mut probe, ours) } else { probe.same(ours) };
    if same {
        *r = probe;
        return Some(true);
    }
    r.skip().then_some(false)
}

/// A resource of the text against ours: the keys the comparison reads are the same.
fn same_resource(r: &mut Reader, ours: &Json) -> bool {
    let Json::Obj(ours) = ours else { return false };
    let mut seen = Matched::new(RESOURCE_KEYS.len());
    let read = r.object(|r, key| match RESOURCE_KEYS.iter().position(|k| *k == key) {
        Some(k) => seen.first(k) && ours.get(&key).is_some_and(|v| r.same(v)),
        None => r.skip(),
    });
    read && RESOURCE_KEYS.iter().enumerate().all(|(k, key)| seen.has(k) == ours.get(key).is_some())
}

/// An element only the text has: `Some(true)` when it is the CDK's bookkeeping, `Some(false)`
/// when it is gone from the stack; `None` when it is not JSON, or a resource without a
/// string `Type` (which the full comparison explains).
fn only_in_text(r: &mut Reader, section: &str, id: &str) -> Option<bool> {
    if section != "Resources" {
        return r.skip().then_some(BOOKKEEPING.contains(&(section, id)));
    }
    let mut ty = None;
    let read = r.object(|r, key| {
        if key == "Type" {
            r.white();
            ty = r.string();
            ty.is_some()
        } else {
            r.skip()
        }
    });
    let ty = ty.filter(|_| read)?;
    Some(ty == CDK_METADATA)
}

/// [`super::template::is_bookkeeping`] for an element of ours.
fn ours_bookkeeping(section: &str, id: &str, element: &Json) -> bool {
    let ty = match element {
        Json::Obj(o) => o.get("Type").and_then(Json::as_str),
        _ => None,
    };
    (section == "Resources" && ty == Some(CDK_METADATA)) || BOOKKEEPING.contains(&(section, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::change::fixtures::{cdk_synth_templates, expected, read, template, tree};

    /// Every CDK template as `cdk synth` writes it (bookkeeping, path metadata), against the
    /// template it was made from: told unchanged in one pass, every one.
    #[test]
    fn every_cdk_synth_template_is_told_unchanged_in_one_pass() {
        let mut checked = 0;
        for (name, plain) in cdk_synth_templates() {
            let text = read(&expected().join(format!("cli/{name}.json")));
            assert!(matches!(scan(&text, &template(&plain)), Scan::Unchanged), "{name}");
            checked += 1;
        }
        assert!(checked >= 300, "only {checked} fixtures");
    }

    #[test]
    fn what_the_fast_path_leaves_to_the_full_comparison() {
        let ours =
            tree(&serde_json::json!({ "Resources": { "A": { "Type": "T", "Properties": { "N": 1 } } } }));
        let with =
            |props: &str| format!(r#"{{"Resources":{{"A":{{"Type":"T","Properties":{{{props}}}}}}}}}"#);
        let unchanged = |text: &str, ours: &Json| matches!(scan(text, ours), Scan::Unchanged);
        let unread = |text: &str, ours: &Json| matches!(scan(text, ours), Scan::Unread);
        assert!(unchanged(&with(r#""N": 1"#), &ours));
        assert!(unchanged(&format!("\u{feff} {} \n", with(r#""N":1"#)), &ours));
        // serde_json reads 1.0 as a float, which is not the integer 1: a difference to weigh.
        assert!(matches!(scan(&with(r#""N": 1.0"#), &ours), Scan::Differs(_)));
        assert!(!unchanged(&with(r#""N": 1, "N": 1"#), &ours));
        assert!(unread(&with(r#""N": 01"#), &ours));
        assert!(unread(&format!("{{\"TemplateBody\": {}}}", with(r#""N": 1"#)), &ours));
        assert!(unread(&format!("{} x", with(r#""N": 1"#)), &ours));
        assert!(unread(r#"{"Resources":{"B":{"Type":5}}}"#, &ours));
        let escaped = tree(&serde_json::json!({ "Outputs": { "O": { "Value": "a\"\n\u{e9}\u{1F600}/" } } }));
        assert!(unchanged(r#"{"Outputs":{"O":{"Value":"a\"\n\u00e9\ud83d\ude00\/"}}}"#, &escaped));
        assert!(unread(r#"{"Outputs":{"O":{"Value":"a\"\n\u00e9\ud83d/"}}}"#, &escaped));
        assert!(unread(r#"{"Outputs":{"O":{"Value":"\u+0e9"}}}"#, &escaped));
        let deep = format!("{{\"Metadata\": {}1{}}}", "[".repeat(200), "]".repeat(200));
        assert!(unread(&deep, &Json::Obj(Obj::new())));
    }
}
