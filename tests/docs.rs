//! The docs are kept in step with the code: every rule the runtime reports is listed in
//! `docs/rules.md` (the crate's `rules` page), and every rule listed there exists.

use std::collections::BTreeSet;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// String literals of the form `word.word…` that appear right after `marker` (allowing white
/// space), e.g. the first argument of `Issue::new(`.
fn literals_after(source: &str, marker: &str, out: &mut BTreeSet<String>) {
    for (i, _) in source.match_indices(marker) {
        let rest = source[i + marker.len()..].trim_start();
        if let Some(lit) = rest.strip_prefix('"').and_then(|r| r.split('"').next())
            && lit.contains('.')
            && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
        {
            out.insert(lit.to_owned());
        }
    }
}

fn documented() -> BTreeSet<String> {
    let docs = std::fs::read_to_string("docs/rules.md").unwrap();
    docs.lines()
        .filter_map(|l| l.strip_prefix("| `").and_then(|r| r.split('`').next()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_rule_is_documented_and_every_documented_rule_exists() {
    let mut sources = Vec::new();
    rust_files(Path::new("cognito-runtime/src"), &mut sources);
    let code = sources.join("\n");
    // Rules reported directly, and rules the tests assert (which covers the ones passed to
    // shared helpers such as `length(cx, "rule", …)`).
    let mut reported = BTreeSet::new();
    for marker in ["Issue::new(", "id_issue(", "rule: "] {
        literals_after(&code, marker, &mut reported);
    }
    let mut tests = Vec::new();
    rust_files(Path::new("tests"), &mut tests);
    let tests = tests.join("\n");
    for marker in
        ["violation(&s, ", "violation(&stack, ", "assert_rejected(&s, \"", "rule, ", "finding(&report, "]
    {
        literals_after(&tests, marker, &mut reported);
    }
    assert!(reported.len() > 100, "found only {} rule ids: the scan is broken", reported.len());
    let docs = documented();
    let undocumented: Vec<_> = reported.difference(&docs).collect();
    assert!(undocumented.is_empty(), "rules missing from docs/rules.md: {undocumented:?}");
    let missing: Vec<_> = docs.iter().filter(|id| !code.contains(&format!("\"{id}\""))).collect();
    assert!(missing.is_empty(), "docs/rules.md lists rules the runtime does not have: {missing:?}");
}

/// The key reference in docs/language.md is the one the props tables generate.
#[test]
fn the_key_reference_is_the_tables() {
    const START: &str = "<!-- keys: generated -->\n";
    const END: &str = "<!-- /keys -->";
    let path = Path::new("docs/language.md");
    let docs = std::fs::read_to_string(path).unwrap();
    let (Some(start), Some(end)) = (docs.find(START), docs.find(END)) else {
        panic!("docs/language.md has no `{START}` … `{END}` section");
    };
    let written = &docs[start + START.len()..end];
    let generated = cognito::__private::__internal::table::key_reference();
    if written != generated {
        if std::env::var_os("COGNITO_BLESS").is_some() {
            let updated = format!("{}{generated}{}", &docs[..start + START.len()], &docs[end..]);
            std::fs::write(path, updated).unwrap();
            return;
        }
        panic!(
            "docs/language.md's key reference differs from the props tables; \
             run `COGNITO_BLESS=1 cargo test --test docs` and review the diff.\nexpected:\n{generated}"
        );
    }
}

/// The rule ids of the best-practice packs (`id: "AwsSolutions-COG1"`): not dotted, so the scan
/// above does not see them.
fn pack_rules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("id: \"AwsSolutions-") {
        let rest = &code[i + "id: \"".len()..];
        if let Some(id) = rest.split('"').next() {
            out.insert(id.to_owned());
        }
    }
    out
}

#[test]
fn every_best_practice_rule_is_documented() {
    let mut sources = Vec::new();
    rust_files(Path::new("cognito-runtime/src"), &mut sources);
    let rules = pack_rules(&sources.join("\n"));
    assert!(rules.len() >= 7, "found only {} pack rules: the scan is broken", rules.len());
    let docs = documented();
    let undocumented: Vec<_> = rules.difference(&docs).collect();
    assert!(undocumented.is_empty(), "pack rules missing from docs/rules.md: {undocumented:?}");
}

/// The README shows blocks of the ui cases and their compiler output verbatim: each block (the
/// body of `cognito! { … }`, as the README indents it) and its `.stderr` are in the README.
#[test]
fn the_readme_quotes_the_ui_cases_verbatim() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for case in ["tests/ui/mixed/several_mistakes", "tests/ui/mixed/several_findings"] {
        let source = std::fs::read_to_string(format!("{case}.rs")).unwrap();
        let start = source.find("cognito! {\n").expect("a cognito! block") + "cognito! {\n".len();
        let end = source[start..].find("\n    };").expect("the end of the block") + start;
        let block: String = source[start..end]
            .lines()
            .map(|l| format!("{}\n", l.strip_prefix("    ").unwrap_or(l)))
            .collect();
        assert!(readme.contains(&block), "README.md does not show the block of {case}.rs:\n{block}");
        let stderr = std::fs::read_to_string(format!("{case}.stderr")).unwrap();
        assert!(readme.contains(stderr.trim_end()), "README.md does not show {case}.stderr verbatim");
    }
}
