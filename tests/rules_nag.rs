//! The best-practice rules (cdk-nag's AwsSolutions pack) and the rules of acknowledgements,
//! one test each: the smallest stack that breaks the rule, and the finding's id, severity,
//! construct path, description and the settings it reads.

mod common;

use cognito::*;
use common::pool::*;
use common::*;

/// The one reported finding of `stack` with id `id`.
fn finding(stack: &Stack, id: &str) -> Finding {
    let findings = stack.check_best_practices(Pack::AwsSolutions).unwrap();
    let all: Vec<&Finding> = findings.errors.iter().chain(&findings.warnings).collect();
    let found: Vec<&Finding> = all.iter().copied().filter(|f| f.id() == id).collect();
    assert_eq!(found.len(), 1, "expected one {id}, got {all:#?}");
    found[0].clone()
}

/// Asserts that `stack` reports one finding `id` of `severity` on the item at `node`, reading
/// its settings `reads`, printed as `text`.
fn assert_finding(stack: &Stack, node: NodeId, id: &str, severity: Severity, reads: &[&str], text: &str) {
    let f = finding(stack, id);
    assert_eq!((f.severity, f.node), (severity, node), "{id}");
    let reads: Vec<(NodeId, String)> = reads.iter().map(|r| (node, (*r).to_owned())).collect();
    assert_eq!(f.reads, reads, "{id}");
    assert_eq!(f.to_string(), text);
}

/// The message of the one stale acknowledgement of `stack` once `rule` is acknowledged on
/// `scope`.
fn stale_message(mut stack: Stack, scope: Option<NodeId>, rule: &str) -> String {
    stack.acknowledge(scope, rule, "reviewed by the security team");
    let findings = stack.check_best_practices(Pack::AwsSolutions).unwrap();
    let [v] = findings.stale.as_slice() else { panic!("expected one stale acknowledgement: {findings:#?}") };
    v.message.clone()
}

/// The ids of what `stack` reports, in order.
fn ids(stack: &Stack) -> Vec<String> {
    let findings = stack.check_best_practices(Pack::AwsSolutions).unwrap();
    findings.errors.iter().chain(&findings.warnings).map(Finding::id).collect()
}

/// A pool that passes every Cognito rule of the pack.
fn exemplary() -> UserPool {
    UserPool {
        password_policy: Some(PasswordPolicy {
            min_length: Some(8),
            require_uppercase: Some(true),
            require_digits: Some(true),
            require_symbols: Some(true),
            ..PasswordPolicy::default()
        }),
        mfa: Some(Mfa::Required),
        mfa_second_factor: Some(MfaSecondFactor { sms: false, otp: true, email: false }),
        feature_plan: Some(FeaturePlan::Plus),
        ..props()
    }
}

fn one(id: &str, item: impl Into<Item>) -> (Stack, NodeId) {
    let mut s = Stack::new("Stack");
    let node = s.add(id, item);
    (s, node)
}

#[test]
fn an_exemplary_pool_has_no_finding() {
    let (s, _) = one("myuserpool", exemplary());
    assert_eq!(ids(&s), Vec::<String>::new());
}

#[test]
fn cog1_strong_password_policy() {
    let policy = PasswordPolicy { require_symbols: Some(false), ..exemplary().password_policy.unwrap() };
    let (s, pool) = one("myuserpool", UserPool { password_policy: Some(policy), ..exemplary() });
    assert_finding(
        &s,
        pool,
        "AwsSolutions-COG1",
        Severity::Error,
        &["password_policy"],
        "AwsSolutions-COG1 at Stack/myuserpool/Resource: The Cognito user pool does not have a password policy that minimally specify a password length of at least 8 characters, as well as requiring uppercase, numeric, and special characters.",
    );
}

#[test]
fn cog2_mfa_required() {
    let (s, pool) = one("myuserpool", UserPool { mfa: Some(Mfa::Optional), ..exemplary() });
    assert_finding(
        &s,
        pool,
        "AwsSolutions-COG2",
        Severity::Warning,
        &["mfa"],
        "AwsSolutions-COG2 at Stack/myuserpool/Resource: The Cognito user pool does not require MFA.",
    );
}

#[test]
fn cog7_no_unauthenticated_logins() {
    let guests = IdentityPool { allow_unauthenticated_identities: Some(true), ..IdentityPool::default() };
    let (s, pool) = one("Guests", guests);
    assert_finding(
        &s,
        pool,
        "AwsSolutions-COG7",
        Severity::Error,
        &["allow_unauthenticated_identities"],
        "AwsSolutions-COG7 at Stack/Guests/Resource: The Cognito identity pool allows for unauthenticated logins and does not have a cdk-nag rule suppression with a reason.",
    );
}

#[test]
fn cog8_plus_tier() {
    let (s, pool) =
        one("myuserpool", UserPool { feature_plan: Some(FeaturePlan::Essentials), ..exemplary() });
    assert_finding(
        &s,
        pool,
        "AwsSolutions-COG8",
        Severity::Error,
        &["feature_plan"],
        "AwsSolutions-COG8 at Stack/myuserpool/Resource: The Cognito user pool is not on the plus tier / feature plan.",
    );
}

#[test]
fn iam4_no_managed_policies() {
    let (s, function) = one("fn", LambdaFunction { runtime: "nodejs24.x".into(), ..function(true) });
    let id = "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]";
    // The service role and its policy are always there: the verdict reads no setting.
    assert_finding(
        &s,
        function,
        id,
        Severity::Error,
        &[],
        &format!(
            "{id} at Stack/fn/ServiceRole/Resource: The IAM user, role, or group uses AWS managed policies."
        ),
    );
}

#[test]
fn iam5_no_wildcard_resource_in_the_sms_role() {
    let sms = MfaSecondFactor { sms: true, otp: false, email: false };
    let (s, pool) = one("myuserpool", UserPool { mfa_second_factor: Some(sms), ..exemplary() });
    let f = finding(&s, "AwsSolutions-IAM5[Resource::*]");
    assert_eq!((f.severity, f.node), (Severity::Error, pool));
    // Whether the pool creates its SMS role depends on these settings.
    let reads: Vec<&str> = f.reads.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(
        reads,
        ["sms_role", "enable_sms_role", "mfa", "mfa_second_factor", "sign_in_aliases", "auto_verify"]
    );
    assert_eq!(
        f.to_string(),
        "AwsSolutions-IAM5[Resource::*] at Stack/myuserpool/smsRole/Resource: The IAM entity contains wildcard permissions and does not have a cdk-nag rule suppression with evidence for those permission."
    );
}

#[test]
fn iam5_no_wildcard_action_in_a_grant() {
    let mut s = Stack::new("Stack");
    let role = s.add("Role", common::pool::role("lambda.amazonaws.com"));
    let pool = s.add("Pool", exemplary());
    let grant = s.add_grant(pool, "Role", vec!["cognito-idp:Admin*".into()]);
    let f = finding(&s, "AwsSolutions-IAM5[Action::cognito-idp:Admin*]");
    assert_eq!(
        (f.severity, f.node, f.construct_path.as_str()),
        (Severity::Error, role, "Stack/Role/DefaultPolicy/Resource")
    );
    assert!(f.reads.contains(&(grant, "actions".to_owned())), "{:?}", f.reads);
}

#[test]
fn l1_latest_runtime() {
    let (s, function) = one("fn", LambdaFunction { runtime: "nodejs20.x".into(), ..function(true) });
    assert_finding(
        &s,
        function,
        "AwsSolutions-L1",
        Severity::Error,
        &["runtime"],
        "AwsSolutions-L1 at Stack/fn/Resource: The non-container Lambda function is not configured to use the latest runtime version.",
    );
}

#[test]
fn l1_with_a_runtime_from_a_parameter_is_reported_as_cdk_nag_reports_a_rule_that_threw() {
    let mut s = Stack::new("Stack");
    let param = s.add("RuntimeName", Parameter { r#type: Some("String".into()), ..Parameter::default() });
    s.add("fn", LambdaFunction { runtime: Value::attr(param, Attr::ValueAsString), ..function(true) });
    let f = finding(&s, "AwsSolutions-L1");
    assert_eq!(
        f.to_string(),
        "AwsSolutions-L1 at Stack/fn/Resource: Rule threw an error during validation. This is generally caused by a parameter referencing an intrinsic function."
    );
}

#[test]
fn an_acknowledgement_silences_the_item_and_what_it_contains() {
    let sms = MfaSecondFactor { sms: true, otp: false, email: false };
    let (mut s, pool) = one("myuserpool", UserPool { mfa_second_factor: Some(sms), ..exemplary() });
    s.acknowledge(
        Some(pool),
        "AwsSolutions-IAM5[Resource::*]",
        "Cognito publishes SMS through SNS to any number",
    );
    let findings = s.check_best_practices(Pack::AwsSolutions).unwrap();
    assert!(findings.is_clean(), "{findings:#?}");
    assert_eq!(findings.acknowledged[0].construct_path, "Stack/myuserpool/smsRole/Resource");
}

#[test]
fn acknowledge_reason() {
    let (mut s, pool) = one("myuserpool", props());
    s.acknowledge(Some(pool), "AwsSolutions-COG2", " ");
    let m = violation(&s, "acknowledge.reason", "acknowledge.AwsSolutions-COG2");
    assert_eq!(
        m,
        "the acknowledgement of `AwsSolutions-COG2` needs a reason (got \" \"); say why the finding does not apply, e.g. `\"AwsSolutions-COG2\": \"sign-in goes through a federated provider that enforces MFA\"`"
    );
    assert!(s.check_best_practices(Pack::AwsSolutions).is_err());
}

#[test]
fn acknowledge_id() {
    let (mut s, pool) = one("myuserpool", props());
    s.acknowledge(Some(pool), "AwsSolutions-IAM5[Resource::*)", "the pool sends SMS");
    let m = violation(&s, "acknowledge.id", "acknowledge.AwsSolutions-IAM5[Resource::*)");
    assert_eq!(
        m,
        "the rule id \"AwsSolutions-IAM5[Resource::*)\" closes `[` with `)` at position 29; expected `]`; acknowledge a finding by the id the pack reports, e.g. `AwsSolutions-COG2` or `AwsSolutions-IAM5[Resource::*]`"
    );
}

#[test]
fn acknowledge_stale() {
    let (mut s, pool) = one("myuserpool", exemplary());
    s.acknowledge(Some(pool), "AwsSolutions-COG2", "users sign in with a passkey");
    let findings = s.check_best_practices(Pack::AwsSolutions).unwrap();
    let [v] = findings.stale.as_slice() else { panic!("expected one stale acknowledgement: {findings:#?}") };
    assert_eq!(
        (v.rule, v.severity, v.node, v.path.as_str()),
        ("acknowledge.stale", Severity::Warning, Some(pool), "acknowledge.AwsSolutions-COG2")
    );
    assert_eq!(
        v.message,
        "the acknowledgement of `AwsSolutions-COG2` silences nothing: no finding has this id at `Stack/myuserpool` or below; remove the acknowledgement"
    );
}

#[test]
fn a_stale_acknowledgement_of_a_granular_rule_names_its_findings() {
    let sms = MfaSecondFactor { sms: true, otp: false, email: false };
    let (s, _) = one("myuserpool", UserPool { mfa_second_factor: Some(sms), ..exemplary() });
    assert_eq!(
        stale_message(s, None, "AwsSolutions-IAM5"),
        "the acknowledgement of `AwsSolutions-IAM5` silences nothing: no finding has this id at `Stack` or below; this rule reports each finding by its own id: acknowledge `AwsSolutions-IAM5[Resource::*]`"
    );
}

#[test]
fn a_stale_acknowledgement_of_an_unknown_rule_says_so() {
    let (s, _) = one("myuserpool", exemplary());
    assert_eq!(
        stale_message(s, None, "AwsSolutions-COG3"),
        "the acknowledgement of `AwsSolutions-COG3` silences nothing: no finding has this id at `Stack` or below; no rule of the checks has this id: check its spelling, or remove the acknowledgement"
    );
}

#[test]
fn the_enabled_packs_run_together() {
    let (mut s, _) = one("myuserpool", UserPool { mfa: Some(Mfa::Off), ..exemplary() });
    assert!(s.run_checks().unwrap().warnings.is_empty(), "no pack enabled, nothing to find");
    s.enable_checks(Pack::AwsSolutions);
    s.enable_checks(Pack::AwsSolutions);
    assert_eq!(s.enabled_checks(), [Pack::AwsSolutions]);
    assert_eq!(s.run_checks().unwrap().warnings[0].id(), "AwsSolutions-COG2");
}

#[test]
fn an_acknowledgement_on_an_item_not_in_the_stack_is_stale() {
    let (s, _) = one("myuserpool", exemplary());
    let (_, elsewhere) = one("myuserpool", exemplary());
    assert_eq!(
        stale_message(s, Some(elsewhere), "AwsSolutions-COG2"),
        "the acknowledgement of `AwsSolutions-COG2` silences nothing: no finding has this id on an item that is not in the stack; remove the acknowledgement"
    );
}

/// `cognito!` lowers an `(EXPR)` value as a default (`""`), which often breaks a rule it then
/// leaves to run time: the checks still run on the rest.
#[test]
fn the_macro_gets_the_findings_of_a_stack_that_breaks_a_rule() {
    let (mut s, _) = one("myuserpool", UserPool { user_pool_name: Some("".into()), ..props() });
    assert!(s.check_best_practices(Pack::AwsSolutions).is_err());
    s.enable_checks(Pack::AwsSolutions);
    let rules: Vec<(&str, Severity)> = s.diagnose().iter().map(|v| (v.rule, v.severity)).collect();
    assert_eq!(
        rules,
        [
            ("user_pool_name.length", Severity::Error),
            ("AwsSolutions-COG1", Severity::Error),
            ("AwsSolutions-COG8", Severity::Error),
            ("AwsSolutions-COG2", Severity::Warning),
        ]
    );
}

/// On a stack that enables a pack, an error finding is a violation of the item (about the
/// item as a whole, under its id), and `synth` fails on it as `cdk synth` fails on cdk-nag's
/// errors.
#[test]
fn an_error_finding_of_an_enabled_pack_fails_synth() {
    let (mut s, pool) =
        one("myuserpool", UserPool { feature_plan: Some(FeaturePlan::Essentials), ..exemplary() });
    assert!(s.synth().is_ok(), "no pack enabled");
    s.enable_checks(Pack::AwsSolutions);
    let error = s.synth().unwrap_err();
    let [v] = error.violations.as_slice() else { panic!("expected one violation: {error:#?}") };
    assert_eq!(
        (v.rule, v.severity, v.node, v.item.as_str(), v.path.as_str(), v.target),
        ("AwsSolutions-COG8", Severity::Error, Some(pool), "myuserpool", "", Target::Id)
    );
    assert_eq!(v.reads, [(pool, "feature_plan".to_owned())]);
    assert_eq!(
        error.to_string(),
        "myuserpool: AwsSolutions-COG8 at Stack/myuserpool/Resource: The Cognito user pool is not on the plus tier / feature plan."
    );
    assert_eq!(s.check(), error.violations);
}

/// Warning findings and stale acknowledgements are warnings: listed by `diagnose`, not by
/// `check`, and `synth` succeeds.
#[test]
fn the_warnings_of_an_enabled_pack_do_not_stop_synth() {
    let sms = MfaSecondFactor { sms: true, otp: true, email: false };
    let optional = UserPool { mfa: Some(Mfa::Optional), mfa_second_factor: Some(sms), ..exemplary() };
    let (mut s, pool) = one("myuserpool", optional);
    s.acknowledge(
        Some(pool),
        "AwsSolutions-IAM5[Resource::*]",
        "Cognito publishes SMS through SNS to any number",
    );
    let unchecked = s.synth().unwrap();
    s.enable_checks(Pack::AwsSolutions);
    s.acknowledge(Some(pool), "AwsSolutions-COG8", "reviewed by the security team");
    let diagnosis = s.diagnose();
    let all: Vec<(&str, Severity, &str)> =
        diagnosis.iter().map(|v| (v.rule, v.severity, v.path.as_str())).collect();
    assert_eq!(
        all,
        [
            ("AwsSolutions-COG2", Severity::Warning, ""),
            ("acknowledge.stale", Severity::Warning, "acknowledge.AwsSolutions-COG8"),
        ]
    );
    assert!(s.check().is_empty());
    assert_eq!(s.synth().unwrap(), unchecked, "the checks change nothing in the template");
}

/// In an app, the findings of a stack's enabled packs are the stack's errors and warnings.
#[test]
fn an_app_reports_the_findings_of_its_stacks() {
    let (mut s, _) = one("myuserpool", UserPool { mfa: Some(Mfa::Optional), ..exemplary() });
    s.enable_checks(Pack::AwsSolutions);
    let mut app = App::new();
    app.add_stack(s);
    let warnings = app.validate().unwrap();
    let [w] = warnings.as_slice() else { panic!("expected one warning: {warnings:#?}") };
    assert_eq!(
        (w.severity, w.violation.rule, w.stack_name.as_str()),
        (Severity::Warning, "AwsSolutions-COG2", "Stack")
    );
    assert!(app.synth().is_ok());

    let (mut s, _) = one("myuserpool", UserPool { feature_plan: Some(FeaturePlan::Lite), ..exemplary() });
    s.enable_checks(Pack::AwsSolutions);
    let mut app = App::new();
    app.add_stack(s);
    let error = app.synth().unwrap_err();
    let rules: Vec<&str> = error.errors().map(|d| d.violation.rule).collect();
    assert_eq!(rules, ["AwsSolutions-COG8"]);
}
