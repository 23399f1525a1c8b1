//! The importer never panics: truncations and byte mutations of a real template, random
//! JSON shapes, the same for a YAML template, and structured mutations of every template the
//! round trip reads give an import or an error.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::mutate::{Rng, changed, cli_templates, fuzz};

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

/// A YAML template with short forms, block scalars, flow collections and anchors.
const YAML: &str = "Parameters:\n  Name: {Type: String, Default: 'x'}\nResources:\n  PoolD3F588B8:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolName: !Sub \"${Name}-pool\"\n      AliasAttributes: &a [email, phone_number]\n      EmailVerificationMessage: |\n        code {####}\n      Tags: !If [C, !Ref AWS::NoValue, {a: *a}]\n      UserPoolTags: {az: !Join ['', [!Ref Name, !Select [0, !GetAZs '']]]}\n    Metadata:\n      aws:cdk:path: Stack/Pool/Resource\nOutputs:\n  Arn:\n    Value: !GetAtt PoolD3F588B8.Arn\n  Id:\n    Value: !Ref PoolD3F588B8\n";

#[test]
fn yaml_truncations_and_mutations() {
    if let Err(e) = cognito_cli::import(YAML) {
        panic!("the seed does not read: {e}");
    }
    for end in (0..YAML.len()).filter(|e| YAML.is_char_boundary(*e)) {
        import_ok(&YAML[..end], &format!("the first {end} bytes of the YAML"));
    }
    walk(YAML, b"!&*|>-:[]{}'\"# \n?,", 600);
}

#[test]
fn mutations() {
    walk(&fixture(), b"{}[]\",:0-ex \\/Ref", 400);
}

/// `count` mutations of one byte of `text` each, by one of `replacements`.
fn walk(text: &str, replacements: &[u8], count: usize) {
    let bytes = text.as_bytes();
    // A fixed pseudo-random walk (xorshift), so a failure reproduces.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..count {
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

/// Structured mutations of the templates the CDK CLI wrote for the reference cases (the
/// round-trip fixtures): a value replaced by one of another shape, by a reference to a
/// resource (itself among them), a missing one or a pseudo parameter, by an intrinsic function
/// of a right or wrong shape, or by another value of the same template; a key or an element
/// removed; a value wrapped deep; a resource copied, renamed, given another type, path or
/// `DependsOn`. One to three at a time; the importer gives an import or an error.
#[test]
fn structured_mutations() {
    structured(240);
}

/// The same, longer: `FUZZ_COUNT` inputs (default 20,000) from `FUZZ_SEED` (default the short
/// run's); `cargo test --release -p cognito-cli --test fuzz -- --ignored --nocapture`.
#[test]
#[ignore]
fn structured_mutations_long() {
    structured(20_000);
}

/// `count` templates, each one of the round-trip fixtures changed one to three times.
fn structured(count: u64) {
    let templates = cli_templates();
    assert!(templates.len() > 400, "{} templates", templates.len());
    let make = |_, rng: &mut Rng| {
        let (template, what) = changed(&templates, rng);
        let text = if rng.below(4) == 0 {
            serde_json::to_string(&template).unwrap()
        } else {
            serde_json::to_string_pretty(&template).unwrap()
        };
        let what = format!("{what}:\n{text}");
        Some((text, what))
    };
    fuzz("changed templates", 0x1A7E_C061_2026_1203, count, make, |text| cognito_cli::import(text).is_ok());
}
