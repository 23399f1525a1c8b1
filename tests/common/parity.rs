//! Parity with the CDK: a synthesized template against the CDK's, byte for byte wherever our
//! declaration order is the CDK's ([`assert_parity`]), as JSON values where it is not
//! ([`assert_parity_values`], with the reason). With `COGNITO_TEMPLATE_DUMP=DIR` set, every
//! template a helper synthesizes is also written to `DIR/<test crate>.<case>.<bytes|values>.json`,
//! for cfn-lint and the count of byte-exact and value-only checks (`.ci/run`).

use cognito::{Json, Stack};

use super::{cdk_template, fixture};

/// Asserts that `stack` synthesizes the CDK's template for case `name` byte for byte
/// (`synth_to_string` against the fixture's text); on a difference, shows the JSON paths
/// that differ, or the first differing line when only the order or layout does.
pub fn assert_parity(stack: &Stack, name: &str) {
    let ours = match stack.synth_to_string() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    dump(name, "bytes", &ours);
    assert_same_text(name, &ours);
}

/// Asserts that `stack` synthesizes the CDK's template for case `name` as JSON values: for a
/// case whose declaration order is not the CDK's, which `reason` explains.
pub fn assert_parity_values(stack: &Stack, name: &str, reason: &str) {
    assert!(!reason.trim().is_empty(), "{name}: say why the bytes differ");
    let ours = match stack.synth() {
        Ok(t) => t,
        Err(e) => panic!("{name}: synth failed: {e}"),
    };
    dump(name, "values", &stack.synth_to_string().unwrap_or_default());
    assert_same_values(name, &ours);
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
    let (_, Json::Obj(resources)) = sections.0.remove(resources) else {
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
    assert_same_values(name, &ours_value);
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

fn assert_same_values(name: &str, ours: &serde_json::Value) {
    let theirs = cdk_template(name);
    if *ours != theirs {
        let mut diffs = Vec::new();
        diff("", ours, &theirs, &mut diffs);
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
