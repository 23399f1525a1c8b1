//! `cognito import FILE --baseline`: the printed stack names FILE as its `baseline`, so its first
//! build compares the program with the template it came from. Through the macro's pipeline
//! (in process, reading the file relative to this crate's `Cargo.toml` as the macro does), the
//! imported program changes nothing; the same program against another stack's template is
//! refused.

use std::process::Command;

/// The seed's template as `cdk synth` writes it, relative to `cognito-cli/Cargo.toml`.
const SEED: &str = "../tests/fixtures/cdk/expected/cli/x_dsl_md_seed.json";

fn imported(file: &str) -> String {
    let text = std::fs::read_to_string(file).expect("the fixture");
    cognito_cli::import(&text).expect("the seed imports").block
}

#[test]
fn the_imported_program_names_its_baseline_and_changes_nothing() {
    let block = cognito_cli::with_baseline(&imported(SEED), SEED);
    assert_eq!(block.lines().nth(1), Some(format!("    baseline: {SEED:?},").as_str()), "{block}");
    let template = cognito_cli::verify::synth(&block).unwrap_or_else(|e| panic!("{e}\n{block}"));
    assert!(template["Resources"].as_object().is_some_and(|r| !r.is_empty()));
}

#[test]
fn against_another_stacks_template_the_build_refuses() {
    let other = "../tests/fixtures/cdk/expected/cli/client_plain.json";
    let block = cognito_cli::with_baseline(&imported(SEED), other);
    let error = cognito_cli::verify::synth(&block).expect_err("the seed is not that stack");
    assert!(error.contains("baseline") || error.contains("replace") || error.contains("remov"), "{error}");
}

#[test]
fn the_command_writes_the_setting() {
    let out = Command::new(env!("CARGO_BIN_EXE_cognito"))
        .args(["import", SEED, "--baseline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let program = String::from_utf8_lossy(&out.stdout);
    assert!(
        program.contains(&format!("        stack Stack {{\n            baseline: {SEED:?},\n")),
        "{program}"
    );
}
