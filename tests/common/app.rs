//! Parity of a whole app with the CDK's cloud assembly (`expected/app_*.app.json`, printed by
//! the harness's `synth_app.js`): the app is written to a directory under the target
//! directory, read back the way `synth_app.js` reads `cdk.out`, and compared as JSON values.

use std::path::{Path, PathBuf};

use cognito::{
    App, IdentityPool, IdentityPoolAuthenticationProviders, Stack, UserPoolAuthenticationProvider,
};
use serde_json::{Map, Value};

fn fixture_path(name: &str, ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cdk/expected")
        .join(format!("{name}.{ext}"))
}

/// An identity pool with one provider: `pool`, without a client.
pub fn identity_pool_of(pool: &str) -> IdentityPool {
    let providers = IdentityPoolAuthenticationProviders {
        user_pools: Some(vec![UserPoolAuthenticationProvider::new(pool)]),
        ..Default::default()
    };
    IdentityPool { authentication_providers: Some(providers), ..Default::default() }
}

/// A stack `stack` of one identity pool named `id`, [`identity_pool_of`] `pool` (a pool of
/// another stack gets the provider's client there).
pub fn identity_pool_stack(stack: &str, id: &str, pool: &str) -> Stack {
    let mut s = Stack::new(stack);
    s.add(id, identity_pool_of(pool));
    s
}

/// A test asset under `tests/fixtures/cdk/cases/assets/`.
pub fn asset(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/cases/assets").join(name)
}

/// A fresh directory for case `name` under the target directory (its own, for each call: two
/// tests of one case run at the same time).
pub fn out_dir(name: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("assembly-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files below `dir`, relative, sorted; links are listed, not followed.
fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), base, out);
        } else {
            out.push(entry.path().strip_prefix(base).unwrap().to_string_lossy().into_owned());
        }
    }
}

/// What `synth_app.js` prints for the assembly in `dir`.
pub fn read_assembly(dir: &Path) -> Value {
    let mut manifest = read_json(&dir.join("manifest.json"));
    let m = manifest.as_object_mut().unwrap();
    m.remove("version");
    m.remove("minimumCliVersion");
    let mut stacks = Map::new();
    for (id, artifact) in m["artifacts"].as_object().unwrap() {
        if artifact["type"] != "aws:cloudformation:stack" {
            continue;
        }
        let template = read_json(&dir.join(format!("{id}.template.json")));
        let assets_file = dir.join(format!("{id}.assets.json"));
        let assets = if assets_file.exists() {
            let mut a = read_json(&assets_file);
            a.as_object_mut().unwrap().remove("version");
            a
        } else {
            Value::Null
        };
        stacks.insert(id.clone(), serde_json::json!({ "template": template, "assets": assets }));
    }
    let mut files = Map::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with("asset.") {
            continue;
        }
        let mut list = Vec::new();
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), &entry.path(), &mut list);
            list.sort();
        } else {
            list.push(name.clone());
        }
        files.insert(name, serde_json::json!(list));
    }
    serde_json::json!({ "manifest": manifest, "stacks": stacks, "files": files })
}

/// Asserts that `app` writes the CDK's cloud assembly for case `name`: manifest (artifacts,
/// dependencies), templates, asset manifests and staged files.
pub fn assert_app_parity(app: &App, name: &str) {
    let dir = out_dir(name);
    if let Err(e) = app.write_assembly(&dir) {
        panic!("{name}: writing the assembly failed: {e}");
    }
    let ours = read_assembly(&dir);
    let theirs = read_json(&fixture_path(name, "app.json"));
    if ours != theirs {
        let mut diffs = Vec::new();
        super::diff("", &ours, &theirs, &mut diffs);
        panic!("{name}: the assembly differs from the CDK's at:\n  {}", diffs.join("\n  "));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Asserts that the CDK rejects case `name` (or, with `on_purpose`, accepts it while we
/// reject it) and that `app` is rejected by `rule`.
pub fn assert_app_rejected(app: &App, name: &str, rule: &str, on_purpose: bool) {
    let ext = if on_purpose { "app.json" } else { "err" };
    assert!(fixture_path(name, ext).exists(), "{name}: no {ext} fixture");
    match app.synth() {
        Ok(_) => panic!("{name}: expected rule {rule} to reject this app"),
        Err(e) => {
            assert!(e.errors().any(|f| f.violation.rule == rule), "{name}: expected rule {rule}, got: {e}")
        }
    }
}
