//! Parity with the AWS CDK and agreement with cdk-nag 3.0.2 for the cases written for the
//! best-practice checks (`x_nag_*`), through the runtime builders. `assert_parity` compares
//! the findings with `expected/nag/NAME.nag` too.

mod common;

use cognito::*;
use common::pool::*;
use common::*;

/// A strong password policy: 12 characters, uppercase, digits, symbols.
fn strong() -> PasswordPolicy {
    PasswordPolicy {
        min_length: Some(12),
        require_uppercase: Some(true),
        require_digits: Some(true),
        require_symbols: Some(true),
        ..PasswordPolicy::default()
    }
}

/// A pool with MFA required through an authenticator app.
fn mfa_required(plan: FeaturePlan) -> UserPool {
    UserPool {
        mfa: Some(Mfa::Required),
        mfa_second_factor: Some(MfaSecondFactor { sms: false, otp: true, email: false }),
        feature_plan: Some(plan),
        ..props()
    }
}

/// A function with inline code and this runtime.
fn function_on(runtime: impl Into<Value>) -> LambdaFunction {
    LambdaFunction { runtime: runtime.into(), ..function(true) }
}

#[test]
fn x_nag_password_policy() {
    let mut s = Stack::new("Stack");
    let policy = |p: PasswordPolicy| UserPool { password_policy: Some(p), ..mfa_required(FeaturePlan::Plus) };
    let eight = PasswordPolicy { min_length: Some(8), ..strong() };
    s.add("Strong", policy(PasswordPolicy { require_lowercase: Some(false), ..eight.clone() }));
    s.add("Short", policy(PasswordPolicy { min_length: Some(7), ..eight.clone() }));
    s.add("NoUppercase", policy(PasswordPolicy { require_uppercase: Some(false), ..eight.clone() }));
    s.add("NoDigits", policy(PasswordPolicy { require_digits: Some(false), ..eight.clone() }));
    s.add("NoSymbols", policy(PasswordPolicy { require_symbols: Some(false), ..eight }));
    s.add("Defaults", policy(PasswordPolicy::default()));
    s.add("NoPolicy", mfa_required(FeaturePlan::Plus));
    assert_parity(&s, "x_nag_password_policy");
}

#[test]
fn x_nag_mfa_tier() {
    let mut s = Stack::new("Stack");
    let strong = |pool: UserPool| UserPool { password_policy: Some(strong()), ..pool };
    s.add("Required", strong(mfa_required(FeaturePlan::Plus)));
    s.add("Optional", strong(UserPool { mfa: Some(Mfa::Optional), ..mfa_required(FeaturePlan::Plus) }));
    s.add("Off", strong(UserPool { mfa: Some(Mfa::Off), feature_plan: Some(FeaturePlan::Plus), ..props() }));
    s.add("Essentials", strong(mfa_required(FeaturePlan::Essentials)));
    s.add("Lite", strong(mfa_required(FeaturePlan::Lite)));
    assert_parity(&s, "x_nag_mfa_tier");
}

#[test]
fn x_nag_identity_pool() {
    let mut s = Stack::new("Stack");
    let pool = |allow: Option<bool>| IdentityPool {
        allow_unauthenticated_identities: allow,
        ..IdentityPool::default()
    };
    s.add("Guests", pool(Some(true)));
    s.add("Members", pool(Some(false)));
    s.add("Default", pool(None));
    assert_parity(&s, "x_nag_identity_pool");
}

#[test]
fn x_nag_lambda() {
    let mut s = Stack::new("Stack");
    s.add("Node24", function_on("nodejs24.x"));
    s.add("Node22", function_on("nodejs22.x"));
    s.add("Python315", function_on("python3.15"));
    s.add("Python39", function_on("python3.9"));
    let param = s.add("RuntimeName", Parameter { r#type: Some("String".into()), ..Parameter::default() });
    s.add("FromParameter", function_on(Value::attr(param, Attr::ValueAsString)));
    assert_parity(&s, "x_nag_lambda");
}

#[test]
fn x_nag_iam5_action() {
    let mut s = Stack::new("Stack");
    s.add("Role", role("lambda.amazonaws.com"));
    let pool = s.add("Pool", props());
    s.add_grant(pool, "Role", vec!["cognito-idp:Admin*".into(), "cognito-idp:ListUsers".into()]);
    s.add_grant(pool, "Role", vec!["cognito-idp:*".into()]);
    s.add("Plain", role("lambda.amazonaws.com"));
    s.add_grant(pool, "Plain", vec!["cognito-idp:ListUsers".into()]);
    assert_parity(&s, "x_nag_iam5_action");
}

#[test]
fn x_nag_acknowledge() {
    let mut s = Stack::new("Stack");
    let reason = "reviewed by the security team";
    s.acknowledge(None, "AwsSolutions-COG8", reason);
    let quiet = s.add("Quiet", props());
    s.acknowledge(Some(quiet), "AwsSolutions-COG2", reason);
    let sms = s.add(
        "Sms",
        UserPool {
            mfa: Some(Mfa::Required),
            mfa_second_factor: Some(MfaSecondFactor { sms: true, otp: false, email: false }),
            ..props()
        },
    );
    s.acknowledge(Some(sms), "AwsSolutions-IAM5[Resource::*]", reason);
    s.acknowledge(Some(sms), "AwsSolutions-COG1[Policy::x]", reason);
    let prefixed = s.add("Prefixed", props());
    s.acknowledge(Some(prefixed), "annotation::AwsSolutions-COG1", reason);
    s.acknowledge(Some(prefixed), "AwsSolutions COG2", reason);
    let bare = s.add("Bare", function_on("nodejs24.x"));
    s.acknowledge(Some(bare), "AwsSolutions-IAM4", reason);
    let exact = s.add("Exact", function_on("nodejs24.x"));
    s.acknowledge(
        Some(exact),
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason,
    );
    assert_parity(&s, "x_nag_acknowledge");

    // cdk-nag says nothing of the acknowledgements that silence nothing; we warn of each.
    let findings = s.check_best_practices(Pack::AwsSolutions).unwrap();
    let stale: Vec<&str> = findings.stale.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(stale, ["acknowledge.AwsSolutions-COG1[Policy::x]", "acknowledge.AwsSolutions-IAM4"]);
}

/// Every case the CDK synthesizes as one stack has cdk-nag's findings recorded, so that its
/// parity tests compare findings too (`scripts/oracle.sh regen-nag NAME` records them).
#[test]
fn every_single_stack_case_has_cdk_nags_findings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/expected");
    let mut missing = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        // Whole apps (`.app.json`) are not single stacks; the sides of a change pair
        // (`change_*.before`, `.after`) are fixtures of `cdk diff`, not parity cases.
        let Some(name) =
            file.strip_suffix(".json").filter(|n| !n.ends_with(".app") && !n.starts_with("change_"))
        else {
            continue;
        };
        count += 1;
        if common::nag::cdk_nag_findings(name).is_none() {
            missing.push(name.to_owned());
        }
    }
    assert!(count > 300, "found only {count} templates");
    assert!(
        missing.is_empty(),
        "no expected/nag/NAME.nag for {missing:?}: run scripts/oracle.sh regen-nag NAME"
    );
}
