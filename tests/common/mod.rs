//! Helpers shared by the parity tests: read a CDK reference fixture and compare.

#![allow(dead_code)]

use std::path::PathBuf;

use cognito::Stack;

pub mod app;
pub mod cdk_diff;
pub mod nag;
mod parity;
pub mod pool;

// The rules tests use none of the parity helpers.
#[allow(unused_imports)]
pub use parity::*;

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
