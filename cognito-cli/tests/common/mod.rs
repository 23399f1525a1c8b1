//! What the round-trip tests share: the fixtures and the tally of the forms resources took.

#![allow(dead_code)]

pub mod mutate;

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The files of `tests/fixtures/cdk/expected/DIR` ending in `.json`, sorted.
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/cdk/expected").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// A fixture's name: its file name without `.json`.
pub fn name(file: &std::path::Path) -> String {
    file.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Counts the forms resources took (`user_pool`, `cfn_resource`, …) and the override paths
/// (by resource type) in the report of one import.
pub fn tally(
    report: &[String],
    forms: &mut BTreeMap<String, usize>,
    overridden: &mut BTreeMap<String, usize>,
) {
    for line in report {
        let Some((head, form)) = line.split_once("): `") else { continue };
        let kind = head.rsplit('(').next().unwrap_or("");
        let (form, overrides) =
            form.split_once("` with overrides ").unwrap_or((form.trim_end_matches('`'), ""));
        let form = if form == "cfn_resource" { format!("cfn_resource {kind}") } else { form.to_string() };
        *forms.entry(form).or_default() += 1;
        for path in overrides.split(", ").filter(|p| !p.is_empty()) {
            *overridden.entry(format!("{kind} {path}")).or_default() += 1;
        }
    }
}

/// Resources as items and as `cfn_resource`, from the tally of forms.
pub fn items_and_cfn(forms: &BTreeMap<String, usize>) -> (usize, usize) {
    let cfn: usize = forms.iter().filter(|(f, _)| f.starts_with("cfn_resource")).map(|(_, n)| n).sum();
    (forms.values().sum::<usize>() - cfn, cfn)
}
