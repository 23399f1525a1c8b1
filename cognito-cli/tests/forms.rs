//! What `cognito import` writes for a CDK idiom whose template the language can say in its own
//! words: for each fixture, the lines the printed block must hold (the round trip of every
//! fixture, `tests/round_trip.rs`, proves each block gives its template; this says which
//! words it uses).

use std::path::Path;

fn block(fixture: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../tests/fixtures/cdk/expected/cli/{fixture}.json"));
    let import = cognito_cli::import(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(import.proof, Ok(()), "{fixture}: the block must give the template\n{}", import.block);
    import.block
}

#[test]
fn idioms_in_their_own_words() {
    for (fixture, lines) in [
        // `enableSmsRole: true` where nothing else needs SMS: the role the pool makes.
        ("sms_role_enable_true", &["user_pool myuserpool {", "enable_sms_role: true,"][..]),
        // `pool.grant(fn, …)`: the function's service role's default policy.
        (
            "x_grant_fn",
            &["grant fn_ {", "actions: [\"cognito-idp:AdminGetUser\"],", "lambda_function fn_ as \"fn\" {"],
        ),
        // `identityPool.authenticatedRole.addToPrincipalPolicy(…)`.
        (
            "x_identitypool_role_statements",
            &["authenticated_role_statements: [", "unauthenticated_role_statements: ["],
        ),
        // `new CfnIdentityPoolPrincipalTag(identityPool, …)`.
        (
            "x_principal_tags",
            &["principal_tags PoolTags {", "identity_provider_name: Pool.user_pool_provider_name,"],
        ),
        // `pool.addTrigger(PRE_TOKEN_GENERATION_CONFIG, fn, V3_0)`.
        ("x_trigger_pre_token_v3_plus", &["trigger pre_token_generation_config {", "lambda_version: V3_0,"]),
        // A trigger whose permission waits for a role (`permission.node.addDependency(audit)`).
        ("x_trigger_depends_on_tags", &["trigger pre_sign_up {", "depends_on: [Audit],", "function: fn_,"]),
        // A runtime a parameter gives (`new lambda.Runtime(param.valueAsString, …)`).
        ("x_nag_lambda", &["lambda_function FromParameter {", "runtime: reference(\"RuntimeName\"),"]),
        // The custom senders and their key.
        (
            "x_custom_sender_kms",
            &["lambda_triggers: { custom_email_sender: SenderFn, custom_sms_sender: SenderFn },"],
        ),
        // A group role a federated principal assumes, named by the group.
        (
            "x_group_role_federated_conditions",
            &["role: GroupRole,", "assumed_by: federated_principal(\"cognito-identity.amazonaws.com\", {"],
        ),
        // `new UserPoolClient(new Construct(pool, 'Extra'), 'web', { userPool: pool })`.
        ("x_construct_in_pool", &["construct Extra {", "user_pool_client web {", "user_pool: Pool,"]),
        // A `Cfn*` item's list of structs, for every client, in an imported pool.
        ("x_log_delivery", &["log_delivery Logs {", "log_configurations: ["]),
        ("x_ui_customization", &["ui_customization AllCss {"]),
        ("x_replica", &["user_pool Pool = from_user_pool_id(\"us-east-1_abc123XYZ\") {", "replica West {"]),
    ] {
        let block = block(fixture);
        for line in lines {
            assert!(
                block.lines().any(|l| l.trim() == *line || l.trim().starts_with(line)),
                "{fixture}: no line `{line}` in\n{block}"
            );
        }
    }
}
