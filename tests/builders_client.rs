//! Parity with the AWS CDK for app clients, resource servers and imported pools and
//! clients, through the runtime builders.

#[path = "../examples/big/stack.rs"]
mod big;
mod common;

use cognito::*;
use common::*;

/// A stack with one pool `pool_id` and, under it, `client` as `client_id`.
fn pool_with_client(pool_id: &str, client_id: &str, client: UserPoolClient) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add(pool_id, UserPool::default());
    s.add_child(pool, client_id, client);
    s
}

/// A pool with `client` must be rejected as the CDK rejects `case`, by `rule`.
fn rejected(case: &str, rule: &str, client: UserPoolClient) {
    assert_rejected(&pool_with_client("Pool", "Client", client), case, rule);
}

fn o_auth(o: OAuthSettings) -> Option<OAuthSettings> {
    Some(o)
}

fn flows(code: bool, implicit: bool, client_credentials: bool) -> Option<OAuthFlows> {
    Some(OAuthFlows { authorization_code_grant: code, implicit_code_grant: implicit, client_credentials })
}

fn urls(urls: &[&str]) -> Option<Vec<Value>> {
    Some(urls.iter().map(|u| Value::from(*u)).collect())
}

fn output(value: Value) -> Output {
    Output { value, ..Output::default() }
}

#[test]
fn client_plain() {
    let s = pool_with_client("pool", "customer-app-client", UserPoolClient::default());
    assert_parity(&s, "client_plain");
}

#[test]
fn client_auth_flows() {
    let client = UserPoolClient {
        auth_flows: Some(AuthFlow { user_password: Some(true), user_srp: Some(true), ..AuthFlow::default() }),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("pool", "app-client", client), "client_auth_flows");
}

#[test]
fn client_auth_flows_empty() {
    let client = UserPoolClient { auth_flows: Some(AuthFlow::default()), ..UserPoolClient::default() };
    assert_parity(&pool_with_client("pool", "app-client", client), "client_auth_flows_empty");
}

#[test]
fn client_constructor_named() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add(
        "client",
        UserPoolClient {
            user_pool: Some("pool".into()),
            user_pool_client_name: Some("my-client".into()),
            ..UserPoolClient::default()
        },
    );
    assert_parity(&s, "client_constructor_named");
}

#[test]
fn client_credentials_resource_server() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let server = s.add_child(
        pool,
        "ResourceServer",
        UserPoolResourceServer {
            identifier: "users".into(),
            scopes: Some(vec![
                ResourceServerScope::new("read", "Read-only access"),
                ResourceServerScope::new("*", "Full access"),
            ]),
            ..UserPoolResourceServer::default()
        },
    );
    s.add_child(
        pool,
        "machine-client",
        UserPoolClient {
            generate_secret: Some(true),
            o_auth: o_auth(OAuthSettings {
                flows: flows(false, false, true),
                scopes: Some(vec![OAuthScope::ResourceServer {
                    server: server.into(),
                    scope: "read".into(),
                }]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    assert_parity(&s, "client_credentials_resource_server");
}

#[test]
fn client_disable_oauth() {
    let client = UserPoolClient { disable_o_auth: Some(true), ..UserPoolClient::default() };
    assert_parity(&pool_with_client("pool", "client", client), "client_disable_oauth");
}

#[test]
fn client_generate_secret() {
    let client = UserPoolClient { generate_secret: Some(true), ..UserPoolClient::default() };
    assert_parity(&pool_with_client("pool", "client", client), "client_generate_secret");
}

#[test]
fn client_oauth_code() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings {
            flows: flows(true, false, false),
            scopes: Some(vec![OAuthScope::Openid]),
            callback_urls: urls(&["https://my-app-domain.com/welcome"]),
            logout_urls: urls(&["https://my-app-domain.com/signin"]),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "app-client", client), "client_oauth_code");
}

#[test]
fn client_prevent_user_existence_errors() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    for (id, prevent) in [("enabled", true), ("legacy", false)] {
        s.add_child(
            pool,
            id,
            UserPoolClient { prevent_user_existence_errors: Some(prevent), ..UserPoolClient::default() },
        );
    }
    assert_parity(&s, "client_prevent_user_existence_errors");
}

#[test]
fn client_supported_idps() {
    let client = UserPoolClient {
        supported_identity_providers: Some(vec![
            UserPoolClientIdentityProvider::Amazon,
            UserPoolClientIdentityProvider::Cognito,
        ]),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "app-client", client), "client_supported_idps");
}

#[test]
fn import_from_id_client() {
    let mut s = Stack::new("Stack");
    s.add("awesome-user-pool", ImportedUserPool::FromId("us-east-1_oiuR12Abd".into()));
    s.add(
        "customer-app-client",
        UserPoolClient { user_pool: Some("awesome-user-pool".into()), ..UserPoolClient::default() },
    );
    assert_parity(&s, "import_from_id_client");
}

#[test]
fn import_outputs() {
    let mut s = Stack::new("Stack");
    let a = s.add("byId", ImportedUserPool::FromId("us-east-1_oiuR12Abd".into()));
    let b = s.add(
        "byArn",
        ImportedUserPool::FromArn(
            "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D".into(),
        ),
    );
    for (prefix, pool) in [("A", a), ("B", b)] {
        s.add(format!("{prefix}Id"), output(Value::attr(pool, Attr::UserPoolId)));
        s.add(format!("{prefix}Arn"), output(Value::attr(pool, Attr::UserPoolArn)));
        s.add(format!("{prefix}Provider"), output(Value::attr(pool, Attr::UserPoolProviderName)));
    }
    assert_stricter_without_resources(&s, "import_outputs");
}

#[test]
fn big100() {
    // The same builder calls as the `big` example and the synthesis benchmark.
    assert_parity(&big::big_stack(100), "big100");
}

#[test]
fn err_access_token_validity_too_short() {
    let client =
        UserPoolClient { access_token_validity: Some(Duration::minutes(4)), ..UserPoolClient::default() };
    rejected("err_access_token_validity_too_short", "client.validity.range", client);
}

#[test]
fn err_auth_session_validity() {
    let client =
        UserPoolClient { auth_session_validity: Some(Duration::minutes(16)), ..UserPoolClient::default() };
    rejected("err_auth_session_validity", "client.validity.range", client);
}

#[test]
fn err_callback_urls_empty() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings {
            flows: flows(true, false, false),
            callback_urls: Some(vec![]),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    };
    rejected("err_callback_urls_empty", "client.callback_urls.empty", client);
}

#[test]
fn err_client_credentials_with_code() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings {
            flows: flows(true, false, true),
            callback_urls: urls(&["https://example.com"]),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    };
    rejected("err_client_credentials_with_code", "client.flows.client_credentials_alone", client);
}

#[test]
fn err_client_secret_without_generate() {
    let mut s = pool_with_client("Pool", "client", UserPoolClient::default());
    s.add("Secret", output(Value::attr("client", Attr::UserPoolClientSecret)));
    assert_rejected(&s, "err_client_secret_without_generate", "client.user_pool_client_secret");
}

#[test]
fn err_disable_oauth_with_oauth() {
    let client = UserPoolClient {
        disable_o_auth: Some(true),
        o_auth: o_auth(OAuthSettings { flows: flows(false, true, false), ..OAuthSettings::default() }),
        ..UserPoolClient::default()
    };
    rejected("err_disable_oauth_with_oauth", "client.o_auth.disabled", client);
}

#[test]
fn err_id_token_validity_too_long() {
    let client = UserPoolClient { id_token_validity: Some(Duration::hours(25)), ..UserPoolClient::default() };
    rejected("err_id_token_validity_too_long", "client.validity.range", client);
}

#[test]
fn err_refresh_token_validity_too_long() {
    let client =
        UserPoolClient { refresh_token_validity: Some(Duration::days(3651)), ..UserPoolClient::default() };
    rejected("err_refresh_token_validity_too_long", "client.validity.range", client);
}

#[test]
fn err_from_user_pool_arn_no_resource() {
    let mut s = Stack::new("Stack");
    s.add("p", ImportedUserPool::FromArn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool".into()));
    assert_rejected(&s, "err_from_user_pool_arn_no_resource", "import.user_pool_arn");
}

fn every_prop_client() -> UserPoolClient {
    UserPoolClient {
        user_pool_client_name: Some("my-client".into()),
        generate_secret: Some(true),
        auth_flows: Some(AuthFlow {
            admin_user_password: Some(true),
            custom: Some(true),
            user_password: Some(true),
            user_srp: Some(true),
            user: Some(true),
        }),
        o_auth: o_auth(OAuthSettings {
            flows: flows(true, true, false),
            scopes: Some(vec![
                OAuthScope::Phone,
                OAuthScope::Email,
                OAuthScope::Openid,
                OAuthScope::Profile,
                OAuthScope::CognitoAdmin,
                OAuthScope::Custom("api/read".into()),
            ]),
            callback_urls: urls(&["https://example.com/callback", "https://example.com/callback2"]),
            logout_urls: urls(&["https://example.com/logout"]),
            default_redirect_uri: Some("https://example.com/callback".into()),
        }),
        prevent_user_existence_errors: Some(true),
        id_token_validity: Some(Duration::hours(2)),
        access_token_validity: Some(Duration::minutes(30)),
        refresh_token_validity: Some(Duration::days(30)),
        auth_session_validity: Some(Duration::minutes(5)),
        enable_token_revocation: Some(true),
        enable_propagate_additional_user_context_data: Some(true),
        read_attributes: Some(ClientAttributes {
            standard_attributes: vec![
                (StandardAttributeName::Email, true),
                (StandardAttributeName::Fullname, true),
                (StandardAttributeName::PhoneNumber, true),
                (StandardAttributeName::EmailVerified, true),
            ],
            custom_attributes: vec!["tenant".into()],
        }),
        write_attributes: Some(ClientAttributes {
            standard_attributes: vec![(StandardAttributeName::Email, true)],
            custom_attributes: vec!["custom:tenant".into()],
        }),
        supported_identity_providers: Some(vec![
            UserPoolClientIdentityProvider::Cognito,
            UserPoolClientIdentityProvider::Google,
            UserPoolClientIdentityProvider::Custom("MyProvider".into()),
        ]),
        ..UserPoolClient::default()
    }
}

/// The CDK accepts reading and writing `custom:tenant` on a pool that does not declare it;
/// Cognito rejects the client at deploy time, and so do we.
#[test]
fn x_client_every_prop() {
    let s = pool_with_client("Pool", "Client", every_prop_client());
    assert_stricter(&s, "x_client_every_prop", "client.attributes.custom_undeclared");
}

#[test]
fn x_client_every_prop_declared() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Pool",
        UserPool {
            custom_attributes: Some(vec![(
                "tenant".into(),
                CustomAttribute::String(StringAttributeProps {
                    min_len: Some(1),
                    max_len: Some(64),
                    mutable: None,
                }),
            )]),
            ..UserPool::default()
        },
    );
    s.add_child(pool, "Client", every_prop_client());
    assert_parity(&s, "x_client_every_prop_declared");
}

#[test]
fn x_client_rotation_grace_srp() {
    let client = UserPoolClient {
        auth_flows: Some(AuthFlow { user_srp: Some(true), ..AuthFlow::default() }),
        refresh_token_rotation_grace_period: Some(Duration::seconds(30)),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_rotation_grace_srp");
}

#[test]
fn x_client_rotation_grace_alone() {
    let client = UserPoolClient {
        refresh_token_rotation_grace_period: Some(Duration::seconds(30)),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_rotation_grace_alone");
}

#[test]
fn x_client_analytics() {
    let client = UserPoolClient {
        analytics: Some(AnalyticsConfiguration {
            application_id: Some("abc123".into()),
            external_id: Some("ext".into()),
            role: Some("arn:aws:iam::123456789012:role/analytics".into()),
            share_user_data: Some(true),
            ..AnalyticsConfiguration::default()
        }),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_analytics");
}

#[test]
fn x_client_analytics_created_role() {
    let mut s = Stack::new("Stack");
    let role = s.add(
        "AnalyticsRole",
        Role { assumed_by: Principal::Service("cognito-idp.amazonaws.com".into()), ..Role::default() },
    );
    let pool = s.add("Pool", UserPool::default());
    s.add_child(
        pool,
        "Client",
        UserPoolClient {
            analytics: Some(AnalyticsConfiguration {
                application_id: Some("abc123".into()),
                external_id: Some("ext".into()),
                role: Some(role.into()),
                ..AnalyticsConfiguration::default()
            }),
            ..UserPoolClient::default()
        },
    );
    assert_parity(&s, "x_client_analytics_created_role");
}

#[test]
fn x_client_oauth_flows_empty() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings { flows: Some(OAuthFlows::default()), ..OAuthSettings::default() }),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_oauth_flows_empty");
}

#[test]
fn x_client_oauth_scopes_empty() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings { scopes: Some(vec![]), ..OAuthSettings::default() }),
        ..UserPoolClient::default()
    };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_oauth_scopes_empty");
}

/// The CDK gives a client-credentials client its default scopes, all OpenID Connect scopes;
/// Cognito rejects them with that grant at deploy time, and so do we.
#[test]
fn x_client_credentials_only() {
    let client = UserPoolClient {
        generate_secret: Some(true),
        o_auth: o_auth(OAuthSettings { flows: flows(false, false, true), ..OAuthSettings::default() }),
        ..UserPoolClient::default()
    };
    assert_stricter(
        &pool_with_client("Pool", "Client", client),
        "x_client_credentials_only",
        "client.client_credentials.oidc_scopes",
    );
}

#[test]
fn x_client_disable_oauth_false() {
    let client = UserPoolClient { disable_o_auth: Some(false), ..UserPoolClient::default() };
    assert_parity(&pool_with_client("Pool", "Client", client), "x_client_disable_oauth_false");
}

#[test]
fn x_client_on_pool_from_arn() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Imported",
        ImportedUserPool::FromArn(
            "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc123".into(),
        ),
    );
    s.add_child(pool, "Client", UserPoolClient::default());
    assert_parity(&s, "x_client_on_pool_from_arn");
}

#[test]
fn x_client_toplevel_imported_pool_id() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Imported", ImportedUserPool::FromId("us-east-1_abc123".into()));
    s.add("Client", UserPoolClient { user_pool: Some(pool.into()), ..UserPoolClient::default() });
    assert_parity(&s, "x_client_toplevel_imported_pool_id");
}

#[test]
fn x_client_import_from_id_output() {
    let mut s = Stack::new("Stack");
    let client =
        s.add("Client", ImportedUserPoolClient { user_pool_client_id: "abcdefghij1234567890".into() });
    s.add("ClientId", output(Value::attr(client, Attr::UserPoolClientId)));
    assert_stricter_without_resources(&s, "x_client_import_from_id_output");
}

#[test]
fn x_client_id_output() {
    let mut s = pool_with_client("Pool", "Client", UserPoolClient::default());
    s.add("ClientId", output(Value::attr("Client", Attr::UserPoolClientId)));
    assert_parity(&s, "x_client_id_output");
}

#[test]
fn x_client_misc() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Pool",
        UserPool {
            custom_attributes: Some(vec![
                ("zeta".into(), CustomAttribute::default()),
                (
                    "alpha".into(),
                    CustomAttribute::Number(NumberAttributeProps { min: None, max: None, mutable: None }),
                ),
                ("beta".into(), CustomAttribute::Boolean(CustomAttributeProps { mutable: None })),
            ]),
            ..UserPool::default()
        },
    );
    let mut add = |id: &str, c: UserPoolClient| s.add_child(pool, id, c);
    add(
        "SrpFalse",
        UserPoolClient {
            auth_flows: Some(AuthFlow { user_srp: Some(false), ..AuthFlow::default() }),
            ..UserPoolClient::default()
        },
    );
    add(
        "Rotation0",
        UserPoolClient {
            auth_flows: Some(AuthFlow { user: Some(true), ..AuthFlow::default() }),
            refresh_token_rotation_grace_period: Some(Duration::seconds(0)),
            ..UserPoolClient::default()
        },
    );
    add(
        "IdpsEmpty",
        UserPoolClient { supported_identity_providers: Some(vec![]), ..UserPoolClient::default() },
    );
    add(
        "IdpsDupes",
        UserPoolClient {
            supported_identity_providers: Some(vec![
                UserPoolClientIdentityProvider::Custom("X".into()),
                UserPoolClientIdentityProvider::Custom("X".into()),
                UserPoolClientIdentityProvider::Apple,
                UserPoolClientIdentityProvider::Facebook,
                UserPoolClientIdentityProvider::Cognito,
            ]),
            ..UserPoolClient::default()
        },
    );
    add(
        "Scopes",
        UserPoolClient {
            o_auth: o_auth(OAuthSettings {
                scopes: Some(vec![
                    OAuthScope::CognitoAdmin,
                    OAuthScope::Custom("a/b".into()),
                    OAuthScope::Phone,
                    OAuthScope::Phone,
                ]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    add(
        "Attrs",
        UserPoolClient {
            read_attributes: Some(ClientAttributes {
                standard_attributes: vec![
                    (StandardAttributeName::PhoneNumberVerified, true),
                    (StandardAttributeName::Timezone, true),
                    (StandardAttributeName::Address, true),
                    (StandardAttributeName::Email, false),
                ],
                custom_attributes: ["zeta", "alpha", "custom:beta", "beta"].map(String::from).to_vec(),
            }),
            write_attributes: Some(ClientAttributes::default()),
            ..UserPoolClient::default()
        },
    );
    add(
        "NoOAuth",
        UserPoolClient {
            disable_o_auth: Some(true),
            generate_secret: Some(false),
            enable_token_revocation: Some(false),
            prevent_user_existence_errors: Some(false),
            enable_propagate_additional_user_context_data: Some(false),
            ..UserPoolClient::default()
        },
    );
    add(
        "Named",
        UserPoolClient { user_pool_client_name: Some("named client".into()), ..UserPoolClient::default() },
    );
    add(
        "Redirect",
        UserPoolClient {
            generate_secret: Some(true),
            o_auth: o_auth(OAuthSettings {
                flows: flows(false, false, true),
                scopes: Some(vec![OAuthScope::Custom("api/read".into())]),
                default_redirect_uri: Some("https://x.example.com".into()),
                logout_urls: Some(vec![]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    s.add("NamedId", output(Value::attr("Named", Attr::UserPoolClientId)));
    s.add("NamedName", output(Value::attr("Named", Attr::UserPoolClientName)));
    assert_parity(&s, "x_client_misc");
}

#[test]
fn x_err_client_access_token_330s() {
    let client =
        UserPoolClient { access_token_validity: Some(Duration::seconds(330)), ..UserPoolClient::default() };
    rejected("x_err_client_access_token_330s", "client.validity.whole", client);
}

#[test]
fn x_err_client_auth_session_190s() {
    let client =
        UserPoolClient { auth_session_validity: Some(Duration::seconds(190)), ..UserPoolClient::default() };
    rejected("x_err_client_auth_session_190s", "client.validity.whole", client);
}

#[test]
fn x_err_client_default_redirect_not_in_callbacks() {
    let client = UserPoolClient {
        o_auth: o_auth(OAuthSettings {
            flows: flows(true, false, false),
            callback_urls: urls(&["https://example.com/callback"]),
            default_redirect_uri: Some("https://example.com/other".into()),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    };
    rejected(
        "x_err_client_default_redirect_not_in_callbacks",
        "client.default_redirect_uri.callbacks",
        client,
    );
}

#[test]
fn x_err_client_id_token_longer_than_refresh() {
    let client = UserPoolClient {
        id_token_validity: Some(Duration::hours(2)),
        refresh_token_validity: Some(Duration::minutes(60)),
        ..UserPoolClient::default()
    };
    rejected("x_err_client_id_token_longer_than_refresh", "client.validity.exceeds_refresh", client);
}

#[test]
fn x_err_client_propagate_without_secret() {
    let client = UserPoolClient {
        enable_propagate_additional_user_context_data: Some(true),
        ..UserPoolClient::default()
    };
    rejected("x_err_client_propagate_without_secret", "client.propagate_user_context_data.secret", client);
}

#[test]
fn x_err_client_rotation_grace_61s() {
    let client = UserPoolClient {
        refresh_token_rotation_grace_period: Some(Duration::seconds(61)),
        ..UserPoolClient::default()
    };
    rejected("x_err_client_rotation_grace_61s", "client.validity.range", client);
}

#[test]
fn x_resource_server_empty_scopes() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_child(
        pool,
        "Api",
        UserPoolResourceServer {
            identifier: "api".into(),
            scopes: Some(vec![]),
            ..UserPoolResourceServer::default()
        },
    );
    assert_parity(&s, "x_resource_server_empty_scopes");
}

#[test]
fn x_resource_server_name_no_scopes() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_child(
        pool,
        "Api",
        UserPoolResourceServer {
            identifier: "api".into(),
            user_pool_resource_server_name: Some("My API".into()),
            ..UserPoolResourceServer::default()
        },
    );
    assert_parity(&s, "x_resource_server_name_no_scopes");
}

/// The CDK names a resource server after its identifier; `https://api.example.com` is not a
/// valid name (`[\w\s+=,.@-]+`), which Cognito rejects at deploy time, and so do we.
#[test]
fn x_resource_server_toplevel() {
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.add(
        "Api",
        UserPoolResourceServer {
            user_pool: Some("Pool".into()),
            identifier: "https://api.example.com".into(),
            scopes: Some(vec![ResourceServerScope::new("read", "Read access")]),
            ..UserPoolResourceServer::default()
        },
    );
    assert_stricter(&s, "x_resource_server_toplevel", "resource_server.name");
}

#[test]
fn x_resource_server_toplevel_named() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let api = s.add(
        "Api",
        UserPoolResourceServer {
            user_pool: Some(pool.into()),
            identifier: "https://api.example.com".into(),
            user_pool_resource_server_name: Some("My API".into()),
            scopes: Some(vec![
                ResourceServerScope::new("read", "Read access"),
                ResourceServerScope::new("write", "Write access"),
            ]),
        },
    );
    let scope = |name: &str| OAuthScope::ResourceServer { server: api.into(), scope: name.into() };
    let client = s.add(
        "Machine",
        UserPoolClient {
            user_pool: Some(pool.into()),
            generate_secret: Some(true),
            o_auth: o_auth(OAuthSettings {
                flows: flows(false, false, true),
                scopes: Some(vec![scope("write"), scope("read")]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    s.add("ClientId", output(Value::attr(client, Attr::UserPoolClientId)));
    s.add("ApiId", output(Value::attr(api, Attr::UserPoolResourceServerId)));
    assert_parity(&s, "x_resource_server_toplevel_named");
}

/// The CDK only checks that the ARN has a resource name, so it takes an SQS queue's ARN as a
/// user pool's; we check the service and resource type too (`cognito-idp`, `userpool/`), since
/// such a pool id cannot exist.
#[test]
fn x_pool_from_arn_other_service() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Imported",
        ImportedUserPool::FromArn("arn:aws:sqs:us-east-1:123456789012:queue/my-queue".into()),
    );
    s.add("PoolId", output(Value::attr(pool, Attr::UserPoolId)));
    s.add("PoolArn", output(Value::attr(pool, Attr::UserPoolArn)));
    s.add("ProviderName", output(Value::attr(pool, Attr::UserPoolProviderName)));
    assert_stricter(&s, "x_pool_from_arn_other_service", "import.user_pool_arn");
}

#[test]
fn x_err_pool_from_arn_sqs() {
    let mut s = Stack::new("Stack");
    let pool =
        s.add("Imported", ImportedUserPool::FromArn("arn:aws:sqs:us-east-1:123456789012:my-queue".into()));
    s.add("PoolId", output(Value::attr(pool, Attr::UserPoolId)));
    s.add("PoolArn", output(Value::attr(pool, Attr::UserPoolArn)));
    assert_rejected(&s, "x_err_pool_from_arn_sqs", "import.user_pool_arn");
}

#[test]
fn x_err_pool_from_arn_not_arn() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Imported", ImportedUserPool::FromArn("not-an-arn".into()));
    s.add("PoolId", output(Value::attr(pool, Attr::UserPoolId)));
    assert_rejected(&s, "x_err_pool_from_arn_not_arn", "import.user_pool_arn");
}
