//! `baseline`, compiled for real: blocks whose deployed template is a CDK fixture compile
//! (nothing is replaced), an accepted replacement or removal compiles, and the stack the
//! expansion builds carries what it accepts and its feature flags, so `check_update` at run
//! time judges as the build did. (Every parity block against its fixtures, in process:
//! `cognito-macros/tests/baselines.rs`; the refusals: `tests/ui/baseline/`.)

mod common;

use cognito::change::Verdict;
use cognito::{FeatureFlags, cognito};
use common::*;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The CDK's functions and triggers, as `cdk synth` writes them in a `cdk init` app (the
/// recommended flags give each function its log group).
#[test]
fn a_cdk_init_stack_with_its_deployed_template_compiles() {
    let stack = cognito! {
        stack Stack {
            baseline: "tests/fixtures/cdk/expected/cli/triggers.json",
            feature_flags: RECOMMENDED,
            lambda_function authChallengeFn {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler=async()=>{}"),
            }
            lambda_function userMigrationFn {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler=async()=>{}"),
            }
            user_pool myuserpool {
                triggers: { create_auth_challenge: authChallengeFn },
                trigger user_migration { function: userMigrationFn }
            }
        }
    };
    assert_eq!(stack.feature_flags(), FeatureFlags::recommended());
    let report = stack.check_update_text(&read("tests/fixtures/cdk/expected/cli/triggers.json"));
    assert!(report.is_ok_and(|r| r.changes.is_empty()));
}

#[test]
fn a_cdk_stack_compiles_against_both_forms_of_its_template() {
    let plain = cognito! {
        stack Stack {
            baseline: "tests/fixtures/cdk/expected/domain_cognito.json",
            user_pool Pool {
                domain CognitoDomain { cognito_domain: { domain_prefix: "my-awesome-app" } }
            }
        }
    };
    let cli = cognito! {
        stack Stack {
            baseline: "tests/fixtures/cdk/expected/cli/domain_cognito.json",
            user_pool Pool {
                domain CognitoDomain { cognito_domain: { domain_prefix: "my-awesome-app" } }
            }
        }
    };
    assert_parity(&plain, "domain_cognito");
    assert_parity(&cli, "domain_cognito");
}

#[test]
fn an_identity_pool_and_the_client_it_adds_compile() {
    let stack = cognito! {
        stack Stack {
            baseline: "tests/fixtures/cdk/expected/cli/x_identitypool_user_pool_auto_client.json",
            user_pool Pool {}
            identity_pool IdentityPool {
                authentication_providers: { user_pools: [{ user_pool: Pool }] },
            }
        }
    };
    assert_parity(&stack, "x_identitypool_user_pool_auto_client");
}

/// A new secret is accepted on purpose: the block compiles, and the stack still reports it.
#[test]
fn an_accepted_replacement_compiles_and_is_reported() {
    let stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_generate_secret.json",
            user_pool Pool {
                client web { generate_secret: true, accept_replacement: true }
            }
        }
    };
    let report = stack.check_update_text(&read("tests/ui/baseline/client_generate_secret.json")).unwrap();
    let change = report.get("PoolwebB04E50B4").expect("the client changes");
    assert_eq!((change.kind(), change.verdict()), ("replace", Verdict::Accepted));
    assert!(!report.is_refused());
}

#[test]
fn an_accepted_removal_compiles_and_is_reported() {
    let stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_removed.json",
            accept_removal: ["Poolmobile13F242C8"],
            user_pool Pool { client web {} }
        }
    };
    let report = stack.check_update_text(&read("tests/ui/baseline/client_removed.json")).unwrap();
    let change = report.get("Poolmobile13F242C8").expect("the client is removed");
    assert_eq!((change.kind(), change.verdict()), ("destroy", Verdict::Accepted));
}

/// A rename kept by naming the item with its old construct id: nothing changes.
#[test]
fn a_renamed_item_that_keeps_its_old_id_compiles() {
    let stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_renamed.json",
            user_pool Pool { client webapp as "web" {} }
        }
    };
    let report = stack.check_update_text(&read("tests/ui/baseline/client_renamed.json")).unwrap();
    assert!(report.changes.is_empty(), "{report}");
}

/// A value known only at run time is compared at run time: the block compiles, and
/// `check_update` judges the value given.
#[test]
fn a_run_time_value_is_compared_at_run_time() {
    let secret = std::env::var("COGNITO_TEST_NO_SUCH_VARIABLE").is_err();
    let stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_generate_secret.json",
            user_pool Pool { client web { generate_secret: (secret) } }
        }
    };
    let report = stack.check_update_text(&read("tests/ui/baseline/client_generate_secret.json")).unwrap();
    assert!(report.is_refused(), "{report}");
}

/// Flags by name set those flags.
#[test]
fn feature_flags_by_name() {
    let stack = cognito! {
        stack Stack {
            feature_flags: ["@aws-cdk/aws-iam:minimizePolicies", "@aws-cdk/aws-ecs:arnFormatIncludesClusterName"],
            user_pool Pool {}
        }
    };
    let flags = FeatureFlags { minimize_policies: true, ..FeatureFlags::default() };
    assert_eq!(stack.feature_flags(), flags);
}
