//! Parity with the CDK: a synthesized template against the CDK's, byte for byte wherever our
//! declaration order is the CDK's ([`assert_parity`]), as JSON values where it is not
//! ([`assert_parity_values`], with the reason). Either then checks the same case under the
//! CDK's recommended flags, against the CDK's template as a baseline, and cdk-nag's findings.
//! With `COGNITO_TEMPLATE_DUMP=DIR` set, every template a helper synthesizes is also written
//! to `DIR/<test crate>.<case>.<bytes|values>.json`, for cfn-lint and the count of byte-exact
//! and value-only checks (`.ci/run`).

use cognito::{FeatureFlags, Json, Stack};

use super::{cdk_template, fixture, fixture_path, nag, optional_json};

/// Asserts that `stack` synthesizes the CDK's template for case `name` byte for byte
/// (`synth_to_string` against the fixture's text); on a difference, shows the JSON paths
/// that differ, or the first differing line when only the order or layout does. Then
/// [`assert_case`] for the rest of the case.
pub fn assert_parity(stack: &Stack, name: &str) {
    let ours = match stack.synth_to_string() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    dump(name, "bytes", &ours);
    assert_same_text(name, &ours);
    assert_case(stack, name);
}

/// Asserts that `stack` synthesizes the CDK's template for case `name` as JSON values: for a
/// case whose declaration order is not the CDK's, which `reason` explains. Then
/// [`assert_case`] for the rest of the case.
pub fn assert_parity_values(stack: &Stack, name: &str, reason: &str) {
    assert!(!reason.trim().is_empty(), "{name}: say why the bytes differ");
    let ours = match stack.synth() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    dump(name, "values", &stack.synth_to_string().unwrap_or_default());
    assert_same_values(name, &ours, &cdk_template(name));
    assert_case(stack, name);
}

/// The rest of a parity case, once the template is the CDK's:
/// - every resource meets its CloudFormation schema, and cdk-nag's findings are ours;
/// - under the CDK's recommended feature flags, the template is the CDK's under those flags
///   (`expected/flags/NAME.json`, as values), or the stack is rejected as the CDK rejects it
///   (`flags/NAME.err`), where the flags change anything;
/// - with the CDK's template as the baseline, and with the template as `cdk synth` writes it
///   (`expected/cli/NAME.json`: bookkeeping, path metadata, the flags where they change it),
///   `check_update` finds no change: a CDK stack moves to `cognito!` without replacing anything.
fn assert_case(stack: &Stack, name: &str) {
    assert_schemas_hold(stack, name);
    assert_proof_holds(stack, name);
    nag::assert_nag_agreement(stack, name);
    let flagged = stack.clone().with_feature_flags(FeatureFlags::recommended());
    let flags_name = format!("flags/{name}");
    if let Some(theirs) = optional_json(&flags_name, "json") {
        let ours = match flagged.synth() {
            Ok(t) => t,
            Err(e) => panic!("{flags_name}: synth failed: {e}"),
        };
        assert_schemas_hold(&flagged, &flags_name);
        assert_same_values(&flags_name, &ours, &theirs);
        nag::assert_nag_agreement(&flagged, &flags_name);
    }
    if fixture_path(&flags_name, "err").exists() {
        assert!(flagged.synth().is_err(), "{name}: the CDK rejects this under its recommended flags");
    }
    assert_no_change(stack, name, &cdk_template(name));
    if let Some(cli) = optional_json(&format!("cli/{name}"), "json") {
        let flags = fixture_path(&flags_name, "json").exists();
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

/// Asserts that a stack `cognito!` marked as checked (so `synth` skips its rules) breaks no
/// rule when they run in full (`check` always runs them).
fn assert_proof_holds(stack: &Stack, name: &str) {
    if stack.__is_checked_by_macro() {
        assert_eq!(stack.check(), vec![], "{name}: the macro's proof skipped a broken rule");
    }
    assert_compiled_template_holds(stack, name);
}

/// Asserts that the template `cognito!` rendered at compile time (which `synth_to_string`
/// and the command line print) is the one the stack renders now, byte for byte.
fn assert_compiled_template_holds(stack: &Stack, name: &str) {
    if let Some(compiled) = stack.compiled_template() {
        let rendered = stack.template().map(|t| t.to_pretty_string());
        assert!(
            rendered.as_deref() == Ok(compiled),
            "{name}: the compiled template is not the one rendered at run time"
        );
    }
}

/// Asserts that every resource `stack` renders meets its CloudFormation schema: Cognito's
/// types, which the hand-written rules must cover (the stack-level check validates only the
/// other types), and the others.
pub fn assert_schemas_hold(stack: &Stack, name: &str) {
    let Some(template) = stack.template().ok().and_then(Json::into_obj) else { return };
    let Some(Json::Obj(resources)) = template.get("Resources") else { return };
    let mut problems = Vec::new();
    for (id, resource) in &resources.0 {
        let Json::Obj(resource) = resource else { continue };
        let resource_type = resource.get("Type").and_then(Json::as_str).unwrap_or_default();
        let empty = Json::Obj(cognito::Obj::new());
        let props = resource.get("Properties").unwrap_or(&empty);
        match cognito::schema::validate(resource_type, props) {
            // A `cfn_resource` may be of any type; every other item's have a schema.
            None if !["AWS::Cognito::", "AWS::Lambda::", "AWS::IAM::", "AWS::Logs::"]
                .iter()
                .any(|p| resource_type.starts_with(p)) => {}
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

/// Asserts that `stack` synthesizes the CDK's template for case `name` byte for byte once the
/// resources of `extra` are taken out: `extra` is a resource added to a stack the CDK writes
/// without any, which CloudFormation refuses (rule `stack.resources`).
pub fn assert_parity_besides(stack: &Stack, name: &str, extra: &str) {
    let mut template = match stack.template() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    dump(name, "bytes", &template.to_pretty_string());
    let Json::Obj(sections) = &mut template else { panic!("{name}: a template is an object") };
    let resources = sections.0.iter().position(|(k, _)| k == "Resources").expect("the extra resource");
    let Some(resources) = sections.0.remove(resources).1.into_obj() else {
        panic!("{name}: Resources is an object")
    };
    assert!(
        resources.0.iter().all(|(id, _)| id.starts_with(extra)),
        "{name}: only `{extra}` may add resources, found {:?}",
        resources.0.iter().map(|(id, _)| id).collect::<Vec<_>>()
    );
    assert_same_text(name, &template.to_pretty_string());
}

/// Asserts that `stack` is refused only because it creates no resource (`stack.resources`, a
/// deploy-time failure of a template the CDK writes for case `name`), and that it is the CDK's
/// template otherwise: with a user pool added, the same template plus that pool.
pub fn assert_stricter_without_resources(stack: &Stack, name: &str) {
    match stack.synth() {
        Ok(t) => panic!("{name}: a stack without resources must be refused, we produced {t}"),
        Err(e) => {
            let rules: Vec<_> = e.violations.iter().map(|v| v.rule).collect();
            assert_eq!(rules, ["stack.resources"], "{name}: {e}");
        }
    }
    let mut padded = stack.clone();
    padded.add_node(None, "pad", None, cognito::UserPool::default());
    assert_parity_besides(&padded, name, "pad");
}

fn assert_same_text(name: &str, ours: &str) {
    let theirs = fixture(name, "json");
    if ours == theirs.trim_end_matches('\n') {
        return;
    }
    let ours_value: serde_json::Value = serde_json::from_str(ours).expect("our template is JSON");
    assert_same_values(name, &ours_value, &cdk_template(name));
    let (n, (a, b)) = ours
        .lines()
        .zip(theirs.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .unwrap_or((ours.lines().count().min(theirs.lines().count()), ("(end)", "(end)")));
    panic!(
        "{name}: the same JSON values as the CDK's, but not the same text; first difference at line {}:\n  ours: {a}\n  CDK:  {b}\n(if the declaration order cannot be the CDK's, use assert_parity_values with the reason)",
        n + 1
    );
}

fn assert_same_values(name: &str, ours: &serde_json::Value, theirs: &serde_json::Value) {
    if ours != theirs {
        let mut diffs = Vec::new();
        diff("", ours, theirs, &mut diffs);
        panic!(
            "{name}: template differs from the CDK's at:\n  {}\nours:\n{}",
            diffs.join("\n  "),
            serde_json::to_string_pretty(ours).unwrap_or_default()
        );
    }
}

/// Writes `template` to `$COGNITO_TEMPLATE_DUMP/<test crate>.<case>.<kind>.json` when that is
/// set; `kind` is how it is compared, `bytes` or `values`.
fn dump(name: &str, kind: &str, template: &str) {
    let Some(dir) = std::env::var_os("COGNITO_TEMPLATE_DUMP") else { return };
    let path = std::path::Path::new(&dir).join(format!("{}.{name}.{kind}.json", env!("CARGO_CRATE_NAME")));
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, template)) {
        panic!("{}: {e}", path.display());
    }
}

pub fn diff(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
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
