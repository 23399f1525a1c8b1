//! Helpers shared by the parity tests: read a CDK reference fixture and compare.

#![allow(dead_code)]

use std::path::PathBuf;

use cognito::Stack;

pub mod pool;

fn fixture(name: &str, ext: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cdk/expected")
        .join(format!("{name}.{ext}"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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
/// reports the first differing path when it does not.
pub fn assert_parity(stack: &Stack, name: &str) {
    let ours = match stack.synth() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    assert_schemas_hold(stack, name);
    let theirs = cdk_template(name);
    if ours != theirs {
        let mut diffs = Vec::new();
        diff("", &ours, &theirs, &mut diffs);
        panic!(
            "{name}: template differs from the CDK's at:\n  {}\nours:\n{}",
            diffs.join("\n  "),
            serde_json::to_string_pretty(&ours).unwrap_or_default()
        );
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
