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

#[test]
fn tags_on_a_pool_a_function_and_an_identity_pool() {
    let stack = cognito! {
        lambda_function r#fn as "fn" {
            runtime: NODEJS_20_X,
            handler: "index.handler",
            code: inline("exports.handler=async()=>{}"),
            tags: { Team: "auth" },
        }
        user_pool Pool {
            mfa: REQUIRED,
            triggers: { pre_sign_up: r#fn },
            tags: { Zeta: "z", Alpha: "a" },
            client web {}
            domain d { cognito_domain: { domain_prefix: "abc-def" } }
            group g {}
        }
        identity_pool Ids { tags: { Env: "prod" } }
    };
    assert_parity(&stack, "x_tags");
}

#[test]
fn stack_tags_and_an_items_own_tag_that_wins() {
    let stack = cognito! {
        stack Stack {
            tags: { Owner: "stack", App: "demo" },
            user_pool Pool {
                sign_in_aliases: { phone },
                tags: { Owner: "pool" },
            }
        }
    };
    assert_parity(&stack, "x_tags_stack");
}

#[test]
fn grants_on_a_created_and_an_imported_pool() {
    let stack = cognito! {
        role Role { assumed_by: service_principal("lambda.amazonaws.com") }
        user_pool Pool {
            grant Role { actions: ["cognito-idp:AdminCreateUser", "cognito-idp:ListUsers"] }
        }
        user_pool Other = from_user_pool_id("us-east-1_abc") {
            grant Role { actions: ["cognito-idp:AdminGetUser"] }
        }
    };
    assert_parity(&stack, "x_grant");
}

#[test]
fn a_grant_to_a_function_goes_to_its_service_role() {
    let stack = cognito! {
        user_pool Pool {
            grant r#fn { actions: ["cognito-idp:AdminGetUser"] }
        }
        lambda_function r#fn as "fn" {
            runtime: NODEJS_20_X,
            handler: "index.handler",
            code: inline("exports.handler=async()=>{}"),
        }
    };
    assert_parity(&stack, "x_grant_fn");
}
