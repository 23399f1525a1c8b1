//! Compile-fail tests: every rule and every kind of language error, with the message and the
//! caret position rustc shows (`tests/ui/<topic>/*.stderr`, reviewed by hand).

use std::path::Path;

#[test]
fn ui() {
    stage_baselines();
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
    // Blocks that must compile without an error or a warning (each denies warnings).
    t.pass("tests/ui/*/pass/*.rs");
}

/// The cases of `tests/ui/baseline/` name their baselines as users do, relative to the
/// crate's `Cargo.toml`: `baseline: "tests/ui/baseline/x.json"`. trybuild compiles them as a
/// crate of its own (`<target>/tests/trybuild/cognito/`), so the files are copied there, to
/// the same relative paths: the baselines next to the cases, and the README example's.
fn stage_baselines() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("the target directory");
    let crate_dir = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"));
    let mut files = vec![Path::new("examples/changes/Stack.template.json").to_path_buf()];
    for entry in std::fs::read_dir("tests/ui/baseline").expect("tests/ui/baseline") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e != "rs" && e != "stderr") {
            files.push(path);
        }
    }
    for file in files {
        let to = crate_dir.join(&file);
        std::fs::create_dir_all(to.parent().expect("a directory"))
            .expect("trybuild's crate directory is writable");
        std::fs::copy(&file, to).expect("the baseline is copied");
    }
}
