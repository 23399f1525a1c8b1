//! Parity with the AWS CDK for identity pools (created and imported), their providers and
//! role mappings, through `cognito!`.

mod common;

use cognito::cognito;
use common::*;

#[test]
fn x_identitypool_minimal() {
    let stack = cognito! { identity_pool IdentityPool {} };
    assert_parity(&stack, "x_identitypool_minimal");
}

#[test]
fn x_identitypool_name_unauth_classic() {
    let stack = cognito! {
        identity_pool IdentityPool {
            identity_pool_name: "my-identity-pool",
            allow_unauthenticated_identities: true,
            allow_classic_flow: true,
        }
    };
    assert_parity(&stack, "x_identitypool_name_unauth_classic");
}

#[test]
fn x_identitypool_providers() {
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: {
                amazon: { app_id: "amzn1.application.12345" },
                facebook: { app_id: "1234567890" },
                google: { client_id: "12345.apps.googleusercontent.com" },
                apple: { services_id: "com.example.service" },
                twitter: { consumer_key: "twitter-key", consumer_secret: "twitter-secret" },
                custom_provider: "my.provider",
            },
        }
    };
    assert_parity(&stack, "x_identitypool_providers");
}

#[test]
fn x_identitypool_user_pool_auto_client() {
    let stack = cognito! {
        user_pool Pool {}
        identity_pool IdentityPool {
            authentication_providers: { user_pools: [{ user_pool: Pool }] },
        }
    };
    assert_parity(&stack, "x_identitypool_user_pool_auto_client");
}

#[test]
fn x_identitypool_user_pool_explicit_client() {
    let stack = cognito! {
        user_pool Pool {
            client Client {}
        }
        identity_pool IdentityPool {
            authentication_providers: {
                user_pools: [
                    user_pool_authentication_provider {
                        user_pool: Pool,
                        user_pool_client: Client,
                        disable_server_side_token_check: true,
                    },
                ],
            },
        }
    };
    assert_parity(&stack, "x_identitypool_user_pool_explicit_client");
}

#[test]
fn x_identitypool_role_mappings() {
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: {
                amazon: { app_id: "amzn1.application.12345" },
                google: { client_id: "12345.apps.googleusercontent.com" },
            },
            role_mappings: [
                { provider_url: IdentityPoolProviderUrl::AMAZON, mapping_key: "amazon", use_token: true },
                {
                    provider_url: GOOGLE,
                    resolve_ambiguous_roles: true,
                    rules: [
                        {
                            claim: "custom:role",
                            claim_value: "admin",
                            mapped_role: "arn:aws:iam::123456789012:role/admin",
                            match_type: RoleMappingMatchType::EQUALS,
                        },
                        {
                            claim: "email",
                            claim_value: "@example.com",
                            mapped_role: "arn:aws:iam::123456789012:role/user",
                            match_type: CONTAINS,
                        },
                    ],
                },
            ],
        }
    };
    assert_parity(&stack, "x_identitypool_role_mappings");
}

#[test]
fn x_identitypool_import_output() {
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        identity_pool imported as "Imported" = from_identity_pool_id("us-east-1:12345678-1234-1234-1234-123456789012");
        output IdentityPoolId { value: imported.identity_pool_id }
        output IdentityPoolArn { value: imported.identity_pool_arn }
    };
    assert_parity_besides(&stack, "x_identitypool_import_output", "pad");
}

#[test]
fn x_identitypool_custom_roles() {
    let stack = cognito! {
        role AuthRole { assumed_by: service_principal("cognito-identity.amazonaws.com") }
        identity_pool IdentityPool {
            authenticated_role: AuthRole,
            unauthenticated_role: "arn:aws:iam::123456789012:role/guest",
            allow_unauthenticated_identities: true,
            allow_classic_flow: false,
        }
    };
    assert_parity(&stack, "x_identitypool_custom_roles");
}

#[test]
fn x_identitypool_one_custom_role() {
    let stack = cognito! {
        identity_pool IdentityPool { unauthenticated_role: "arn:aws:iam::123456789012:role/guest" }
    };
    assert_parity(&stack, "x_identitypool_one_custom_role");
}

#[test]
fn x_identitypool_oidc_saml() {
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: {
                open_id_connect_providers: ["arn:aws:iam::123456789012:oidc-provider/example.com"],
                saml_providers: ["arn:aws:iam::123456789012:saml-provider/corp"],
                custom_provider: "login.example",
            },
            role_mappings: [
                {
                    provider_url: open_id("example.com"),
                    rules: [
                        { claim: "sub", claim_value: "a", mapped_role: "arn:aws:iam::123456789012:role/mapped" },
                        {
                            claim: "group",
                            claim_value: "adm",
                            mapped_role: "arn:aws:iam::123456789012:role/mapped",
                            match_type: STARTS_WITH,
                        },
                        {
                            claim: "tier",
                            claim_value: "free",
                            mapped_role: "arn:aws:iam::123456789012:role/mapped",
                            match_type: NOTEQUAL,
                        },
                    ],
                },
                {
                    provider_url: IdentityPoolProviderUrl::saml("arn:aws:iam::123456789012:saml-provider/corp"),
                    mapping_key: "corp",
                    use_token: true,
                },
                { provider_url: custom("login.example"), use_token, resolve_ambiguous_roles },
            ],
        }
    };
    assert_parity(&stack, "x_identitypool_oidc_saml");
}

#[test]
fn x_identitypool_role_mapping_user_pool() {
    let stack = cognito! {
        user_pool Pool {
            client Client {}
        }
        role Admin { assumed_by: service_principal("cognito-identity.amazonaws.com") }
        identity_pool IdentityPool {
            authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Client }] },
            role_mappings: [{
                provider_url: user_pool(Pool, Client),
                mapping_key: "cognito",
                rules: [{ claim: "custom:role", claim_value: "admin", mapped_role: Admin }],
            }],
        }
    };
    assert_parity(&stack, "x_identitypool_role_mapping_user_pool");
}

#[test]
fn x_identitypool_role_mapping_user_pool_without_client() {
    // `user_pool(Pool)`: the client of this identity pool's provider for `Pool`.
    let stack = cognito! {
        user_pool Pool {
            client Client {}
        }
        role Admin { assumed_by: service_principal("cognito-identity.amazonaws.com") }
        identity_pool IdentityPool {
            authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Client }] },
            role_mappings: [{
                provider_url: user_pool(Pool),
                mapping_key: "cognito",
                rules: [{ claim: "custom:role", claim_value: "admin", mapped_role: Admin }],
            }],
        }
    };
    assert_parity(&stack, "x_identitypool_role_mapping_user_pool");
}

#[test]
fn x_identitypool_role_mapping_imported() {
    let stack = cognito! {
        user_pool Pool = from_user_pool_arn("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc123");
        user_pool_client Client = from_user_pool_client_id("client123");
        identity_pool IdentityPool {
            authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Client }] },
            role_mappings: [{ provider_url: user_pool(Pool, Client), mapping_key: "cognito", use_token: true }],
        }
    };
    assert_parity(&stack, "x_identitypool_role_mapping_imported");
}

#[test]
fn x_identitypool_imported_pool_auto_client() {
    let stack = cognito! {
        user_pool Pool = from_user_pool_id("us-east-1_abc123");
        identity_pool IdentityPool { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
    };
    assert_parity(&stack, "x_identitypool_imported_pool_auto_client");
}

#[test]
fn x_identitypool_two_pools() {
    // The CDK case adds `later` after the identity pool; the identity pool waits for the whole
    // pool either way, and `DependsOn` is sorted by construct path.
    let stack = cognito! {
        user_pool Pool {
            client web {}
            resource_server Api { identifier: "api" }
            client later {}
        }
        user_pool OtherPool {}
        identity_pool IdentityPool {
            authentication_providers: {
                user_pools: [
                    { user_pool: Pool },
                    { user_pool: OtherPool, disable_server_side_token_check: true },
                ],
            },
        }
    };
    let reason = "the CDK adds client `later` after the identity pool has added its provider client to the pool; nested in the pool here, `later` comes first among the pool's children";
    assert_parity_values(&stack, "x_identitypool_two_pools", reason);
}

#[test]
fn x_identitypool_empty_lists() {
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: { open_id_connect_providers: [], saml_providers: [], user_pools: [] },
            role_mappings: [],
        }
    };
    assert_parity(&stack, "x_identitypool_empty_lists");
}

#[test]
fn x_identitypool_duplicate_mapping_key() {
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: {
                amazon: { app_id: "amzn1.application.1" },
                google: { client_id: "g.apps.googleusercontent.com" },
            },
            role_mappings: [
                { provider_url: AMAZON, mapping_key: "k", use_token: true },
                { provider_url: GOOGLE, use_token: true },
                { provider_url: GOOGLE, mapping_key: "k", use_token: true, resolve_ambiguous_roles: true },
            ],
        }
    };
    assert_parity(&stack, "x_identitypool_duplicate_mapping_key");
}

#[test]
fn x_identitypool_attributes() {
    let stack = cognito! {
        identity_pool IdentityPool { identity_pool_name: "named" }
        output Id { value: IdentityPool.identity_pool_id }
        output Arn { value: IdentityPool.identity_pool_arn }
        output Name { value: IdentityPool.identity_pool_name }
    };
    assert_parity(&stack, "x_identitypool_attributes");
}

#[test]
fn x_identitypool_import_arn() {
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        identity_pool Imported = from_identity_pool_arn(
            "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/eu-west-1:12345678-1234-1234-1234-123456789012"
        );
        output IdentityPoolId { value: Imported.identity_pool_id }
        output IdentityPoolArn { value: Imported.identity_pool_arn }
    };
    assert_parity_besides(&stack, "x_identitypool_import_arn", "pad");
}

#[test]
fn x_identitypool_import_arn_token() {
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        identity_pool Imported = from_identity_pool_arn(import_value("IdentityPoolArn"));
        output IdentityPoolId { value: Imported.identity_pool_id }
        output IdentityPoolArn { value: Imported.identity_pool_arn }
    };
    assert_parity_besides(&stack, "x_identitypool_import_arn_token", "pad");
}

#[test]
fn x_identitypool_import_env() {
    let stack = cognito! {
        stack Stack {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool pad {} // a resource, as CloudFormation refuses a stack without one
            identity_pool Imported = from_identity_pool_id("eu-west-1:12345678-1234-1234-1234-123456789012");
            output IdentityPoolId { value: Imported.identity_pool_id }
            output IdentityPoolArn { value: Imported.identity_pool_arn }
        }
    };
    assert_parity_besides(&stack, "x_identitypool_import_env", "pad");
}

#[test]
fn run_time_values() {
    // `(EXPR)` values are checked by `synth`: a name given at run time, and a role ARN.
    let name = String::from("my-identity-pool");
    let stack = cognito! {
        identity_pool IdentityPool {
            identity_pool_name: (name.as_str()),
            allow_unauthenticated_identities: (true),
            allow_classic_flow: true,
        }
    };
    assert_parity(&stack, "x_identitypool_name_unauth_classic");

    let bad = "my pool!";
    let stack = cognito! { identity_pool IdentityPool { identity_pool_name: (bad) } };
    assert_stricter(&stack, "x_identitypool_name_invalid", "identity_pool.name.schema");

    let arn = "arn:aws:iam::123456789012:role/guest";
    let stack = cognito! { identity_pool IdentityPool { unauthenticated_role: (arn) } };
    assert_parity(&stack, "x_identitypool_one_custom_role");
}

#[test]
fn run_time_user_pools() {
    // Providers given at run time add their app clients when the stack is built.
    let stack = cognito! {
        user_pool Pool {}
        identity_pool IdentityPool {
            authentication_providers: {
                user_pools: (vec![cognito::UserPoolAuthenticationProvider::new("Pool")]),
            },
        }
    };
    assert_parity(&stack, "x_identitypool_user_pool_auto_client");
}

// The CDK's errors, and deploy-time failures, with run-time values (with literals they are
// compile errors: tests/ui/identity_pool).

#[test]
fn x_err_identitypool_import_id_format() {
    let id = "idPool";
    let stack = cognito! { user_pool pad {} identity_pool Imported = from_identity_pool_id((id)); };
    assert_rejected(&stack, "x_err_identitypool_import_id_format", "identity_pool.import.id_format");
}

#[test]
fn x_err_identitypool_import_region() {
    let id = "us-east-1:12345678-1234-1234-1234-123456789012";
    let stack = cognito! {
        stack Stack {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool pad {} // a resource, as CloudFormation refuses a stack without one
            identity_pool Imported = from_identity_pool_id((id));
        }
    };
    assert_rejected(&stack, "x_err_identitypool_import_region", "identity_pool.import.region");
}

#[test]
fn x_err_identitypool_import_arn_region() {
    let arn = "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/us-east-1:abc";
    let stack = cognito! { user_pool pad {} identity_pool Imported = from_identity_pool_arn((arn)); };
    assert_rejected(&stack, "x_err_identitypool_import_arn_region", "identity_pool.import.region");
}

#[test]
fn x_err_identitypool_import_arn_no_resource() {
    let arn = "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool";
    let stack = cognito! { user_pool pad {} identity_pool Imported = from_identity_pool_arn((arn)); };
    assert_rejected(&stack, "x_err_identitypool_import_arn_no_resource", "identity_pool.import.arn");
}

#[test]
fn x_err_identitypool_import_not_arn() {
    let arn = "eu-west-1:abc";
    let stack = cognito! { user_pool pad {} identity_pool Imported = from_identity_pool_arn((arn)); };
    assert_rejected(&stack, "x_err_identitypool_import_not_arn", "identity_pool.import.arn");
}

#[test]
fn x_err_identitypool_mapping_key_token() {
    let mappings = vec![cognito::IdentityPoolRoleMapping {
        provider_url: cognito::IdentityPoolProviderUrl::UserPool {
            user_pool: "Pool".into(),
            user_pool_client: Some("Client".into()),
        },
        use_token: Some(true),
        ..Default::default()
    }];
    let stack = cognito! {
        user_pool Pool {
            client Client {}
        }
        identity_pool IdentityPool {
            authentication_providers: { user_pools: [{ user_pool: Pool, user_pool_client: Client }] },
            role_mappings: (mappings),
        }
    };
    assert_rejected(&stack, "x_err_identitypool_mapping_key_token", "identity_pool.role_mapping.key");
}

#[test]
fn x_err_identitypool_rules_missing() {
    let use_token = false;
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: { amazon: { app_id: "amzn1.application.1" } },
            role_mappings: [{ provider_url: AMAZON, use_token: (use_token) }],
        }
    };
    assert_rejected(&stack, "x_err_identitypool_rules_missing", "identity_pool.role_mapping.rules_missing");
}

#[test]
fn x_err_identitypool_duplicate_auto_client() {
    let second = vec![cognito::UserPoolAuthenticationProvider::new("Pool")];
    let stack = cognito! {
        user_pool Pool {}
        identity_pool One { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
        identity_pool Two { authentication_providers: { user_pools: (second) } }
    };
    assert_rejected(
        &stack,
        "x_err_identitypool_duplicate_auto_client",
        "identity_pool.user_pool.client_taken",
    );
}

#[test]
fn x_identitypool_rules_empty() {
    let rules: Vec<cognito::RoleMappingRule> = Vec::new();
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: { amazon: { app_id: "amzn1.application.1" } },
            role_mappings: [{ provider_url: AMAZON, rules: (rules) }],
        }
    };
    assert_stricter(&stack, "x_identitypool_rules_empty", "identity_pool.role_mapping.rules_count");
}

#[test]
fn x_identitypool_saml_bad_arn() {
    let arn = "arn:us-east-1:iam::123456789012:saml-provider/mytest";
    let stack = cognito! {
        identity_pool IdentityPool { authentication_providers: { saml_providers: [(arn)] } }
    };
    assert_stricter(&stack, "x_identitypool_saml_bad_arn", "identity_pool.provider_arn");
}

#[test]
fn x_identitypool_mapping_not_configured() {
    let app_id = "amzn1.application.1";
    let stack = cognito! {
        identity_pool IdentityPool {
            authentication_providers: { amazon: { app_id: (app_id) } },
            role_mappings: [{ provider_url: FACEBOOK, use_token: true }],
        }
    };
    assert_stricter(
        &stack,
        "x_identitypool_mapping_not_configured",
        "identity_pool.role_mapping.not_configured",
    );
}

#[test]
fn every_form() {
    // The forms of cognito-macros/tests/corpus/identity_pool.cog, together.
    let stack = cognito! {
        user_pool Pool {
            client Web {}
        }
        user_pool Imported = from_user_pool_id("us-east-1_abc123");
        role Admin { assumed_by: service_principal("cognito-identity.amazonaws.com") }
        identity_pool Ids {
            identity_pool_name: "ids",
            allow_unauthenticated_identities: true,
            allow_classic_flow: false,
            authenticated_role: Admin,
            unauthenticated_role: "arn:aws:iam::123456789012:role/guest",
            authentication_providers: {
                amazon: { app_id: "amzn1.application.1" },
                twitter: { consumer_key: "k", consumer_secret: "s" },
                custom_provider: "login.example",
                open_id_connect_providers: ["arn:aws:iam::123456789012:oidc-provider/example.com"],
                saml_providers: ["arn:aws:iam::123456789012:saml-provider/corp"],
                user_pools: [
                    { user_pool: Pool, user_pool_client: Web, disable_server_side_token_check: true },
                    user_pool_authentication_provider { user_pool: Imported },
                ],
            },
            role_mappings: [
                { provider_url: user_pool(Pool, Web), mapping_key: "cognito", use_token: true },
                { provider_url: user_pool(Imported), mapping_key: "imported", use_token: true },
                {
                    provider_url: IdentityPoolProviderUrl::open_id("example.com"),
                    resolve_ambiguous_roles: true,
                    rules: [{ claim: "sub", claim_value: "a", mapped_role: Admin, match_type: STARTS_WITH }],
                },
                {
                    provider_url: AMAZON,
                    rules: [{ claim: "sub", claim_value: "b", mapped_role: "arn:aws:iam::123456789012:role/x" }],
                },
            ],
        }
        identity_pool Other = from_identity_pool_arn("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:abc");
        output Id { value: Ids.identity_pool_id }
        output Arn { value: Other.identity_pool_arn }
    };
    let t = stack.synth().unwrap();
    let id = |path: &[&str]| cognito::logical_id(path);
    let r = &t["Resources"];
    let ids = &r[id(&["Ids", "Resource"])];
    assert_eq!(ids["Properties"]["SupportedLoginProviders"]["api.twitter.com"], "k;s");
    // The imported pool's provider got its automatic client, and the identity pool waits for
    // it and for the created pool (all of it: `Web` too), sorted by construct path.
    let auto = id(&["Imported", "UserPoolAuthenticationProviderClient", "Resource"]);
    assert_eq!(ids["Properties"]["CognitoIdentityProviders"][1]["ClientId"]["Ref"], auto.as_str());
    assert_eq!(
        ids["DependsOn"],
        serde_json::json!([auto, id(&["Pool", "Resource"]), id(&["Pool", "Web", "Resource"])])
    );
    let attachment = &r[id(&["Ids", "DefaultRoleAttachment", "Resource"])]["Properties"];
    assert_eq!(attachment["Roles"]["unauthenticated"], "arn:aws:iam::123456789012:role/guest");
    assert_eq!(
        attachment["RoleMappings"]["imported"]["IdentityProvider"],
        serde_json::json!({"Fn::Join": ["", [
            "cognito-idp.",
            {"Ref": "AWS::Region"},
            ".",
            {"Ref": "AWS::URLSuffix"},
            "/us-east-1_abc123:",
            {"Ref": auto},
        ]]})
    );
    assert_eq!(
        t["Outputs"]["Arn"]["Value"],
        "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:abc"
    );
}

#[test]
fn a_statement_given_again_in_another_order_is_kept_once() {
    // The second is the first with its actions and resources reordered (and an action twice):
    // the CDK's policy document keeps the first; the third has conditions, and stays.
    let stack = cognito! {
        identity_pool ids {
            authenticated_role_statements: [
                { actions: ["s3:PutObject", "cognito-sync:*"], resources: ["arn:aws:s3:::b/1", "arn:aws:s3:::b/2"] },
                {
                    actions: ["cognito-sync:*", "s3:PutObject", "s3:PutObject"],
                    resources: ["arn:aws:s3:::b/2", "arn:aws:s3:::b/1"],
                },
                {
                    actions: ["s3:PutObject", "cognito-sync:*"],
                    resources: ["arn:aws:s3:::b/1", "arn:aws:s3:::b/2"],
                    conditions: { StringEquals: { "aws:RequestedRegion": "us-east-1" } },
                },
            ],
        }
    };
    assert_parity(&stack, "x_identitypool_statements_repeated");
}
