//! The create-only lists of the schema table (`scripts/gen_schemas.py`) against the resource
//! schemas they were made from (`tests/fixtures/cfn-schemas`, copied from cfn-lint 1.58.0).

use std::path::Path;

use cognito::change::create_only;

#[test]
fn the_table_matches_every_schema() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cfn-schemas");
    let mut types = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the schemas are readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !(name.starts_with("aws-") && name.ends_with(".json")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a schema is readable");
        let schema: serde_json::Value = serde_json::from_str(&text).expect("a schema is JSON");
        let ty = schema["typeName"].as_str().expect("a schema names its type").to_owned();
        let expected: Vec<String> = schema["createOnlyProperties"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| p.as_str().expect("a pointer").trim_start_matches("/properties/").to_owned())
            .collect();
        let table: Option<Vec<String>> =
            create_only(&ty).map(|t| t.iter().map(|p| (*p).to_owned()).collect());
        assert_eq!(table, Some(expected), "{ty} ({})", path.display());
        types.push(ty);
    }
    assert_eq!(types.iter().filter(|t| t.starts_with("AWS::Cognito::")).count(), 18, "{types:?}");
    for ty in [
        "AWS::Lambda::Function",
        "AWS::Lambda::Permission",
        "AWS::IAM::Role",
        "AWS::IAM::Policy",
        "AWS::Logs::LogGroup",
    ] {
        assert!(types.iter().any(|t| t == ty), "{ty} has no schema fixture");
    }
}
