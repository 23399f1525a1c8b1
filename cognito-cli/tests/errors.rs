//! The importer's errors, as its users see them: each `tests/errors/NAME.*` input goes through
//! the `cognito` binary, whose stderr must be `NAME.stderr` and exit status 1 (2 for a
//! command line it does not understand). `COGNITO_BLESS=1` rewrites the `.stderr` files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cognito")).args(args).current_dir(dir()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors")
}

fn expect(name: &str, got: &str) {
    let path = dir().join(format!("{name}.stderr"));
    if std::env::var_os("COGNITO_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    assert_eq!(got, std::fs::read_to_string(&path).unwrap_or_default(), "{name}: stderr changed");
}

#[test]
fn every_unreadable_input_is_a_clear_error() {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "stderr"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "the error inputs are missing");
    for input in inputs {
        let file = input.file_name().unwrap().to_string_lossy().into_owned();
        let (code, stderr) = run(&["import", &file]);
        assert_eq!(code, 1, "{file}: {stderr}");
        expect(input.file_stem().unwrap().to_str().unwrap(), &stderr);
    }
}

#[test]
fn command_line_mistakes() {
    for (name, args) in [
        ("args_none", &[][..]),
        ("args_unknown_command", &["export", "t.json"][..]),
        ("args_no_file", &["import"][..]),
        ("args_two_files", &["import", "a.json", "b.json"][..]),
        ("args_unknown_flag", &["import", "a.json", "--force"][..]),
    ] {
        let (code, stderr) = run(args);
        assert_eq!(code, 2, "{name}: {stderr}");
        let path = dir().join("args").join(format!("{name}.stderr"));
        if std::env::var_os("COGNITO_BLESS").is_some() {
            std::fs::write(&path, &stderr).unwrap();
        }
        assert_eq!(stderr, std::fs::read_to_string(&path).unwrap_or_default(), "{name}: stderr changed");
    }
}

#[test]
fn a_cloud_assembly_directory() {
    let (code, stderr) = run(&["import", "args"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "args: a directory without a readable `manifest.json` (No such file or directory (os error 2)), so not a cloud assembly; give the directory `cdk synth` writes (`cdk.out`), or one stack's template\n"
    );
}

#[test]
fn a_yaml_baseline() {
    let (code, stderr) = run(&["import", "yaml_no_path.yaml", "--baseline"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "yaml_no_path.yaml: `--baseline` names the file as the deployed template, which the macro reads as JSON, and this file is YAML; give the JSON template (`cdk.out/STACK.template.json`, or `aws cloudformation get-template --output json`)\n"
    );
}

#[test]
fn a_missing_file() {
    let (code, stderr) = run(&["import", "nowhere.json"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("cannot read nowhere.json: "), "{stderr}");
}
