//! Cloud assembly directories: every app fixture with the path metadata `cdk synth` writes
//! (`tests/fixtures/cdk/expected/paths/`, `scripts/oracle.sh regen-paths`) is laid out as the
//! CDK lays out `cdk.out` (`manifest.json`, one template file per stack) and imported as one
//! program; the macro's pipeline must give every stack's template (bookkeeping and resources'
//! `Metadata` aside) and the stacks' dependencies of the input.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cognito_cli::json::{self, Json};

/// Writes the assembly of fixture `file` under the test's temporary directory, keys in the
/// fixture's order (the manifest's order is the stacks' order).
/// `under` names the test, as tests run at once.
fn lay_out(file: &Path, under: &str) -> PathBuf {
    let fixture = json::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(under).join(common::name(file));
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = fixture.get("manifest").unwrap();
    std::fs::write(dir.join("manifest.json"), text(manifest)).unwrap();
    for (id, stack) in fixture.get("stacks").unwrap().entries() {
        let artifact = manifest.get("artifacts").and_then(|a| a.get(id)).unwrap();
        let template_file = artifact.get("properties").and_then(|p| p.get("templateFile")).unwrap();
        std::fs::write(dir.join(template_file.as_str().unwrap()), text(stack.get("template").unwrap()))
            .unwrap();
    }
    dir
}

/// JSON text of `v`, keys in their order.
fn text(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) => n.clone(),
        Json::Str(s) => serde_json::to_string(s).unwrap(),
        Json::Arr(items) => format!("[{}]", items.iter().map(text).collect::<Vec<_>>().join(",")),
        Json::Obj(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).unwrap(), text(v)))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
    }
}

#[test]
fn every_app_fixture_round_trips() {
    let files = common::fixtures("paths");
    let mut forms = BTreeMap::new();
    let mut overridden = BTreeMap::new();
    let (mut apps, mut stacks) = (0, 0);
    let mut failures = Vec::new();
    for file in &files {
        let dir = lay_out(file, "assemblies");
        match cognito_cli::import_assembly(&dir, None) {
            Ok(import) if import.proof.is_ok() => {
                let n = import.block.lines().filter(|l| l.starts_with("stack ")).count();
                assert_eq!(import.program.contains("let app = cognito!"), n > 1, "{}", import.program);
                apps += 1;
                stacks += n;
                common::tally(&import.report, &mut forms, &mut overridden);
            }
            Ok(import) => {
                failures.push(format!("{}: {:?}\n{}", common::name(file), import.proof, import.block))
            }
            Err(e) => failures.push(format!("{}: {e}", common::name(file))),
        }
    }
    let (items, cfn) = common::items_and_cfn(&forms);
    eprintln!(
        "{apps} of {} assemblies ({stacks} stacks) round-trip; {items} resources as items, {cfn} as `cfn_resource`; by form: {forms:?}\noverridden: {overridden:#?}",
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(apps, 21);
}

/// An assembly in a fresh directory: `manifest` and the files given.
fn assembly(name: &str, manifest: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-assemblies").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("manifest.json"), manifest).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn stack_artifact(id: &str) -> String {
    format!(
        r#""{id}": {{"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region", "properties": {{"templateFile": "{id}.template.json"}}}}"#
    )
}

fn pool_template(stack: &str, id: &str) -> String {
    let logical_id = cognito_runtime::logical_id(&[id, "Resource"]);
    format!(
        r#"{{"Resources": {{"{logical_id}": {{"Type": "AWS::Cognito::UserPool", "Metadata": {{"aws:cdk:path": "{stack}/{id}/Resource"}}}}}}}}"#
    )
}

#[test]
fn assemblies_it_cannot_import() {
    let err = |dir: PathBuf| cognito_cli::import_assembly(&dir, None).err().unwrap().to_string();
    assert_eq!(
        err(assembly("no_stacks", r#"{"artifacts": {"Tree": {"type": "cdk:tree"}}}"#, &[])),
        "`manifest.json` names no stack (no artifact of type `aws:cloudformation:stack`); synthesize the app first (`cdk synth`)"
    );
    assert_eq!(
        err(assembly("stage", r#"{"artifacts": {"Prod": {"type": "cdk:cloud-assembly"}}}"#, &[])),
        "`manifest.json` has a nested assembly (`Prod`, a CDK `Stage`), which `cognito!` cannot express; import each of its stacks' templates"
    );
    let manifest = format!("{{\"artifacts\": {{{}, {}}}}}", stack_artifact("A"), stack_artifact("B"));
    let (a, b) = (pool_template("A", "pool"), pool_template("B", "pool"));
    assert_eq!(
        err(assembly("shared_name", &manifest, &[("A.template.json", &a), ("B.template.json", &b)])),
        "construct `pool` is at the top of stacks `A` and `B`; the top-level items of an app's stacks share one namespace in `cognito!`, so import these stacks one at a time"
    );
    let other = pool_template("Other", "pool");
    assert_eq!(
        err(assembly("wrong_stack", &manifest, &[("A.template.json", &other), ("B.template.json", &b)])),
        "stack `A` (`A.template.json`): its resources' paths name stack `Other`, not `A`: a stack's construct id must be its name"
    );
    assert!(
        err(assembly("missing_template", &manifest, &[]))
            .starts_with("cannot read stack `A`'s template `A.template.json`: ")
    );
    assert_eq!(
        err(assembly("not_json", "{", &[])),
        "`manifest.json` is not valid JSON: expected a string key at line 1, column 2"
    );
}

/// Two stacks with their own pools: an app, each stack's template proven.
#[test]
fn two_stacks_make_an_app() {
    let manifest = format!("{{\"artifacts\": {{{}, {}}}}}", stack_artifact("A"), stack_artifact("B"));
    let (a, b) = (pool_template("A", "first"), pool_template("B", "second"));
    let dir = assembly("two", &manifest, &[("A.template.json", &a), ("B.template.json", &b)]);
    let import = cognito_cli::import_assembly(&dir, Some("cdk.out")).unwrap();
    assert_eq!(import.proof, Ok(()));
    assert!(import.program.contains("let app = cognito! {"), "{}", import.program);
    assert!(
        import.block.contains("stack A {\n    baseline: \"cdk.out/A.template.json\",\n"),
        "{}",
        import.block
    );
}

/// The command takes the directory, and its `--baseline` names each stack's template there.
#[test]
fn the_command_imports_a_directory() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/cdk/expected/paths/app_chain.app.json");
    let dir = lay_out(&file, "command");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cognito"))
        .args(["import", dir.to_str().unwrap(), "--baseline"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let program = String::from_utf8(out.stdout).unwrap();
    for stack in ["Base", "Auth", "Api"] {
        let baseline =
            format!("stack {stack} {{\n            baseline: \"{}/{stack}.template.json\",", dir.display());
        assert!(program.contains(&baseline), "{program}");
    }
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("note: Auth: pool056F3F7E (AWS::Cognito::UserPool): `user_pool`")
    );
}

/// The program of an app as a person reads it (`tests/snapshots/app_chain.rs`, an example
/// `tests/compiled.rs` builds and runs); `COGNITO_BLESS=1` rewrites it.
#[test]
fn app_snapshot() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/cdk/expected/paths/app_chain.app.json");
    let import = cognito_cli::import_assembly(&lay_out(&file, "snapshot"), None).unwrap();
    assert_eq!(import.proof, Ok(()));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/app_chain.rs");
    if std::env::var_os("COGNITO_BLESS").is_some() {
        std::fs::write(&path, &import.program).unwrap();
    }
    assert_eq!(
        import.program,
        std::fs::read_to_string(&path).unwrap_or_default(),
        "COGNITO_BLESS=1 rewrites it"
    );
}

/// Structured changes of the app fixtures' assemblies, of the manifest or of one stack's
/// template (`common::mutate`, one to three at a time): the importer gives an import or an
/// error, never a panic. `FUZZ_COUNT` assemblies (default 60) from `FUZZ_SEED`.
#[test]
fn changed_assemblies_import_or_fail() {
    let files = common::fixtures("paths");
    use common::mutate::{Rng, fuzz, mutate};
    let make = |i: u64, rng: &mut Rng| {
        let file = rng.pick(&files);
        let dir = lay_out(file, &format!("changed/{i}"));
        let mut documents: Vec<(PathBuf, serde_json::Value)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()))
            .collect();
        documents.sort_by(|a, b| a.0.cmp(&b.0));
        let mut done = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(documents.len());
            let (document, value) = &mut documents[at];
            done.push(format!("{}: {}", common::name(document), mutate(value, rng)));
            std::fs::write(document, serde_json::to_string_pretty(value).unwrap()).unwrap();
        }
        let what = format!("{}, {} (in {})", common::name(file), done.join("; "), dir.display());
        Some((dir, what))
    };
    fuzz("changed assemblies", 0xA55E_3B1E_2026_1203, 60, make, |dir| {
        let imported = cognito_cli::import_assembly(dir, None).is_ok();
        std::fs::remove_dir_all(dir).unwrap();
        imported
    });
}
