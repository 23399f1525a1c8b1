//! `Stack::check_update` end to end: the after side of a change pair built with the runtime
//! builders (its template is the CDK's), compared with the before side's template. The
//! verdicts are `cdk diff`'s, and each finding names the item the macro will put it under.

mod common;

use cognito::change::{ChangeReport, Verdict};
use cognito::*;
use common::cdk_diff::{cli_verdicts, our_verdicts};
use common::pool::*;
use common::*;

fn read(name: &str) -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/expected").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The after side `stack` of pair `name`: its template is the CDK's; compared with the before
/// side, its verdicts are what `cdk diff` says. Returns the report.
fn check(stack: &Stack, name: &str) -> ChangeReport {
    assert_parity(stack, &format!("{name}.after"));
    let baseline = cdk_template(&format!("{name}.before"));
    let report = stack.check_update(&baseline).expect("the stack synthesizes");
    assert_eq!(our_verdicts(&report), cli_verdicts(&read(&format!("{name}.diff"))), "{name}:\n{report}");
    report
}

fn with_client(pool_id: &str) -> (Stack, NodeId, NodeId) {
    let mut s = Stack::new("Stack");
    let pool = s.add(pool_id, UserPool::default());
    let web = s.add_client(pool, "web", UserPoolClient::default());
    (s, pool, web)
}

#[test]
fn a_renamed_pool_names_the_id_to_keep() {
    let (s, users, _) = with_client("Users");
    let report = check(&s, "change_pool_renamed");
    let renames: Vec<_> = report.refused().filter(|(_, f)| f.rule == "change.rename").collect();
    assert_eq!(renames.len(), 2, "the pool and its client:\n{report}");
    for (change, finding) in renames {
        assert_eq!(change.node, Some(users), "both are fixed by the pool's id");
        assert!(finding.message.contains("naming the item `Users as \"Pool\"`"), "{}", finding.message);
    }
}

#[test]
fn a_renamed_pool_accepted() {
    let (mut s, users, web) = with_client("Users");
    s.accept_replacement(users);
    s.accept_replacement(web);
    let report = check(&s, "change_pool_renamed");
    assert!(!report.is_refused(), "{report}");
    assert_eq!(report.findings().filter(|(_, f)| f.verdict == Verdict::Accepted).count(), 2);
}

fn secret_client() -> (Stack, NodeId) {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let web = s.add_client(pool, "web", UserPoolClient { generate_secret: Some(true), ..Default::default() });
    (s, web)
}

#[test]
fn a_create_only_setting_is_refused_under_its_item() {
    let (s, web) = secret_client();
    let report = check(&s, "change_client_generate_secret");
    let (change, finding) = report.refused().next().expect("a refusal");
    assert_eq!((change.node, finding.field.as_deref()), (Some(web), Some("generate_secret")));
    assert_eq!(report.violations()[0].path, "generate_secret");
}

#[test]
fn an_accepted_replacement_is_still_listed() {
    let (mut s, web) = secret_client();
    s.accept_replacement(web);
    let report = check(&s, "change_client_generate_secret");
    assert!(!report.is_refused());
    assert_eq!(report.changes.len(), 1);
    assert!(report.to_string().contains("replace  accepted"), "{report}");
}

#[test]
fn a_replaced_function_and_its_permission_are_reported() {
    let mut s = Stack::new("Stack");
    let check_fn =
        s.add("Check", LambdaFunction { function_name: Some("check-sign-up".into()), ..function(true) });
    s.add(
        "Pool",
        UserPool { lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, check_fn.into())]), ..props() },
    );
    let report = check(&s, "change_trigger_function_name");
    assert!(!report.is_refused(), "{report}");
    assert_eq!(report.findings().filter(|(_, f)| f.verdict == Verdict::Reported).count(), 2);
    // The macro warns of them under the setting that changed.
    let warnings = report.warnings();
    let fields: Vec<_> = warnings.iter().map(|w| (w.rule, w.path.as_str(), w.severity)).collect();
    assert_eq!(
        fields,
        [
            ("change.replace", "function_name", Severity::Warning),
            ("change.replace.dependency", "lambda_triggers", Severity::Warning)
        ],
        "{report}"
    );
    assert_eq!(
        warnings[0].message,
        "changing `function_name` replaces the AWS::Lambda::Function `Check` (`Check8FEA48D3`): `FunctionName` is \
         create-only (\"check\" → \"check-sign-up\"), so CloudFormation creates a new AWS::Lambda::Function and \
         deletes the old one (it holds no state)"
    );
    assert!(report.violations().is_empty());
}

#[test]
fn an_accepted_replacement_of_a_function_is_accepted_not_reported() {
    let mut s = Stack::new("Stack");
    let check_fn =
        s.add("Check", LambdaFunction { function_name: Some("check-sign-up".into()), ..function(true) });
    let pool = s.add(
        "Pool",
        UserPool { lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, check_fn.into())]), ..props() },
    );
    s.accept_replacement(check_fn);
    s.accept_replacement(pool);
    let report = s.check_update(&cdk_template("change_trigger_function_name.before")).unwrap();
    assert_eq!(report.findings().filter(|(_, f)| f.verdict == Verdict::Accepted).count(), 2, "{report}");
    assert!(report.warnings().is_empty(), "{report}");
}

#[test]
fn a_removed_pool_is_accepted_by_its_logical_id() {
    let mut s = Stack::new("Stack");
    s.add("Other", UserPool::default());
    assert!(check(&s, "change_pool_removed").is_refused());
    s.accept_removal("PoolD3F588B8");
    let report = check(&s, "change_pool_removed");
    assert!(!report.is_refused(), "{report}");
}

#[test]
fn what_cognito_refuses_cannot_be_accepted() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", custom("tenant", CustomAttribute::String(StringAttributeProps::default())));
    s.accept_replacement(pool);
    let report = check(&s, "change_custom_attribute_removed");
    let (_, finding) = report.refused().next().expect("a refusal");
    assert_eq!(finding.rule, "change.fails.schema_attribute_removed");
    assert_eq!(finding.field.as_deref(), Some("custom_attributes.plan"));
}

#[test]
fn a_new_domain_prefix_fails() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let cognito_domain = Some(CognitoDomainOptions { domain_prefix: "my-new-app".into() });
    let domain = s.add_child(pool, "Domain", UserPoolDomain { cognito_domain, ..Default::default() });
    s.accept_replacement(domain);
    let report = check(&s, "change_domain_prefix");
    let (change, finding) = report.refused().next().expect("a refusal");
    assert_eq!((change.node, finding.rule), (Some(domain), "change.fails.domain"));
    assert_eq!(finding.field.as_deref(), Some("cognito_domain.domain_prefix"));
}
