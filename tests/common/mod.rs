//! Helpers shared by the parity tests: read a CDK reference fixture and compare.

#![allow(dead_code)]

use std::path::PathBuf;

use cognito::{FeatureFlags, Stack};

pub mod app;
pub mod cdk_diff;
pub mod nag;
pub mod pool;

fn fixture_path(name: &str, ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cdk/expected")
        .join(format!("{name}.{ext}"))
}

fn fixture(name: &str, ext: &str) -> String {
    let path = fixture_path(name, ext);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fixture `expected/NAME.ext` as JSON, if there is one (`flags/x` for a subfolder).
fn optional_json(name: &str, ext: &str) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(fixture_path(name, ext)).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.{ext}: {e}")))
}

/// The CDK's template for case `name`.
pub fn cdk_template(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name, "json")).expect("fixture is JSON")
}

/// The CDK's error message for case `name`.
pub fn cdk_error(name: &str) -> String {
    fixture(name, "err").trim().trim_start_matches("ERROR: ").to_owned()
}

/// Asserts that `stack` synthesizes the CDK's template for case `name` (as JSON values), and
/// reports the first differing path when it does not. Then, for the same case:
/// - under the CDK's recommended feature flags, the template is the CDK's under those flags
///   (`expected/flags/NAME.json`), or the stack is rejected as the CDK rejects it
///   (`flags/NAME.err`), where the flags change anything;
/// - with the CDK's template as the baseline, and with the template as `cdk synth` writes it
///   (`expected/cli/NAME.json`: bookkeeping, path metadata, the flags where they change it),
///   `check_update` finds no change: a CDK stack moves to `cognito!` without replacing anything;
/// - cdk-nag's findings for the case are ours.
pub fn assert_parity(stack: &Stack, name: &str) {
    assert_same_template(stack, name, &cdk_template(name));
    let flagged = stack.clone().with_feature_flags(FeatureFlags::recommended());
    if let Some(theirs) = optional_json(&format!("flags/{name}"), "json") {
        assert_same_template(&flagged, &format!("flags/{name}"), &theirs);
    }
    if fixture_path(&format!("flags/{name}"), "err").exists() {
        assert!(flagged.synth().is_err(), "{name}: the CDK rejects this under its recommended flags");
    }
    assert_no_change(stack, name, &cdk_template(name));
    if let Some(cli) = optional_json(&format!("cli/{name}"), "json") {
        let flags = fixture_path(&format!("flags/{name}"), "json").exists();
        assert_no_change(if flags { &flagged } else { stack }, &format!("cli/{name}"), &cli);
    }
}

/// Asserts that `stack`, compared with `baseline`, changes nothing.
fn assert_no_change(stack: &Stack, name: &str, baseline: &serde_json::Value) {
    match stack.check_update(baseline) {
        Ok(report) => {
            assert!(report.changes.is_empty(), "{name} as the baseline: expected no change, got\n{report}")
        }
        Err(e) => panic!("{name}: check_update failed: {e}"),
    }
}

fn assert_same_template(stack: &Stack, name: &str, theirs: &serde_json::Value) {
    let ours = match stack.synth() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    assert_schemas_hold(stack, name);
    assert_proof_holds(stack, name);
    if ours != *theirs {
        let mut diffs = Vec::new();
        diff("", &ours, theirs, &mut diffs);
        panic!(
            "{name}: template differs from the CDK's at:\n  {}\nours:\n{}",
            diffs.join("\n  "),
            serde_json::to_string_pretty(&ours).unwrap_or_default()
        );
    }
    nag::assert_nag_agreement(stack, name);
}

/// Asserts that a stack `cognito!` marked as checked (so `synth` skips its rules) breaks no
/// rule when they run in full (`check` always runs them).
fn assert_proof_holds(stack: &Stack, name: &str) {
    if stack.__is_checked_by_macro() {
        assert_eq!(stack.check(), vec![], "{name}: the macro's proof skipped a broken rule");
    }
}

/// Asserts that every resource `stack` renders meets its CloudFormation schema: Cognito's
/// types, which the hand-written rules must cover (the stack-level check validates only the
/// other types), and the others.
pub fn assert_schemas_hold(stack: &Stack, name: &str) {
    let Ok(cognito::Json::Obj(template)) = stack.template() else { return };
    let Some(cognito::Json::Obj(resources)) = template.get("Resources") else { return };
    let mut problems = Vec::new();
    for (id, resource) in &resources.0 {
        let cognito::Json::Obj(resource) = resource else { continue };
        let resource_type = resource.get("Type").and_then(cognito::Json::as_str).unwrap_or_default();
        let empty = cognito::Json::Obj(cognito::Obj::new());
        let props = resource.get("Properties").unwrap_or(&empty);
        match cognito::schema::validate(resource_type, props) {
            None => problems.push(format!("{id}: no schema for {resource_type}")),
            Some(issues) => problems.extend(
                issues
                    .iter()
                    .map(|i| format!("{id} ({resource_type}) {}: {}", i.path_string(), i.describe("value"))),
            ),
        }
    }
    assert!(
        problems.is_empty(),
        "{name}: rendered resources break their schemas:\n  {}",
        problems.join("\n  ")
    );
}

/// Asserts that `stack` is rejected as the CDK rejects case `name`, by the rule `rule`.
pub fn assert_rejected(stack: &Stack, name: &str, rule: &str) {
    let cdk = cdk_error(name);
    match stack.synth() {
        Ok(t) => panic!("{name}: the CDK rejects this configuration ({cdk}), we produced {t}"),
        Err(e) => assert!(
            e.violations.iter().any(|v| v.rule == rule),
            "{name}: expected rule {rule} (CDK: {cdk}), got: {e}"
        ),
    }
}

/// Asserts that the CDK accepts case `name` (its template is a fixture) and that `stack` is
/// rejected by `rule` all the same: a configuration CloudFormation or Cognito refuses at
/// deploy time, which the project rejects on purpose.
pub fn assert_rejected_on_purpose(stack: &Stack, name: &str, rule: &str) {
    let _ = cdk_template(name);
    match stack.synth() {
        Ok(_) => panic!("{name}: the CDK accepts this and it fails at deploy time; expected rule {rule}"),
        Err(e) => {
            assert!(e.violations.iter().any(|v| v.rule == rule), "{name}: expected rule {rule}, got: {e}")
        }
    }
}

/// The one violation of `stack`, which must be of rule `rule` at `path`; returns its message.
pub fn violation(stack: &Stack, rule: &str, path: &str) -> String {
    let violations = stack.check();
    let found: Vec<_> = violations.iter().filter(|v| v.rule == rule).collect();
    assert!(!found.is_empty(), "expected a violation of {rule}, got {violations:#?}");
    let v = found[0];
    assert_eq!(v.path, path, "path of {rule}");
    v.message.clone()
}

fn diff(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value::*;
    match (a, b) {
        (Object(x), Object(y)) => {
            for (k, va) in x {
                match y.get(k) {
                    Some(vb) => diff(&format!("{path}/{k}"), va, vb, out),
                    None => out.push(format!("{path}/{k}: only ours has it: {va}")),
                }
            }
            for (k, vb) in y {
                if !x.contains_key(k) {
                    out.push(format!("{path}/{k}: only the CDK's has it: {vb}"));
                }
            }
        }
        (Array(x), Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}/{i}"), va, vb, out);
            }
        }
        _ if a != b => out.push(format!("{path}: ours {a}, CDK {b}")),
        _ => {}
    }
}

/// Asserts that we reject by rule `rule` a configuration the CDK accepts (case `name` has a
/// template, not an error): a deploy-time failure we report at compile time.
pub fn assert_stricter(stack: &Stack, name: &str, rule: &str) {
    let cdk = cdk_template(name);
    assert!(
        cdk.get("Resources").is_some() || cdk.get("Outputs").is_some(),
        "{name}: the CDK's template is empty"
    );
    match stack.synth() {
        Ok(t) => panic!("{name}: expected rule {rule} to reject this configuration, we produced {t}"),
        Err(e) => {
            assert!(e.violations.iter().any(|v| v.rule == rule), "{name}: expected rule {rule}, got: {e}")
        }
    }
}
