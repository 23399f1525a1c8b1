//! Parity with the AWS CDK for user pools, through the runtime builders.

mod common;

use cognito::*;
use common::*;

fn function() -> LambdaFunction {
    LambdaFunction {
        runtime: "nodejs20.x".into(),
        handler: "index.handler".into(),
        code: Code::Inline("exports.handler=async()=>{}".into()),
        ..LambdaFunction::default()
    }
}

#[test]
fn bare_pool() {
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    assert_parity(&s, "bare_pool");
}

#[test]
fn triggers_byte_identical() {
    let mut s = Stack::new("Stack");
    s.add("authChallengeFn", function());
    let pool = s.add(
        "myuserpool",
        UserPool {
            lambda_triggers: Some(vec![(
                UserPoolOperation::CreateAuthChallenge,
                Arn::Item("authChallengeFn".into()),
            )]),
            ..UserPool::default()
        },
    );
    s.add("userMigrationFn", function());
    s.add_trigger(pool, UserPoolOperation::UserMigration, ItemRef::from("userMigrationFn"), None);
    assert_parity(&s, "triggers");
    // The declaration order is the CDK program's, so even the bytes are the CDK's.
    let ours = s.synth_to_string().unwrap() + "\n";
    assert_eq!(ours, std::fs::read_to_string("tests/fixtures/cdk/expected/triggers.json").unwrap());
}

#[test]
fn err_preferred_username_without_username() {
    let mut s = Stack::new("Stack");
    s.add(
        "Pool",
        UserPool {
            sign_in_aliases: Some(SignInAliases {
                email: true,
                preferred_username: true,
                ..SignInAliases::default()
            }),
            ..UserPool::default()
        },
    );
    assert_rejected(&s, "err_preferred_username_without_username", "sign_in_aliases.preferred_username");
}
