//! The importer never panics: truncations and byte mutations of a real template, and
//! random JSON shapes, give an import or an error.

use std::panic::{AssertUnwindSafe, catch_unwind};

fn import_ok(text: &str, what: &str) {
    if catch_unwind(AssertUnwindSafe(|| cognito_cli::import(text))).is_err() {
        panic!("the importer panicked on {what}:\n{text}");
    }
}

fn fixture() -> String {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/cdk/expected/cli/google_idp_client.json");
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn truncations() {
    let text = fixture();
    let mut n = 0;
    for end in (0..text.len()).step_by(13).filter(|e| text.is_char_boundary(*e)) {
        import_ok(&text[..end], &format!("the first {end} bytes"));
        n += 1;
    }
    assert!(n > 100, "{n} truncations");
}

#[test]
fn mutations() {
    let text = fixture();
    let bytes = text.as_bytes();
    // A fixed pseudo-random walk (xorshift), so a failure reproduces.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let replacements = b"{}[]\",:0-ex \\/Ref";
    for i in 0..400 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let at = (state % bytes.len() as u64) as usize;
        let with = replacements[(state >> 32) as usize % replacements.len()];
        let mut mutated = bytes.to_vec();
        mutated[at] = with;
        if let Ok(s) = String::from_utf8(mutated) {
            import_ok(&s, &format!("mutation {i} (byte {at} → {:?})", with as char));
        }
    }
}

#[test]
fn odd_shapes() {
    for text in [
        r#"{"Resources": []}"#,
        r#"{"Resources": {"A": 1}}"#,
        r#"{"Resources": {"A": {"Type": 7}}}"#,
        r#"{"Resources": {"A": {"Type": "AWS::Cognito::UserPool", "Metadata": {"aws:cdk:path": 3}}}}"#,
        r#"{"Resources": {"A": {"Type": "X", "Metadata": {"aws:cdk:path": "S//A"}}}}"#,
        r#"{"Resources": {"PoolD3F588B8": {"Type": "AWS::Cognito::UserPool", "Properties": [], "Metadata": {"aws:cdk:path": "S/Pool/Resource"}}}}"#,
        r#"{"Resources": {"PoolD3F588B8": {"Type": "AWS::Cognito::UserPool", "Properties": {"Schema": [1, {"Name": 2}]}, "Metadata": {"aws:cdk:path": "S/Pool/Resource"}}}}"#,
        r#"{"Resources": {}, "Outputs": {"A": {"Value": {"Ref": []}}}}"#,
        r#"{"Resources": {}, "Parameters": {"P": {"Type": "String", "Default": {"x": 1}}}}"#,
        "\u{feff}{\"Resources\": {}}",
        "1e999999",
        &"[".repeat(5000),
    ] {
        import_ok(text, text);
    }
}
