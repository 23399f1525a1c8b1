//! The programs `cognito import` prints for a few CDK stacks, as a person would read them:
//! the seed's pool, a stack with federation, an identity pool, Lambda triggers, items made
//! on their own (`user_pool_client ID { user_pool: POOL }`), resources in a `cfn_resource`,
//! the stack's tags and items' own.
//! `COGNITO_BLESS=1` rewrites `tests/snapshots/NAME.rs` (then read the diff).

use std::path::Path;

fn snapshot(fixture: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    snapshot_of(fixture, &root.join("../tests/fixtures/cdk/expected/cli").join(format!("{fixture}.json")));
}

/// The snapshot of the template at `input`.
fn snapshot_of(fixture: &str, input: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let import = cognito_cli::import(&std::fs::read_to_string(input).unwrap()).unwrap();
    assert_eq!(import.proof, Ok(()), "{fixture}: the program must give the template");
    let path = root.join("tests/snapshots").join(format!("{fixture}.rs"));
    if std::env::var_os("COGNITO_BLESS").is_some() {
        std::fs::write(&path, &import.program).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        import.program,
        want,
        "{fixture}: the printed program changed; COGNITO_BLESS=1 rewrites {}",
        path.display()
    );
}

#[test]
fn seed() {
    snapshot("x_dsl_md_seed");
}

#[test]
fn federation() {
    snapshot("x_client_default_idps_google_oidc");
}

#[test]
fn identity_pool() {
    snapshot("x_identitypool_user_pool_explicit_client");
}

#[test]
fn outputs_and_parameters() {
    snapshot("tokens_parameters");
}

/// The CDK's `triggers` case as `cdk synth` writes it without the recommended feature flags
/// (`ORACLE_PATH_METADATA=1 node synth.js cases/triggers.js`: no log group per function):
/// functions as `lambda_function`, the pool's `lambda_triggers` naming them.
#[test]
fn triggers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    snapshot_of("triggers", &root.join("tests/fixtures/triggers.paths.json"));
}

#[test]
fn items_on_their_own() {
    snapshot("x_resource_server_toplevel_named");
}

/// A user in three groups: one of the pool, one made on its own, one imported by its name.
#[test]
fn user_in_groups() {
    snapshot("x_user_groups");
}

/// A user written as CloudFormation has it (`new CfnResource(pool, 'Alice', …)`), holding
/// what was made in its scope: its membership and a construct with a log group.
#[test]
fn resources_in_a_resource() {
    snapshot("x_cfn_resource_nested");
}

/// `Tags.of(stack)`: the tags every tagged resource carries become the stack's `tags` (the
/// pool then makes its SMS role itself, tags and all).
#[test]
fn stack_tags() {
    snapshot("x_tags_stack");
}

/// `Tags.of(pool)`, `Tags.of(fn)`, `Tags.of(identityPool)`: each item's own `tags` (which the
/// CDK gives the roles and log groups below it too); a construct id that is a keyword (`fn`)
/// is named `fn_ as "fn"`, so the pool's trigger can name it.
#[test]
fn item_tags() {
    snapshot("x_tags");
}
