//! Agreement with the AWS CDK CLI. For every change pair (`cases/change_NAME.before.js` →
//! `.after.js`), `expected/change_NAME.diff` is what `cdk diff` printed (`scripts/oracle.sh
//! regen-diff`): our verdict on each resource (replace, destroy, orphan, update, add) equals
//! the CLI's marker. The updates Cognito refuses, which the CLI shows as plain updates, are
//! asserted separately, each with its source.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cognito::change::{ChangeReport, Verdict, classify};
use common::cdk_diff::{cli_verdicts, our_verdicts};

fn expected() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/expected")
}

fn read(name: &str) -> String {
    let path = expected().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(name: &str) -> serde_json::Value {
    serde_json::from_str(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The pairs: every `change_NAME.diff`.
fn pairs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(expected())
        .expect("expected/ is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".diff").map(str::to_owned))
        .filter(|n| n.starts_with("change_"))
        .collect();
    names.sort();
    names
}

fn compared(name: &str) -> ChangeReport {
    classify(&json(&format!("{name}.before.json")), &json(&format!("{name}.after.json")))
}

#[test]
fn every_pair_agrees_with_cdk_diff() {
    let pairs = pairs();
    assert!(pairs.len() >= 30, "only {} change pairs", pairs.len());
    let mut disagreements = Vec::new();
    let mut markers: BTreeMap<String, usize> = BTreeMap::new();
    for name in &pairs {
        let theirs = cli_verdicts(&read(&format!("{name}.diff")));
        let ours = our_verdicts(&compared(name));
        for marker in theirs.values() {
            *markers.entry(marker.clone()).or_default() += 1;
        }
        if theirs != ours {
            disagreements.push(format!("{name}:\n  cdk diff: {theirs:?}\n  ours:     {ours:?}"));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} pairs disagree:\n{}",
        disagreements.len(),
        pairs.len(),
        disagreements.join("\n")
    );
    for marker in ["replace", "destroy", "orphan", "update", "add"] {
        assert!(markers.get(marker).is_some_and(|n| *n >= 3), "few `{marker}` verdicts: {markers:?}");
    }
}

/// Cognito refuses these updates; `cdk diff` shows each as a plain update of the pool.
/// `(pair, logical id, rule, source of the service's message)`.
const REFUSALS: &[(&str, &str, &str, &str)] = &[
    (
        "change_client_group",
        "PoolD3F588B8",
        "change.fails.username_attributes",
        "SAM and CDK project docs; Cognito guide",
    ),
    ("change_client_group", "PoolD3F588B8", "change.fails.alias_attributes", "amplify-cli#382"),
    ("change_alias_attributes", "PoolD3F588B8", "change.fails.alias_attributes", "amplify-cli#382"),
    (
        "change_username_attributes",
        "PoolD3F588B8",
        "change.fails.username_attributes",
        "SAM and CDK project docs",
    ),
    ("change_case_sensitivity_added", "PoolD3F588B8", "change.fails.case_sensitivity", "amplify-cli#4227"),
    ("change_case_sensitivity_changed", "PoolD3F588B8", "change.fails.case_sensitivity", "amplify-cli#10846"),
    ("change_required_attribute_added", "PoolD3F588B8", "change.fails.required_attribute", "cdk#8585"),
    (
        "change_required_attribute_removed",
        "PoolD3F588B8",
        "change.fails.required_attribute",
        "amplify-cli#9525",
    ),
    (
        "change_standard_attribute_mutability",
        "PoolD3F588B8",
        "change.fails.schema_attribute",
        "amplify-js#6459",
    ),
    (
        "change_custom_attribute_constraints",
        "PoolD3F588B8",
        "change.fails.schema_attribute",
        "visual-asset-management-system PR#72",
    ),
    ("change_custom_attribute_type", "PoolD3F588B8", "change.fails.schema_attribute", "amplify-js#6459"),
    (
        "change_custom_attribute_mutability",
        "PoolD3F588B8",
        "change.fails.schema_attribute",
        "amplify-js#6459",
    ),
    (
        "change_custom_attribute_removed",
        "PoolD3F588B8",
        "change.fails.schema_attribute_removed",
        "amplify-js#6459",
    ),
];

#[test]
fn cognito_refusals_are_plain_updates_to_the_cli() {
    for (pair, id, rule, source) in REFUSALS {
        let theirs = cli_verdicts(&read(&format!("{pair}.diff")));
        assert_eq!(
            theirs.get(*id).map(String::as_str),
            Some("update"),
            "{pair}: cdk diff shows {id} as an update"
        );
        let report = compared(pair);
        let change = report.get(id).unwrap_or_else(|| panic!("{pair}: no change of {id}"));
        assert_eq!(change.kind(), "fails", "{pair}");
        let finding = change.findings.iter().find(|f| f.rule == *rule);
        let finding = finding.unwrap_or_else(|| panic!("{pair}: no {rule} ({source}) in\n{report}"));
        assert_eq!(finding.verdict, Verdict::Refused, "{pair}: {rule} ({source})");
    }
}

/// A domain replaced or renamed on the same pool: `cdk diff` says replace or destroy, and the
/// deployment fails (cdk#10062: "User pool already has a domain configured.").
#[test]
fn domain_replacements_fail() {
    for pair in ["change_domain_prefix", "change_domain_custom_name", "change_domain_renamed"] {
        let report = compared(pair);
        let refused: Vec<_> = report.refused().filter(|(_, f)| f.rule == "change.fails.domain").collect();
        assert_eq!(refused.len(), 1, "{pair}:\n{report}");
        assert!(refused[0].1.message.contains("User pool already has a domain configured."), "{pair}");
    }
}

/// What Cognito allows, and `cdk diff` shows as an update: nothing refused.
#[test]
fn allowed_updates_are_not_refused() {
    for pair in [
        "change_custom_attribute_added",
        "change_client_name",
        "change_domain_certificate",
        "change_group_precedence",
        "change_idp_scopes",
        "change_resource_server_scopes",
        "change_identity_pool_name",
        "change_identity_pool_guests",
        "change_mfa",
        "change_password_policy",
        "change_pool_name",
        "change_token_validity",
        "change_callback_urls",
        "change_removal_policy",
        "change_items_added",
        "change_sms_external_id",
        "change_none",
    ] {
        let report = compared(pair);
        assert!(!report.is_refused(), "{pair}:\n{report}");
    }
}
