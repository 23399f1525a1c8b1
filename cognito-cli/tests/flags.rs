//! Templates the CDK made under the recommended feature flags: every fixture whose template
//! those flags change (`tests/fixtures/cdk/expected/flags/NAME.json`) has its `cdk synth`
//! form under them (`expected/cli/NAME.json`, `scripts/oracle.sh regen-cli`); importing it
//! must say `feature_flags: RECOMMENDED` and give the input's template through the macro's
//! pipeline. Templates the flags do not change import without them.

mod common;

use std::collections::BTreeMap;

/// Flagged fixtures whose template carries no mark of the flags: the same under the
/// defaults, but for what cannot be told apart.
const UNMARKED: &[(&str, &str)] = &[(
    "x_identitypool_import_env",
    "no resource besides the CDK's bookkeeping: refused, as every stack without resources is",
)];

#[test]
fn every_flagged_fixture_says_so_and_round_trips() {
    let flagged: Vec<String> = common::fixtures("flags").iter().map(|f| common::name(f)).collect();
    let (mut proven, mut rejected, mut forms, mut overridden) = (0, 0, BTreeMap::new(), BTreeMap::new());
    let mut failures = Vec::new();
    for name in &flagged {
        if UNMARKED.iter().any(|(n, _)| n == name) {
            continue;
        }
        let file = format!("{}/../tests/fixtures/cdk/expected/cli/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&file).unwrap();
        match cognito_cli::import(&text) {
            Ok(i) if i.block.lines().nth(1) != Some("    feature_flags: RECOMMENDED,") => {
                failures.push(format!("{name}: no `feature_flags: RECOMMENDED`\n{}", i.block))
            }
            Ok(i) if i.proof.is_ok() => {
                proven += 1;
                common::tally(&i.report, &mut forms, &mut overridden);
            }
            // As under the defaults (tests/round_trip.rs): a value CloudFormation rejects.
            Ok(i) if i.proof.as_ref().is_err_and(|e| rejected_at_deploy(e)) => rejected += 1,
            Ok(i) => failures.push(format!("{name}: {:?}\n{}", i.proof, i.block)),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    let (items, cfn) = common::items_and_cfn(&forms);
    eprintln!(
        "{proven} of {} flagged fixtures round-trip with `feature_flags: RECOMMENDED` ({rejected} rejected at deploy time); {items} resources as items, {cfn} as `cfn_resource`; by form: {forms:?}",
        flagged.len()
    );
    assert!(failures.is_empty(), "{}\n\n{} failures", failures.join("\n\n"), failures.len());
    assert_eq!(proven + rejected + UNMARKED.len(), flagged.len());
    assert_eq!(rejected, 5, "the flagged fixtures among tests/round_trip.rs's REJECTED_AT_DEPLOY");
}

/// A proof that fails only on values CloudFormation rejects at deploy time.
fn rejected_at_deploy(proof: &str) -> bool {
    let errors = proof.strip_prefix("the program does not build:\n").unwrap_or("");
    !errors.is_empty() && errors.lines().all(|l| l.contains("CloudFormation rejects it at deploy time"))
}

/// Of the fixtures the flags do not change, those that show no mark import under the
/// defaults.
#[test]
fn unflagged_fixtures_keep_the_defaults() {
    let flagged: Vec<String> = common::fixtures("flags").iter().map(|f| common::name(f)).collect();
    let mut marked = Vec::new();
    for file in common::fixtures("cli") {
        let name = common::name(&file);
        if flagged.contains(&name) {
            continue;
        }
        if let Ok(i) = cognito_cli::import(&std::fs::read_to_string(&file).unwrap())
            && i.block.contains("feature_flags: RECOMMENDED")
        {
            marked.push(name);
        }
    }
    // Their policies look merged (one statement, actions sorted), which the defaults also
    // give; the flags do not change their template, so either setting gives it.
    assert_eq!(marked, ["x_grant", "x_identitypool_role_statements"]);
}
