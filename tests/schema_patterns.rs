//! The schema pattern matcher against Python's `re`: every pattern of the resource schemas
//! (and more), on strings drawn from each pattern and mutated, with the verdicts
//! `scripts/gen_pattern_corpus.py` recorded (Java's semantics, written as Python patterns).

use cognito::schema::Pattern;

#[test]
fn the_matcher_agrees_with_python_on_the_corpus() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cfn-schemas/pattern-corpus.json");
    let text = std::fs::read_to_string(path).expect("the corpus (scripts/gen_pattern_corpus.py)");
    let corpus: serde_json::Value = serde_json::from_str(&text).expect("the corpus is JSON");
    let patterns = corpus["patterns"].as_array().expect("a list of patterns");
    let (mut checked, mut wrong) = (0, Vec::new());
    for entry in patterns {
        let source = entry["pattern"].as_str().expect("a pattern");
        let pattern = Pattern::new(source).unwrap_or_else(|e| panic!("`{source}` does not compile: {e}"));
        for case in entry["cases"].as_array().expect("cases") {
            let (Some(text), Some(find), Some(full)) =
                (case[0].as_str(), case[1].as_bool(), case[2].as_bool())
            else {
                panic!("malformed case {case}");
            };
            checked += 1;
            if pattern.is_match(text) != find || pattern.is_full_match(text) != full {
                wrong.push(format!("`{source}` on {text:?}: python find={find} full={full}"));
            }
        }
    }
    assert!(patterns.len() >= 90 && checked >= 4000, "the corpus is too small: {checked} strings");
    assert!(wrong.is_empty(), "{} of {checked} verdicts differ:\n{}", wrong.len(), wrong.join("\n"));
}
