//! Every single-stack CDK fixture, as `cdk synth` writes it (path metadata and the CDK's
//! bookkeeping: `tests/fixtures/cdk/expected/cli/`), goes through `cognito import`, and the
//! printed block through the macro's pipeline in process (parse, lower, the runtime's rules,
//! synth): the template must be the input's, bookkeeping and resources' `Metadata` aside.

mod common;

use std::collections::BTreeMap;

use cognito_cli::verify::{synth, without_bookkeeping};

/// Fixtures whose template the CDK writes but CloudFormation rejects at deploy time (a
/// value against the resource's schema): no deployed stack has them, and the imported block
/// fails to build with that same deploy-time error, as `cognito!` rejects the CDK program.
const REJECTED_AT_DEPLOY: &[&str] = &[
    "change_resource_server_identifier.after",
    "x_gen_002",
    "x_gen_015",
    "x_gen_023",
    "x_gen_030",
    "x_gen_053",
    "x_gen_068",
    "x_gen_081",
    "x_gen_132",
    "x_gen_142",
    "x_gen_327",
    "x_identitypool_name_invalid",
    "x_mfa_message_empty",
    "x_resource_server_toplevel",
];

/// Fixtures the language cannot express: stacks whose only resource is the CDK's metadata
/// (outputs of imported pools and the like), which `cognito!` refuses as CloudFormation does.
const INEXPRESSIBLE: &[&str] = &[
    "import_outputs",
    "x_client_import_from_id_output",
    "x_identitypool_import_arn",
    "x_identitypool_import_arn_token",
    "x_identitypool_import_env",
    "x_identitypool_import_output",
    "x_import_domain",
    "x_import_group",
    "x_pool_from_arn_other_service",
];

/// Fixtures the importer cannot write yet, and its message: none today (the last one, a
/// `user` with its group memberships, is now a `user` item).
const NOT_YET: &[(&str, &str)] = &[];

/// The importer's message for them.
const NO_RESOURCES: &str = "stack `Stack` has no resource besides the CDK's bookkeeping (only outputs, parameters or imports); `cognito!` refuses a stack without resources, as CloudFormation does (\"At least one Resources member must be defined\"); keep this stack in the CDK, or add a resource to it first";

/// What importing and expanding one fixture gives.
enum Outcome {
    RoundTrips { report: Vec<String> },
    ImportFails(String),
    DoesNotExpand(String),
    Differs(String),
}

fn outcome(text: &str) -> Outcome {
    let import = match cognito_cli::import(text) {
        Ok(import) => import,
        Err(e) => return Outcome::ImportFails(e.to_string()),
    };
    let want = without_bookkeeping(serde_json::from_str(text).unwrap());
    match synth(&import.block) {
        Ok(got) if without_bookkeeping(got.clone()) == want => Outcome::RoundTrips { report: import.report },
        Ok(got) => Outcome::Differs(format!("{}\n--- got\n{got:#}", import.block)),
        Err(e) => Outcome::DoesNotExpand(format!("{e}\n{}", import.block)),
    }
}

#[test]
fn every_fixture_round_trips() {
    let mut failures = Vec::new();
    let mut passed = 0;
    let mut forms: BTreeMap<String, usize> = BTreeMap::new();
    let mut overridden: BTreeMap<String, usize> = BTreeMap::new();
    let files = common::fixtures("cli");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = common::name(file);
        let inexpressible = INEXPRESSIBLE
            .contains(&name.as_str())
            .then_some(NO_RESOURCES)
            .or_else(|| NOT_YET.iter().find(|(n, _)| *n == name).map(|(_, m)| *m));
        match (outcome(&text), inexpressible) {
            (Outcome::RoundTrips { report }, None) if !REJECTED_AT_DEPLOY.contains(&name.as_str()) => {
                passed += 1;
                common::tally(&report, &mut forms, &mut overridden);
            }
            (Outcome::DoesNotExpand(e), None) if REJECTED_AT_DEPLOY.contains(&name.as_str()) => {
                let rejected = e
                    .lines()
                    .take_while(|l| !l.starts_with("stack "))
                    .all(|l| l.contains("CloudFormation rejects it at deploy time"));
                if !rejected {
                    failures.push(format!("{name}: expected only deploy-time schema errors:\n{e}"));
                }
            }
            (Outcome::ImportFails(e), Some(message)) if e == message => {}
            (Outcome::RoundTrips { .. }, _) => {
                failures.push(format!("{name}: round-trips; take it off its list"))
            }
            (Outcome::ImportFails(e), _) => failures.push(format!("{name}: import failed: {e}")),
            (Outcome::DoesNotExpand(e), _) => {
                failures.push(format!("{name}: the block does not expand:\n{e}"))
            }
            (Outcome::Differs(e), _) => failures.push(format!("{name}: the template differs\n{e}")),
        }
    }
    let (items, cfn) = common::items_and_cfn(&forms);
    eprintln!(
        "{passed} of {} fixtures round-trip; {items} resources as items, {cfn} as `cfn_resource`; by form: {forms:?}",
        files.len()
    );
    eprintln!("overridden properties: {overridden:#?}");
    assert_eq!(
        passed + REJECTED_AT_DEPLOY.len() + INEXPRESSIBLE.len() + NOT_YET.len(),
        files.len(),
        "{}",
        failures.join("\n\n")
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // How much of the fixtures the importer writes as items of the language, and how much it
    // keeps as CloudFormation has it: a change to the lifters shows here (the rest are of
    // templates CloudFormation rejects, ids that are no identifiers, props no item has).
    assert_eq!((items, cfn), (1972, 230), "resources as items, as `cfn_resource`");
}
