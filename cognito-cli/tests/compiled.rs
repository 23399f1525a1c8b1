//! A sample of printed programs built for real: the snapshot programs are this package's
//! examples (`cargo test` builds them with the `cognito!` macro itself); each one runs, and
//! the template it prints must be its fixture's, the CDK's bookkeeping and paths aside.

use std::path::{Path, PathBuf};
use std::process::Command;

use cognito_cli::verify::without_bookkeeping;

/// Where cargo put the examples: next to this test's `deps/` directory.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let debug = exe.parent().and_then(Path::parent).unwrap();
    debug.join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

fn runs_and_gives(name: &str, fixture: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    runs_and_gives_template(
        name,
        &root.join("../tests/fixtures/cdk/expected/cli").join(format!("{fixture}.json")),
    );
}

/// The example `name` runs and prints the template at `input`, bookkeeping aside.
fn runs_and_gives_template(name: &str, input: &Path) {
    let path = example(name);
    let out = Command::new(&path).output().unwrap_or_else(|e| {
        panic!("{}: {e}; `cargo test -p cognito-cli` builds the examples (or `cargo build -p cognito-cli --examples`)", path.display())
    });
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let want: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(input).unwrap()).unwrap();
    assert_eq!(without_bookkeeping(got), without_bookkeeping(want), "{name}");
}

#[test]
fn seed() {
    runs_and_gives("imported_seed", "x_dsl_md_seed");
}

#[test]
fn federation() {
    runs_and_gives("imported_federation", "x_client_default_idps_google_oidc");
}

#[test]
fn identity_pool() {
    runs_and_gives("imported_identity_pool", "x_identitypool_user_pool_explicit_client");
}

#[test]
fn outputs_and_parameters() {
    runs_and_gives("imported_outputs_and_parameters", "tokens_parameters");
}

/// The app imported from `app_chain`'s cloud assembly writes an assembly whose every stack has
/// its fixture's template and dependencies.
#[test]
fn app() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("imported_app.out");
    let _ = std::fs::remove_dir_all(&out);
    let run = Command::new(example("imported_app")).arg("--out").arg(&out).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("../tests/fixtures/cdk/expected/paths/app_chain.app.json");
    let fixture: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    for (name, stack) in fixture["stacks"].as_object().unwrap() {
        let text = std::fs::read_to_string(out.join(format!("{name}.template.json"))).unwrap();
        let got: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(without_bookkeeping(got), without_bookkeeping(stack["template"].clone()), "{name}");
        let deps = |m: &serde_json::Value| m["artifacts"][name]["dependencies"].clone();
        assert_eq!(deps(&manifest), deps(&fixture["manifest"]), "{name}");
    }
}

#[test]
fn triggers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    runs_and_gives_template("imported_triggers", &root.join("tests/fixtures/triggers.paths.json"));
}

#[test]
fn items_on_their_own() {
    runs_and_gives("imported_items_on_their_own", "x_resource_server_toplevel_named");
}

/// A resource kept as CloudFormation with the resources made in its scope inside it.
#[test]
fn resources_in_a_resource() {
    runs_and_gives("imported_resources_in_a_resource", "x_cfn_resource_nested");
}

/// The tags every tagged resource carries, as the stack's.
#[test]
fn stack_tags() {
    runs_and_gives("imported_stack_tags", "x_tags_stack");
}

/// `Tags.of(item)`: each item's own tags.
#[test]
fn item_tags() {
    runs_and_gives("imported_item_tags", "x_tags");
}
