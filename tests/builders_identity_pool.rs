//! Parity with the AWS CDK for identity pools (created and imported), their providers and
//! role mappings, through the runtime builders.

mod common;

use cognito::*;
use common::*;

fn providers(p: IdentityPoolAuthenticationProviders) -> Option<IdentityPoolAuthenticationProviders> {
    Some(p)
}

fn user_pools(list: Vec<UserPoolAuthenticationProvider>) -> Option<IdentityPoolAuthenticationProviders> {
    providers(IdentityPoolAuthenticationProviders { user_pools: Some(list), ..Default::default() })
}

/// Adds identity pool `id` with the user pool providers `list`.
fn add_identity_pool(s: &mut Stack, id: &str, list: Vec<UserPoolAuthenticationProvider>) -> NodeId {
    s.add(id, IdentityPool { authentication_providers: user_pools(list), ..Default::default() })
}

fn amazon(app_id: &str) -> Option<IdentityPoolAmazonLoginProvider> {
    Some(IdentityPoolAmazonLoginProvider { app_id: app_id.into() })
}

fn google(client_id: &str) -> Option<IdentityPoolGoogleLoginProvider> {
    Some(IdentityPoolGoogleLoginProvider { client_id: client_id.into() })
}

fn token_mapping(url: IdentityPoolProviderUrl, key: Option<&str>) -> IdentityPoolRoleMapping {
    IdentityPoolRoleMapping {
        provider_url: url,
        mapping_key: key.map(str::to_owned),
        use_token: Some(true),
        ..Default::default()
    }
}

fn rule(
    claim: &str,
    value: &str,
    role: impl Into<Arn>,
    match_type: Option<RoleMappingMatchType>,
) -> RoleMappingRule {
    RoleMappingRule { claim: claim.into(), claim_value: value.into(), mapped_role: role.into(), match_type }
}

fn output(s: &mut Stack, id: &str, value: Value) {
    s.add(id, Output { value, ..Output::default() });
}

/// A stack with `pool` as `IdentityPool`.
fn identity_pool(pool: IdentityPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("IdentityPool", pool);
    s
}

/// A stack that imports an identity pool as `Imported` and outputs its id and ARN.
fn imported(s: &mut Stack, import: ImportedIdentityPool) {
    let pool = s.add("Imported", import);
    output(s, "IdentityPoolId", Value::attr(pool, Attr::IdentityPoolId));
    output(s, "IdentityPoolArn", Value::attr(pool, Attr::IdentityPoolArn));
}

#[test]
fn x_identitypool_minimal() {
    assert_parity(&identity_pool(IdentityPool::default()), "x_identitypool_minimal");
}

#[test]
fn x_identitypool_name_unauth_classic() {
    let s = identity_pool(IdentityPool {
        identity_pool_name: Some("my-identity-pool".into()),
        allow_unauthenticated_identities: Some(true),
        allow_classic_flow: Some(true),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_name_unauth_classic");
}

#[test]
fn x_identitypool_providers() {
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            amazon: amazon("amzn1.application.12345"),
            facebook: Some(IdentityPoolFacebookLoginProvider { app_id: "1234567890".into() }),
            google: google("12345.apps.googleusercontent.com"),
            apple: Some(IdentityPoolAppleLoginProvider { services_id: "com.example.service".into() }),
            twitter: Some(IdentityPoolTwitterLoginProvider {
                consumer_key: "twitter-key".into(),
                consumer_secret: "twitter-secret".into(),
            }),
            custom_provider: Some("my.provider".into()),
            ..Default::default()
        }),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_providers");
}

#[test]
fn x_identitypool_user_pool_auto_client() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    add_identity_pool(&mut s, "IdentityPool", vec![UserPoolAuthenticationProvider::new(pool)]);
    assert_parity(&s, "x_identitypool_user_pool_auto_client");
}

#[test]
fn x_identitypool_user_pool_explicit_client() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let client = s.add_child(pool, "Client", UserPoolClient::default());
    add_identity_pool(
        &mut s,
        "IdentityPool",
        vec![UserPoolAuthenticationProvider {
            user_pool: pool.into(),
            user_pool_client: Some(client.into()),
            disable_server_side_token_check: Some(true),
        }],
    );
    assert_parity(&s, "x_identitypool_user_pool_explicit_client");
}

#[test]
fn x_identitypool_role_mappings() {
    let admin = "arn:aws:iam::123456789012:role/admin";
    let user = "arn:aws:iam::123456789012:role/user";
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            amazon: amazon("amzn1.application.12345"),
            google: google("12345.apps.googleusercontent.com"),
            ..Default::default()
        }),
        role_mappings: Some(vec![
            token_mapping(IdentityPoolProviderUrl::Amazon, Some("amazon")),
            IdentityPoolRoleMapping {
                provider_url: IdentityPoolProviderUrl::Google,
                resolve_ambiguous_roles: Some(true),
                rules: Some(vec![
                    rule("custom:role", "admin", admin, Some(RoleMappingMatchType::Equals)),
                    rule("email", "@example.com", user, Some(RoleMappingMatchType::Contains)),
                ]),
                ..Default::default()
            },
        ]),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_role_mappings");
}

#[test]
fn x_identitypool_import_output() {
    let mut s = Stack::new("Stack");
    imported(&mut s, ImportedIdentityPool::FromId("us-east-1:12345678-1234-1234-1234-123456789012".into()));
    assert_stricter_without_resources(&s, "x_identitypool_import_output");
}

fn cognito_identity_role() -> Role {
    Role { assumed_by: Principal::Service("cognito-identity.amazonaws.com".into()), ..Role::default() }
}

#[test]
fn x_identitypool_custom_roles() {
    let mut s = Stack::new("Stack");
    let role = s.add("AuthRole", cognito_identity_role());
    s.add(
        "IdentityPool",
        IdentityPool {
            authenticated_role: Some(ItemRef::from(role).into()),
            unauthenticated_role: Some("arn:aws:iam::123456789012:role/guest".into()),
            allow_unauthenticated_identities: Some(true),
            allow_classic_flow: Some(false),
            ..Default::default()
        },
    );
    assert_parity(&s, "x_identitypool_custom_roles");
}

#[test]
fn x_identitypool_one_custom_role() {
    let s = identity_pool(IdentityPool {
        unauthenticated_role: Some("arn:aws:iam::123456789012:role/guest".into()),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_one_custom_role");
}

#[test]
fn x_identitypool_oidc_saml() {
    let saml = "arn:aws:iam::123456789012:saml-provider/corp";
    let role = "arn:aws:iam::123456789012:role/mapped";
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            open_id_connect_providers: Some(vec![
                "arn:aws:iam::123456789012:oidc-provider/example.com".into(),
            ]),
            saml_providers: Some(vec![saml.into()]),
            custom_provider: Some("login.example".into()),
            ..Default::default()
        }),
        role_mappings: Some(vec![
            IdentityPoolRoleMapping {
                provider_url: IdentityPoolProviderUrl::OpenId("example.com".into()),
                rules: Some(vec![
                    rule("sub", "a", role, None),
                    rule("group", "adm", role, Some(RoleMappingMatchType::StartsWith)),
                    rule("tier", "free", role, Some(RoleMappingMatchType::NotEqual)),
                ]),
                ..Default::default()
            },
            token_mapping(IdentityPoolProviderUrl::Saml(saml.into()), Some("corp")),
            IdentityPoolRoleMapping {
                resolve_ambiguous_roles: Some(true),
                ..token_mapping(IdentityPoolProviderUrl::Custom("login.example".into()), None)
            },
        ]),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_oidc_saml");
}

/// `x_identitypool_role_mapping_user_pool`, the mapping naming the client or not (`user_pool(pool)`:
/// the client of this identity pool's provider for the pool).
fn role_mapping_user_pool(name_the_client: bool) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let client = s.add_child(pool, "Client", UserPoolClient::default());
    let admin = s.add("Admin", cognito_identity_role());
    s.add(
        "IdentityPool",
        IdentityPool {
            authentication_providers: user_pools(vec![UserPoolAuthenticationProvider {
                user_pool_client: Some(client.into()),
                ..UserPoolAuthenticationProvider::new(pool)
            }]),
            role_mappings: Some(vec![IdentityPoolRoleMapping {
                provider_url: IdentityPoolProviderUrl::UserPool {
                    user_pool: pool.into(),
                    user_pool_client: name_the_client.then(|| client.into()),
                },
                mapping_key: Some("cognito".into()),
                rules: Some(vec![rule("custom:role", "admin", ItemRef::from(admin), None)]),
                ..Default::default()
            }]),
            ..Default::default()
        },
    );
    s
}

#[test]
fn x_identitypool_role_mapping_user_pool() {
    assert_parity(&role_mapping_user_pool(true), "x_identitypool_role_mapping_user_pool");
}

#[test]
fn x_identitypool_role_mapping_user_pool_without_client() {
    assert_parity(&role_mapping_user_pool(false), "x_identitypool_role_mapping_user_pool");
}

#[test]
fn x_identitypool_role_mapping_imported() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Pool",
        ImportedUserPool::FromArn(
            "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc123".into(),
        ),
    );
    let client = s.add("Client", ImportedUserPoolClient { user_pool_client_id: "client123".into() });
    s.add(
        "IdentityPool",
        IdentityPool {
            authentication_providers: user_pools(vec![UserPoolAuthenticationProvider {
                user_pool_client: Some(client.into()),
                ..UserPoolAuthenticationProvider::new(pool)
            }]),
            role_mappings: Some(vec![token_mapping(
                IdentityPoolProviderUrl::UserPool {
                    user_pool: pool.into(),
                    user_pool_client: Some(client.into()),
                },
                Some("cognito"),
            )]),
            ..Default::default()
        },
    );
    assert_parity(&s, "x_identitypool_role_mapping_imported");
}

#[test]
fn x_identitypool_imported_pool_auto_client() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123".into()));
    add_identity_pool(&mut s, "IdentityPool", vec![UserPoolAuthenticationProvider::new(pool)]);
    assert_parity(&s, "x_identitypool_imported_pool_auto_client");
}

#[test]
fn x_identitypool_two_pools() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_child(pool, "web", UserPoolClient::default());
    s.add_child(pool, "Api", UserPoolResourceServer { identifier: "api".into(), ..Default::default() });
    let other = s.add("OtherPool", UserPool::default());
    add_identity_pool(
        &mut s,
        "IdentityPool",
        vec![
            UserPoolAuthenticationProvider::new(pool),
            UserPoolAuthenticationProvider {
                disable_server_side_token_check: Some(true),
                ..UserPoolAuthenticationProvider::new(other)
            },
        ],
    );
    // Added after the identity pool, and waited for all the same: the dependency is on the
    // whole pool.
    s.add_child(pool, "later", UserPoolClient::default());
    assert_parity(&s, "x_identitypool_two_pools");
}

#[test]
fn x_identitypool_empty_lists() {
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            open_id_connect_providers: Some(vec![]),
            saml_providers: Some(vec![]),
            user_pools: Some(vec![]),
            ..Default::default()
        }),
        role_mappings: Some(vec![]),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_empty_lists");
}

#[test]
fn x_identitypool_duplicate_mapping_key() {
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            amazon: amazon("amzn1.application.1"),
            google: google("g.apps.googleusercontent.com"),
            ..Default::default()
        }),
        role_mappings: Some(vec![
            token_mapping(IdentityPoolProviderUrl::Amazon, Some("k")),
            token_mapping(IdentityPoolProviderUrl::Google, None),
            IdentityPoolRoleMapping {
                resolve_ambiguous_roles: Some(true),
                ..token_mapping(IdentityPoolProviderUrl::Google, Some("k"))
            },
        ]),
        ..Default::default()
    });
    assert_parity(&s, "x_identitypool_duplicate_mapping_key");
}

#[test]
fn x_identitypool_attributes() {
    let mut s = Stack::new("Stack");
    let pool = s
        .add("IdentityPool", IdentityPool { identity_pool_name: Some("named".into()), ..Default::default() });
    output(&mut s, "Id", Value::attr(pool, Attr::IdentityPoolId));
    output(&mut s, "Arn", Value::attr(pool, Attr::IdentityPoolArn));
    output(&mut s, "Name", Value::attr(pool, Attr::IdentityPoolName));
    assert_parity(&s, "x_identitypool_attributes");
}

#[test]
fn x_identitypool_import_arn() {
    let mut s = Stack::new("Stack");
    imported(
        &mut s,
        ImportedIdentityPool::FromArn(
            "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/eu-west-1:12345678-1234-1234-1234-123456789012"
                .into(),
        ),
    );
    assert_stricter_without_resources(&s, "x_identitypool_import_arn");
}

#[test]
fn x_identitypool_import_arn_token() {
    let mut s = Stack::new("Stack");
    imported(&mut s, ImportedIdentityPool::FromArn(Value::import_value("IdentityPoolArn")));
    assert_stricter_without_resources(&s, "x_identitypool_import_arn_token");
}

fn eu_west_1() -> Stack {
    Stack::new("Stack")
        .with_env(Env { account: Some("123456789012".into()), region: Some("eu-west-1".into()) })
}

#[test]
fn x_identitypool_import_env() {
    let mut s = eu_west_1();
    imported(&mut s, ImportedIdentityPool::FromId("eu-west-1:12345678-1234-1234-1234-123456789012".into()));
    assert_stricter_without_resources(&s, "x_identitypool_import_env");
}

#[test]
fn x_err_identitypool_import_id_format() {
    let mut s = Stack::new("Stack");
    s.add("Imported", ImportedIdentityPool::FromId("idPool".into()));
    assert_rejected(&s, "x_err_identitypool_import_id_format", "identity_pool.import.id_format");
}

#[test]
fn x_err_identitypool_import_region() {
    let mut s = eu_west_1();
    s.add("Imported", ImportedIdentityPool::FromId("us-east-1:12345678-1234-1234-1234-123456789012".into()));
    assert_rejected(&s, "x_err_identitypool_import_region", "identity_pool.import.region");
}

#[test]
fn x_err_identitypool_import_arn_region() {
    let mut s = Stack::new("Stack");
    s.add(
        "Imported",
        ImportedIdentityPool::FromArn(
            "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/us-east-1:abc".into(),
        ),
    );
    assert_rejected(&s, "x_err_identitypool_import_arn_region", "identity_pool.import.region");
}

#[test]
fn x_err_identitypool_import_arn_no_resource() {
    let mut s = Stack::new("Stack");
    s.add(
        "Imported",
        ImportedIdentityPool::FromArn("arn:aws:cognito-identity:eu-west-1:123456789012:identitypool".into()),
    );
    assert_rejected(&s, "x_err_identitypool_import_arn_no_resource", "identity_pool.import.arn");
}

#[test]
fn x_err_identitypool_import_not_arn() {
    let mut s = Stack::new("Stack");
    s.add("Imported", ImportedIdentityPool::FromArn("eu-west-1:abc".into()));
    assert_rejected(&s, "x_err_identitypool_import_not_arn", "identity_pool.import.arn");
}

/// A pool `Pool` with a client `Client`, and an identity pool using them with `mappings`.
fn pool_client_mappings(mappings: Vec<IdentityPoolRoleMapping>) -> (Stack, NodeId, NodeId) {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let client = s.add_child(pool, "Client", UserPoolClient::default());
    s.add(
        "IdentityPool",
        IdentityPool {
            authentication_providers: user_pools(vec![UserPoolAuthenticationProvider {
                user_pool_client: Some(client.into()),
                ..UserPoolAuthenticationProvider::new(pool)
            }]),
            role_mappings: Some(mappings),
            ..Default::default()
        },
    );
    (s, pool, client)
}

#[test]
fn x_err_identitypool_mapping_key_token() {
    let url = IdentityPoolProviderUrl::UserPool {
        user_pool: "Pool".into(),
        user_pool_client: Some("Client".into()),
    };
    let (s, _, _) = pool_client_mappings(vec![token_mapping(url, None)]);
    assert_rejected(&s, "x_err_identitypool_mapping_key_token", "identity_pool.role_mapping.key");
}

/// An identity pool with Login with Amazon and the one role mapping `m`.
fn amazon_with_mapping(m: IdentityPoolRoleMapping) -> Stack {
    identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            amazon: amazon("amzn1.application.1"),
            ..Default::default()
        }),
        role_mappings: Some(vec![m]),
        ..Default::default()
    })
}

#[test]
fn x_err_identitypool_rules_missing() {
    let s = amazon_with_mapping(IdentityPoolRoleMapping {
        provider_url: IdentityPoolProviderUrl::Amazon,
        ..Default::default()
    });
    assert_rejected(&s, "x_err_identitypool_rules_missing", "identity_pool.role_mapping.rules_missing");
}

#[test]
fn x_err_identitypool_duplicate_auto_client() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    for id in ["One", "Two"] {
        add_identity_pool(&mut s, id, vec![UserPoolAuthenticationProvider::new(pool)]);
    }
    assert_rejected(&s, "x_err_identitypool_duplicate_auto_client", "identity_pool.user_pool.client_taken");
}

#[test]
fn x_identitypool_rules_empty() {
    let s = amazon_with_mapping(IdentityPoolRoleMapping {
        provider_url: IdentityPoolProviderUrl::Amazon,
        rules: Some(vec![]),
        ..Default::default()
    });
    assert_stricter(&s, "x_identitypool_rules_empty", "identity_pool.role_mapping.rules_count");
}

#[test]
fn x_identitypool_saml_bad_arn() {
    let s = identity_pool(IdentityPool {
        authentication_providers: providers(IdentityPoolAuthenticationProviders {
            saml_providers: Some(vec!["arn:us-east-1:iam::123456789012:saml-provider/mytest".into()]),
            ..Default::default()
        }),
        ..Default::default()
    });
    assert_stricter(&s, "x_identitypool_saml_bad_arn", "identity_pool.provider_arn");
}

#[test]
fn x_identitypool_name_invalid() {
    let s = identity_pool(IdentityPool { identity_pool_name: Some("my pool!".into()), ..Default::default() });
    assert_stricter(&s, "x_identitypool_name_invalid", "identity_pool.name.schema");
}

#[test]
fn x_identitypool_mapping_not_configured() {
    let s = amazon_with_mapping(token_mapping(IdentityPoolProviderUrl::Facebook, None));
    assert_stricter(&s, "x_identitypool_mapping_not_configured", "identity_pool.role_mapping.not_configured");
}
