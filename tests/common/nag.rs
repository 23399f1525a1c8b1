//! Agreement with cdk-nag 3.0.2: the AwsSolutions findings for a stack equal the ones cdk-nag
//! printed for the same CDK program (`expected/nag/NAME.nag`, written by
//! `scripts/oracle.sh regen-nag`).

use std::path::PathBuf;

use cognito::{Pack, Stack};

/// cdk-nag's findings for case `name`, one `SEVERITY RULE CONSTRUCT-PATH` line each, sorted;
/// `None` when the case has none recorded.
pub fn cdk_nag_findings(name: &str) -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cdk/expected/nag")
        .join(format!("{name}.nag"));
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

/// Our findings for `stack`, as cdk-nag's report lines: sorted, each once.
pub fn our_nag_findings(stack: &Stack) -> Vec<String> {
    let findings = match stack.check_best_practices(Pack::AwsSolutions) {
        Ok(f) => f,
        Err(e) => panic!("best-practice checks failed: {e}"),
    };
    let mut lines: Vec<String> = findings
        .errors
        .iter()
        .chain(&findings.warnings)
        .map(|f| format!("{} {} {}", f.severity, f.id(), f.construct_path))
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

/// Asserts that our AwsSolutions findings for `stack` are cdk-nag's for case `name` (rule,
/// finding id, construct path, severity), when cdk-nag's are recorded.
pub fn assert_nag_agreement(stack: &Stack, name: &str) {
    let Some(theirs) = cdk_nag_findings(name) else { return };
    let ours = our_nag_findings(stack);
    assert_eq!(ours, theirs, "{name}: our AwsSolutions findings (left) differ from cdk-nag's (right)");
    // To count the cases checked: `NAG_AGREEMENT_TRACE=1 cargo test -- --nocapture`.
    if std::env::var_os("NAG_AGREEMENT_TRACE").is_some() {
        eprintln!("nag agreement: {name}");
    }
}
