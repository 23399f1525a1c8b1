//! Every single-stack CDK fixture, as `cdk synth` writes it (path metadata and the CDK's
//! bookkeeping: `tests/fixtures/cdk/expected/cli/`), goes through `cognito import`, and the
//! printed block through the macro's pipeline in process (parse, lower, the runtime's rules,
//! synth): the template must be the input's, bookkeeping and resources' `Metadata` aside.

#[allow(dead_code, clippy::all)]
#[path = "../../cognito-macros/src/pipeline/mod.rs"]
mod pipeline;

use std::path::PathBuf;
use std::str::FromStr;

use proc_macro2::TokenStream;
use serde_json::Value;

fn fixtures() -> Vec<PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/cdk/expected/cli");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

/// The template of `block`, as `cognito! { block }` gives it; the macro's errors otherwise.
fn synth(block: &str) -> Result<Value, String> {
    let tokens = TokenStream::from_str(block).map_err(|e| format!("does not tokenize: {e}"))?;
    let lowered = pipeline::lower::lower_input(&pipeline::ast::parse(tokens));
    let mut errors: Vec<String> = lowered.lx.errors.iter().map(ToString::to_string).collect();
    errors.extend(lowered.stack.diagnose().iter().filter(|v| v.is_error()).map(|v| v.to_string()));
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    lowered.stack.synth().map_err(|e| e.to_string())
}

/// `template` without what `cognito!` does not write: the CDK's bookkeeping and the
/// resources' `Metadata`.
fn without_bookkeeping(mut template: Value) -> Value {
    let Some(t) = template.as_object_mut() else { return template };
    if let Some(Value::Object(resources)) = t.get_mut("Resources") {
        resources.retain(|_, r| r["Type"] != "AWS::CDK::Metadata");
        for r in resources.values_mut() {
            if let Some(r) = r.as_object_mut() {
                r.remove("Metadata");
            }
        }
    }
    for (section, cdk) in [
        ("Conditions", "CDKMetadataAvailable"),
        ("Parameters", "BootstrapVersion"),
        ("Rules", "CheckBootstrapVersion"),
    ] {
        if let Some(Value::Object(s)) = t.get_mut(section) {
            s.remove(cdk);
            if s.is_empty() {
                t.remove(section);
            }
        }
    }
    template
}

#[test]
fn every_fixture_round_trips() {
    let mut failures = Vec::new();
    let (mut passed, mut kept) = (0, 0);
    let files = fixtures();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let import = match cognito_cli::import(&text) {
            Ok(import) => import,
            Err(e) => {
                failures.push(format!("{name}: import failed: {e}"));
                continue;
            }
        };
        let want = without_bookkeeping(serde_json::from_str(&text).unwrap());
        match synth(&import.block) {
            Ok(got) if without_bookkeeping(got.clone()) == want => {
                passed += 1;
                kept += import.report.len();
            }
            Ok(got) => {
                failures.push(format!("{name}: the template differs\n{}\n--- got\n{got:#}", import.block))
            }
            Err(e) => failures.push(format!("{name}: the block does not expand:\n{e}\n{}", import.block)),
        }
    }
    eprintln!("{passed} of {} fixtures round-trip; {kept} resources kept as CloudFormation", files.len());
    assert!(files.len() > 400, "the fixtures are missing");
    assert!(
        failures.is_empty(),
        "{} of {} fixtures do not round-trip:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}
