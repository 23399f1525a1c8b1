//! Every CDK fixture as its own baseline, as `cdk synth` writes it (`expected/cli/NAME.json`:
//! path metadata, the `AWS::CDK::Metadata` resource and its condition, the `BootstrapVersion`
//! parameter and rule; the recommended feature flags where they change the template): compared
//! with the template itself, nothing changes. The same holds for every builder and `cognito!`
//! stack of a parity test (`common::assert_parity` runs `check_update` against both forms).

use std::path::{Path, PathBuf};

use cognito::change::classify;

fn expected() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/expected")
}

fn json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_fixture_as_cdk_synth_writes_it_is_its_own_baseline() {
    let mut checked = 0;
    let mut bookkeeping = 0;
    for entry in std::fs::read_dir(expected().join("cli")).expect("expected/cli is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else { continue };
        let flagged = expected().join("flags").join(format!("{name}.json"));
        let plain = if flagged.exists() { flagged } else { expected().join(format!("{name}.json")) };
        let cli = json(&path);
        bookkeeping += usize::from(cli["Resources"]["CDKMetadata"]["Type"] == "AWS::CDK::Metadata");
        let report = classify(&cli, &json(&plain));
        assert!(report.changes.is_empty(), "{name}:\n{report}");
        checked += 1;
    }
    assert!(checked >= 300, "only {checked} fixtures");
    assert_eq!(bookkeeping, checked, "every CLI template carries the CDK's metadata resource");
}

#[test]
fn without_its_bookkeeping_a_cli_template_differs() {
    // The comparison is not blind: the same template with a property changed is a change.
    let cli = json(&expected().join("cli/bare_pool.json"));
    let mut plain = json(&expected().join("bare_pool.json"));
    plain["Resources"]["PoolD3F588B8"]["Properties"]["UserPoolName"] = "renamed".into();
    let report = classify(&cli, &plain);
    assert_eq!(report.changes.len(), 1, "{report}");
    assert_eq!(report.changes[0].kind(), "update");
}
