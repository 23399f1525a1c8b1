//! Whole apps through `cognito!`, against the CDK's cloud assemblies
//! (`tests/fixtures/cdk/expected/app_*`): a block of several `stack`s is a `cognito::App`;
//! references between its stacks, file assets (`asset("…")`, relative to this crate's
//! `Cargo.toml`), `from_bucket`, synthesizers and environments. The apps the CDK rejects are
//! compile errors (`tests/ui/app/`).

mod common;

use cognito::{App, cognito};
use common::app::assert_app_parity;

#[test]
fn two_stacks_asset() {
    let app: App = cognito! {
        stack Auth {
            user_pool Pool {
                self_sign_up_enabled: true,
                trigger pre_sign_up { function: Check }
            }
            lambda_function Check {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: asset("tests/fixtures/cdk/cases/assets/hello"),
            }
        }
        stack Api {
            user_pool_client Web { user_pool: Pool }
        }
    };
    assert_app_parity(&app, "app_two_stacks_asset");
}

#[test]
fn client_other_stack() {
    let app = cognito! {
        stack Auth {
            user_pool pool { sign_in_aliases: { email } }
        }
        stack Api {
            user_pool_client web { user_pool: pool, generate_secret: false }
            output webid { value: web.user_pool_client_id }
        }
    };
    assert_app_parity(&app, "app_client_other_stack");
}

/// A pool whose construct id is no identifier, named by the block's own name in the other
/// stack.
#[test]
fn producer_id_not_identifier() {
    let app = cognito! {
        stack Auth {
            user_pool my_pool as "my.pool" { sign_in_aliases: { email } }
        }
        stack Api {
            user_pool_resource_server orders_api as "orders-api" {
                user_pool: my_pool,
                identifier: "orders",
                scopes: [{ scope_name: "read", scope_description: "read orders" }],
            }
            user_pool_client web { user_pool: my_pool, generate_secret: false }
        }
    };
    assert_app_parity(&app, "app_producer_id_not_identifier");
}

#[test]
fn outputs_of_other_stack() {
    let app = cognito! {
        stack Auth {
            user_pool pool {
                domain domain { cognito_domain: { domain_prefix: "my-app-auth" } }
            }
        }
        stack Outputs {
            // CloudFormation refuses a template without a resource.
            user_pool pad {}
            output id { value: pool.user_pool_id }
            output id2 { value: pool.user_pool_id, export_name: "PoolId" }
            output arn { value: pool.user_pool_arn }
            output providername { value: pool.user_pool_provider_name }
            output providerurl { value: pool.user_pool_provider_url }
            output domainname { value: domain.domain_name }
        }
    };
    assert_app_parity(&app, "app_outputs_of_other_stack");
}

#[test]
fn three_stacks() {
    let app = cognito! {
        stack Auth {
            user_pool pool { user_pool_name: "users" }
        }
        stack Clients {
            user_pool_client web { user_pool: pool }
        }
        stack Identity {
            identity_pool identities {
                authentication_providers: {
                    user_pools: [{ user_pool: pool, user_pool_client: web }],
                },
            }
        }
    };
    assert_app_parity(&app, "app_three_stacks");
}

#[test]
fn consumer_first() {
    let app = cognito! {
        stack Api {
            user_pool_client web { user_pool: pool }
        }
        stack Auth {
            user_pool pool {}
        }
    };
    assert_app_parity(&app, "app_consumer_first");
}

#[test]
fn chain() {
    let app = cognito! {
        stack Base {
            lambda_function check {
                runtime: NODEJS_20_X,
                handler: "index.handler",
                code: inline("exports.handler = async (e) => e;"),
            }
        }
        stack Auth {
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
        stack Api {
            user_pool_client web { user_pool: pool }
            output fnarn { value: check.function_arn }
            output fnname { value: check.function_name }
        }
    };
    assert_app_parity(&app, "app_chain");
}

#[test]
fn both_directions() {
    let app = cognito! {
        stack Hooks {
            lambda_function migrate {
                runtime: NODEJS_20_X,
                handler: "index.handler",
                code: inline("exports.handler = async (e) => e;"),
            }
        }
        stack Web {
            user_pool_client web { user_pool: pool }
        }
        stack Users {
            user_pool pool {
                trigger user_migration { function: migrate }
            }
        }
        stack Admin {
            user_pool_group admins { user_pool: pool, group_name: "admins" }
            output client { value: web.user_pool_client_id }
        }
    };
    assert_app_parity(&app, "app_both_directions");
}

#[test]
fn depends_on_other_stack() {
    let app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        stack Other {
            user_pool second { depends_on: [pool] }
        }
    };
    assert_app_parity(&app, "app_depends_on_other_stack");
}

#[test]
fn zip_asset() {
    let stack = cognito! {
        stack Auth {
            lambda_function check {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                architecture: ARM_64,
                code: asset("tests/fixtures/cdk/cases/assets/bootstrap.zip"),
                environment: { RUST_LOG: "info", ALLOWED_DOMAIN: "example.com" },
                timeout: seconds(10),
                memory_size: 256,
                description: "pre sign-up check, in Rust",
            }
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
    };
    assert_app_parity(&App::from(stack), "app_zip_asset");
}

#[test]
fn dir_asset_tree() {
    let stack = cognito! {
        stack Fns {
            lambda_function one {
                runtime: NODEJS_22_X,
                handler: "sub/b.handler",
                code: asset("tests/fixtures/cdk/cases/assets/tree"),
            }
            lambda_function two {
                runtime: NODEJS_22_X,
                handler: "sub/b.handler",
                code: asset("tests/fixtures/cdk/cases/assets/tree"),
            }
        }
    };
    assert_app_parity(&App::from(stack), "app_dir_asset_tree");
}

#[test]
fn from_bucket() {
    let stack = cognito! {
        stack Auth {
            lambda_function check {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                architecture: X86_64,
                code: from_bucket("my-code-bucket", "triggers/pre-sign-up.zip"),
            }
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
    };
    assert_app_parity(&App::from(stack), "app_from_bucket");
}

#[test]
fn from_bucket_at_run_time() {
    let (bucket, key) = ("my-code-bucket", "triggers/pre-sign-up.zip");
    let stack = cognito! {
        stack Auth {
            lambda_function check {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                architecture: X86_64,
                code: from_bucket((bucket), (key)),
            }
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
    };
    assert_app_parity(&App::from(stack), "app_from_bucket");
}

#[test]
fn env_stacks() {
    let app = cognito! {
        stack Auth {
            env: { account: "123456789012", region: "eu-west-1" },
            lambda_function check {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: asset("tests/fixtures/cdk/cases/assets/hello"),
            }
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
        stack Api {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool_client web { user_pool: pool }
            output url { value: pool.user_pool_provider_url }
        }
    };
    assert_app_parity(&app, "app_env_stacks");
}

#[test]
fn default_no_assets() {
    let app = cognito! {
        stack Auth {
            synthesizer: DEFAULT,
            user_pool pool {}
        }
        stack Api {
            synthesizer: DefaultStackSynthesizer,
            parameter clientname { type: "String", default: "web" }
            user_pool_client web { user_pool: pool, user_pool_client_name: clientname.value_as_string }
            output poolarn { value: pool.user_pool_arn }
        }
    };
    assert_app_parity(&app, "app_default_no_assets");
}

#[test]
fn rust_trigger() {
    let app = cognito! {
        stack Auth {
            // The CDK's order (a function is created before the pool that takes it): the
            // template's bytes, and so its hash in the manifest, are the CDK's.
            lambda_function check {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                architecture: ARM_64,
                code: asset("tests/fixtures/cdk/cases/assets/bootstrap.zip"),
            }
            user_pool pool { triggers: { pre_sign_up: check } }
        }
        stack Api {
            user_pool_client web { user_pool: pool }
        }
    };
    assert_app_parity(&app, "app_rust_trigger");
}

#[test]
fn tenants() {
    let app = cognito! {
        stack Shared {
            lambda_function presignup {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                architecture: ARM_64,
                code: asset("tests/fixtures/cdk/cases/assets/bootstrap.zip"),
                environment: { ALLOWED_DOMAIN: "example.com" },
            }
        }
        stack Tenants1 {
            synthesizer: DEFAULT,
            user_pool t0001 {
                user_pool_name: "tenant-t0001",
                sign_in_aliases: { email },
                self_sign_up_enabled: true,
                lambda_triggers: { pre_sign_up: presignup },
                client web1 as "web" { generate_secret: false }
            }
            output t0001pool { value: t0001.user_pool_id }
            output t0001client { value: web1.user_pool_client_id }
            user_pool t0002 {
                user_pool_name: "tenant-t0002",
                sign_in_aliases: { email },
                self_sign_up_enabled: true,
                lambda_triggers: { pre_sign_up: presignup },
                client web2 as "web" { generate_secret: false }
            }
            output t0002pool { value: t0002.user_pool_id }
            output t0002client { value: web2.user_pool_client_id }
        }
        stack Tenants2 {
            synthesizer: DEFAULT,
            user_pool t0003 {
                user_pool_name: "tenant-t0003",
                sign_in_aliases: { email },
                self_sign_up_enabled: true,
                lambda_triggers: { pre_sign_up: presignup },
                client web3 as "web" { generate_secret: false }
            }
            output t0003pool { value: t0003.user_pool_id }
            output t0003client { value: web3.user_pool_client_id }
        }
    };
    assert_app_parity(&app, "app_tenants");
}

#[test]
fn group_role_other_stack() {
    let app = cognito! {
        stack Roles {
            role adminrole { assumed_by: service_principal("cognito-idp.amazonaws.com") }
        }
        stack Auth {
            user_pool pool {
                group admins { group_name: "admins", role: adminrole, precedence: 1 }
            }
        }
    };
    assert_app_parity(&app, "app_group_role_other_stack");
}

#[test]
fn domain_other_stack() {
    let app = cognito! {
        stack Auth {
            user_pool pool {
                client web {
                    o_auth: {
                        flows: { authorization_code_grant },
                        callback_urls: ["https://app.example.com/cb"],
                    },
                }
            }
        }
        stack Hosted {
            user_pool_domain login { user_pool: pool, cognito_domain: { domain_prefix: "my-app-login" } }
            output signin { value: login.sign_in_url(web, redirect_uri: "https://app.example.com/cb") }
            output base { value: login.base_url }
        }
    };
    assert_app_parity(&app, "app_domain_other_stack");
}

#[test]
fn a_client_lists_the_providers_an_earlier_stack_registered_on_its_pool() {
    let app = cognito! {
        stack Auth {
            user_pool pool {}
            user_pool_identity_provider_google google {
                user_pool: pool,
                client_id: "google-client-id",
                client_secret_value: unsafe_plain_text("secret"),
            }
            user_pool_identity_provider_oidc corp {
                user_pool: pool,
                client_id: "corp",
                client_secret: "secret",
                issuer_url: "https://login.corp.example.com",
            }
        }
        stack Api {
            user_pool_identity_provider_amazon amazon {
                user_pool: pool,
                client_id: "amzn-client",
                client_secret: "secret",
            }
            user_pool_client web { user_pool: pool }
        }
    };
    assert_app_parity(&app, "app_providers_other_stack");
}

#[test]
fn an_identity_pool_adds_its_providers_clients_to_pools_of_earlier_stacks() {
    // `Pool`'s client goes into `Auth`, under the pool (before `admins`), and `Ids` imports
    // its id; `Local`'s stays in `Ids`.
    let app = cognito! {
        stack Auth {
            user_pool Pool { client web {} }
            user_pool_group admins { user_pool: Pool, group_name: "admins" }
        }
        stack Ids {
            user_pool Local {}
            identity_pool Ids {
                authentication_providers: { user_pools: [{ user_pool: Pool }, { user_pool: Local }] },
            }
        }
    };
    assert_app_parity(&app, "app_identity_pool_client_other_stack");
}

#[test]
fn a_grant_to_a_role_of_an_earlier_stack_goes_into_the_roles_stack() {
    // The statements go into `Admin`'s and `Sync`'s default policies, in `Auth` (after the
    // statement of `Staff`'s grant), which imports `Pool`'s ARN and depends on `Api`.
    let app = cognito! {
        stack Auth {
            role Admin { assumed_by: service_principal("lambda.amazonaws.com") }
            lambda_function Sync {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: inline("exports.handler = async () => {};"),
            }
            user_pool Staff { grant Admin { actions: ["cognito-idp:ListUsers"] } }
        }
        stack Api {
            user_pool Pool {
                grant Admin { actions: ["cognito-idp:AdminGetUser", "cognito-idp:AdminDisableUser"] }
                grant Sync { actions: ["cognito-idp:AdminUpdateUserAttributes"] }
            }
        }
    };
    assert_app_parity(&app, "app_grant_other_stack");
}

#[test]
fn a_grant_to_a_function_of_a_later_stack_goes_into_the_functions_stack() {
    let app = cognito! {
        stack Auth {
            user_pool Pool { grant Fn { actions: ["cognito-idp:AdminGetUser"] } }
        }
        stack Api {
            lambda_function Fn {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: inline("exports.handler = async () => {};"),
            }
        }
    };
    assert_app_parity(&app, "app_grant_forward_reference");
}

#[test]
fn a_stacks_tags_go_into_its_artifact() {
    let app = cognito! {
        stack Auth {
            tags: { team: "auth", Owner: "platform" },
            user_pool pool { sign_in_aliases: { phone } }
        }
        stack Other {
            user_pool pool2 {}
        }
    };
    assert_app_parity(&app, "app_stack_tags_manifest");
}

#[test]
fn a_literal_from_another_stack_makes_no_dependency() {
    let app = cognito! {
        stack Auth {
            user_pool pool {
                client web { user_pool_client_name: "web-client" }
            }
        }
        stack Api {
            user_pool pad {}
            output name { value: web.user_pool_client_name }
        }
    };
    assert_app_parity(&app, "app_literal_reference");
}
