//! Test support: the CDK's templates of `tests/fixtures`, read as our own tree.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::core::json::{Json, Obj};

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
