//! Stack-level features of the language: `construct` scopes, `depends_on`, circles.

mod common;

use cognito::cognito;
use common::*;

#[test]
fn pool_in_a_construct_scope() {
    let stack = cognito! {
        construct Nested {
            user_pool myuserpool { mfa: REQUIRED }
        }
    };
    assert_parity(&stack, "x_nested_pool_mfa_required");
}

#[test]
fn pool_in_a_construct_scope_of_a_named_stack() {
    let stack = cognito! {
        stack Auth {
            construct Nested {
                user_pool myuserpool { mfa: REQUIRED }
            }
        }
    };
    assert_parity(&stack, "x_stack_name_auth_nested_pool");
}

#[test]
fn a_trigger_whose_function_reads_the_pool_is_a_circle() {
    let mut stack = cognito::Stack::new("Stack");
    stack.add(
        "pool",
        cognito::UserPool {
            lambda_triggers: Some(vec![(
                cognito::UserPoolOperation::PreSignUp,
                cognito::Arn::Item("f".into()),
            )]),
            ..Default::default()
        },
    );
    stack.add(
        "f",
        cognito::LambdaFunction {
            runtime: "nodejs20.x".into(),
            handler: "index.handler".into(),
            code: cognito::Code::Inline("exports.handler = async () => {}".into()),
            environment: Some(vec![(
                "POOL_ID".into(),
                cognito::Value::attr("pool", cognito::Attr::UserPoolId),
            )]),
            ..Default::default()
        },
    );
    let err = stack.synth().unwrap_err();
    let v = &err.violations[0];
    assert_eq!(v.rule, "stack.circular_dependency");
    assert!(
        v.message.starts_with("these items depend on each other in a circle: `pool` → `f`"),
        "{}",
        v.message
    );
}
