//! Test support: the CDK's templates of `tests/fixtures`, read as our own tree.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::core::json::{Json, Obj};

/// The macro fuzz's generator (xorshift64*, seeded through SplitMix64) and its reading of
/// `FUZZ_SEED` and `FUZZ_COUNT`.
#[allow(dead_code)]
#[path = "../../../../cognito-macros/tests/fuzz/rng.rs"]
pub(crate) mod rng;

/// `tests/fixtures/cdk/expected` of the workspace.
pub(crate) fn expected() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/cdk/expected")
}

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Our tree for a template read by serde_json (keys in serde_json's order, which is not
/// the text's: the search for a key out of order is exercised too).
pub(crate) fn tree(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Num(n.as_f64().unwrap_or_default()),
        Value::String(s) => Json::from(s.clone()),
        Value::Array(a) => Json::Arr(a.iter().map(tree).collect()),
        Value::Object(o) => Json::Obj(Obj(o.iter().map(|(k, v)| (k.clone().into(), tree(v))).collect())),
    }
}

/// The fixture `expected/NAME` as our tree.
pub(crate) fn template(name: &str) -> Json {
    tree(&serde_json::from_str(&read(&expected().join(name))).expect("JSON"))
}

/// Each template `cdk synth` wrote for a reference case (`expected/cli/NAME.json`): its name
/// and the template it was made from (`flags/NAME.json` where the recommended flags change it,
/// else `NAME.json`), sorted by name.
pub(crate) fn cdk_synth_templates() -> Vec<(String, String)> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(expected().join("cli")).expect("expected/cli") {
        let path = entry.expect("an entry").path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else { continue };
        let flagged = format!("flags/{name}.json");
        let plain = if expected().join(&flagged).exists() { flagged } else { format!("{name}.json") };
        names.push((name.to_owned(), plain));
    }
    names.sort();
    names
}
