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
fn tag_keys_sort_as_the_cdks_tag_manager_sorts_them() {
    let stack = cognito! {
        stack Stack {
            tags: { Zeta: "z", aa: "first", "app:tier": "a/b" },
            user_pool Pool {
                sign_in_aliases: { phone },
                tags: { Owner: "identity team", _x: "underscore", B2: "digit" },
            }
            user_pool Imported = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ") {
                replica Copy {
                    region_name: "eu-central-1",
                    user_pool_tags_at_create: { Zeta: "own", b: "own", "cost-center": "4711" },
                }
            }
        }
    };
    assert_parity(&stack, "x_tags_locale_order");
}

#[test]
fn a_default_policy_name_is_the_last_128_characters_of_its_logical_id() {
    let stack = cognito! {
        user_pool Pool {
            grant long_role { actions: ["cognito-idp:AdminGetUser"] }
        }
        role long_role as "LoooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooongId" {
            assumed_by: service_principal("lambda.amazonaws.com"),
        }
    };
    assert_parity(&stack, "x_grant_policy_name_long");
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

#[test]
fn a_triggers_permission_waits_for_its_depends_on_and_takes_no_tags() {
    let stack = cognito! {
        lambda_function r#fn as "fn" {
            runtime: NODEJS_20_X,
            handler: "index.handler",
            code: inline("exports.handler=async(e)=>e"),
        }
        role Audit { assumed_by: service_principal("lambda.amazonaws.com") }
        user_pool Pool {
            trigger pre_sign_up { function: r#fn, depends_on: [Audit], tags: { team: "auth" } }
        }
    };
    assert_parity(&stack, "x_trigger_depends_on_tags");
}

/// A rule that reads a setting of another item, written there as `(EXPR)`, is left to
/// `synth()`: the block compiles, and the run-time value decides.
#[test]
fn rules_reading_another_items_run_time_value_wait_for_synth() {
    let tenant = || {
        vec![(
            "tenant".to_owned(),
            cognito::CustomAttribute::String(cognito::StringAttributeProps {
                min_len: None,
                max_len: None,
                mutable: None,
            }),
        )]
    };
    let with = |declared: Vec<(String, cognito::CustomAttribute)>| {
        cognito! {
            user_pool Pool {
                custom_attributes: (declared),
                client Web {
                    read_attributes: { custom_attributes: ["tenant"] },
                    write_attributes: { custom_attributes: ["custom:tenant"] },
                }
            }
            user_pool_identity_provider_google Google {
                user_pool: Pool,
                client_id: "google-client-id",
                client_secret: "google-secret",
                attribute_mapping: { custom: { "custom:tenant": other("tenant_id") } },
            }
        }
    };
    assert!(with(tenant()).synth().is_ok());
    let rules: Vec<_> = with(Vec::new()).check().into_iter().map(|v| v.rule).collect();
    assert_eq!(
        rules,
        [
            "client.attributes.custom_undeclared",
            "client.attributes.custom_undeclared",
            "idp.attribute_mapping.undeclared"
        ]
    );

    let lite = cognito::FeaturePlan::Lite;
    let stack = cognito! {
        lambda_function Fn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler = async () => {}") }
        user_pool Pool {
            feature_plan: (lite),
            trigger pre_token_generation_config { function: Fn, lambda_version: V2_0 }
        }
    };
    assert_eq!(stack.check()[0].rule, "trigger.lambda_version.plan");

    let key = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";
    let stack = cognito! {
        lambda_function Fn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler = async () => {}") }
        user_pool Pool {
            custom_sender_kms_key: (key),
            trigger custom_email_sender { function: Fn }
        }
    };
    assert!(stack.synth().is_ok());

    let name = "Okta";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc First {
            user_pool: Pool,
            name: (name),
            client_id: "a",
            client_secret: "b",
            issuer_url: "https://issuer.example.com",
        }
        user_pool_identity_provider_oidc Second {
            user_pool: Pool,
            name: "Okta",
            client_id: "a",
            client_secret: "b",
            issuer_url: "https://issuer.example.com",
        }
    };
    assert_eq!(stack.check()[0].rule, "idp.name.duplicate");
}

/// `DependsOn` in the CDK's order: by construct path with JavaScript's `localeCompare`, so
/// case and diacritics count after the letters.
#[test]
fn depends_on_in_locale_order() {
    let stack = cognito! {
        user_pool Pool {
            client Web {}
            client Uo {}
            client accented as "Ünïcödé" {}
            client Unicode {}
            client admin {}
            client ss as "ß" {}
            group Group { depends_on: [Web, Uo, accented, Unicode, admin, ss] }
        }
    };
    assert_parity(&stack, "x_depends_on_locale_order");
}
