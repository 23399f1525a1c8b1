//! The generated schema table is what `scripts/gen_schemas.py` writes from the schemas in
//! `tests/fixtures/cfn-schemas/`: each generated file records a hash of the inputs (the
//! schemas and the script) and of its own body, and both must still hold.

use std::path::{Path, PathBuf};

const GENERATED: [&str; 2] =
    ["cognito-runtime/src/core/schema/generated.rs", "cognito-runtime/src/core/schema/unicode.rs"];

/// FNV-1a, 64 bits: what the script records.
fn fnv1a64<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for chunk in chunks {
        for &b in chunk {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The schemas, sorted by name, then the script: each as its name, a NUL, its bytes, a NUL.
fn inputs_hash() -> u64 {
    let dir = root().join("tests/fixtures/cfn-schemas");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/cfn-schemas")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("aws-") && n.ends_with(".json"))
        })
        .collect();
    files.sort();
    files.push(root().join("scripts/gen_schemas.py"));
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).expect("a file name");
        chunks.push(name.as_bytes().to_vec());
        chunks.push(vec![0]);
        chunks.push(std::fs::read(f).expect("an input"));
        chunks.push(vec![0]);
    }
    fnv1a64(chunks.iter().map(Vec::as_slice))
}

fn recorded(text: &str, label: &str) -> u64 {
    let line = text.lines().find_map(|l| l.strip_prefix(&format!("// {label}: "))).expect(label);
    u64::from_str_radix(line.trim(), 16).expect("a hexadecimal hash")
}

#[test]
fn the_generated_schema_files_are_up_to_date() {
    let inputs = inputs_hash();
    assert!(Path::new(&root().join("tests/fixtures/cfn-schemas/aws-lambda-function.json")).exists());
    for file in GENERATED {
        let text = std::fs::read_to_string(root().join(file)).expect(file);
        assert_eq!(
            recorded(&text, "inputs-fnv1a64"),
            inputs,
            "{file} was generated from other inputs: run `python3 scripts/gen_schemas.py`"
        );
        let marker = "// body-fnv1a64: ";
        let at = text.find(marker).expect("the body hash");
        let body = text[at..].split_once('\n').map_or("", |(_, body)| body);
        assert_eq!(
            recorded(&text, "body-fnv1a64"),
            fnv1a64([body.as_bytes()]),
            "{file} was edited by hand: run `python3 scripts/gen_schemas.py`"
        );
    }
}
