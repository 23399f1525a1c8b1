//! One test per rule of app clients, resource servers and imports, at the runtime level: the
//! rule, the field path, the message.

mod common;

use cognito::*;
use common::*;

/// A pool `pool` with `c` nested as `client`.
fn client(c: UserPoolClient) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "client", c);
    s
}

fn o_auth(o: OAuthSettings) -> UserPoolClient {
    UserPoolClient { o_auth: Some(o), ..UserPoolClient::default() }
}

fn flows(code: bool, client_credentials: bool) -> Option<OAuthFlows> {
    Some(OAuthFlows { authorization_code_grant: code, implicit_code_grant: false, client_credentials })
}

fn output(s: &mut Stack, value: Value) {
    s.add("out", Output { value, ..Output::default() });
}

#[test]
fn disable_o_auth_with_o_auth() {
    let s = client(UserPoolClient {
        disable_o_auth: Some(true),
        o_auth: Some(OAuthSettings::default()),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.o_auth.disabled", "o_auth");
    assert_eq!(
        m,
        "`o_auth` cannot be given when `disable_o_auth` is true; remove `o_auth`, or `disable_o_auth`"
    );
}

#[test]
fn callback_urls_not_empty() {
    let s = client(o_auth(OAuthSettings { callback_urls: Some(vec![]), ..OAuthSettings::default() }));
    let m = violation(&s, "client.callback_urls.empty", "o_auth.callback_urls");
    assert_eq!(
        m,
        "`callback_urls` must not be empty when the authorization code or implicit grant is on; add the URL Cognito redirects to after sign-in"
    );
}

#[test]
fn default_redirect_uri_in_callbacks() {
    // Without callback URLs, the CDK's default ["https://example.com"] is what it must be in.
    let s = client(o_auth(OAuthSettings {
        default_redirect_uri: Some("https://example.org".into()),
        ..OAuthSettings::default()
    }));
    let m = violation(&s, "client.default_redirect_uri.callbacks", "o_auth.default_redirect_uri");
    assert_eq!(
        m,
        "`default_redirect_uri` must be one of `callback_urls` (got \"https://example.org\") (without `callback_urls`, the CDK uses [\"https://example.com\"]); add it to `callback_urls`"
    );
}

#[test]
fn default_redirect_uri_in_callbacks_known_at_deploy_time() {
    // As in the CDK, a callback URL known only at deploy time never matches a literal URI.
    let s = client(o_auth(OAuthSettings {
        callback_urls: Some(vec![Value::import_value("CallbackUrl")]),
        default_redirect_uri: Some("https://example.com/callback".into()),
        ..OAuthSettings::default()
    }));
    let m = violation(&s, "client.default_redirect_uri.callbacks", "o_auth.default_redirect_uri");
    assert_eq!(
        m,
        "`default_redirect_uri` must be one of `callback_urls` (got \"https://example.com/callback\") (a callback URL known only at deploy time does not count: the CDK compares the URI with the list as written); add it to `callback_urls`"
    );
}

#[test]
fn default_redirect_uri_pattern() {
    let s = client(o_auth(OAuthSettings {
        flows: flows(false, false),
        default_redirect_uri: Some("https://example.com/a b".into()),
        ..OAuthSettings::default()
    }));
    let m = violation(&s, "client.default_redirect_uri.pattern", "o_auth.default_redirect_uri");
    assert_eq!(
        m,
        "`default_redirect_uri` is not a valid redirect URI (got \"https://example.com/a b\"): it must be 1 to 1024 letters, digits, symbols or punctuation, without spaces"
    );
}

#[test]
fn propagate_user_context_needs_secret() {
    let s = client(UserPoolClient {
        enable_propagate_additional_user_context_data: Some(true),
        ..UserPoolClient::default()
    });
    let m = violation(
        &s,
        "client.propagate_user_context_data.secret",
        "enable_propagate_additional_user_context_data",
    );
    assert_eq!(
        m,
        "`enable_propagate_additional_user_context_data` needs a client secret; set `generate_secret: true`"
    );
}

#[test]
fn client_credentials_alone() {
    let s = client(UserPoolClient {
        generate_secret: Some(true),
        o_auth: Some(OAuthSettings {
            flows: flows(true, true),
            scopes: Some(vec![OAuthScope::Custom("api/read".into())]),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.flows.client_credentials_alone", "o_auth.flows.client_credentials");
    assert_eq!(
        m,
        "`client_credentials` cannot be combined with `authorization_code_grant` or `implicit_code_grant`; use a separate client for machine-to-machine access"
    );
}

#[test]
fn analytics_application_conflict() {
    let s = client(UserPoolClient {
        analytics: Some(AnalyticsConfiguration {
            application: Some("arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc123".into()),
            application_id: Some("abc123".into()),
            ..AnalyticsConfiguration::default()
        }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.analytics.application_conflict", "analytics.application");
    assert_eq!(
        m,
        "`analytics` takes either `application`, or `application_id`, `external_id` and `role`, not both; remove `application` or the other three"
    );
}

#[test]
fn analytics_incomplete() {
    let s = client(UserPoolClient {
        analytics: Some(AnalyticsConfiguration {
            application_id: Some("abc123".into()),
            ..AnalyticsConfiguration::default()
        }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.analytics.incomplete", "analytics");
    assert_eq!(
        m,
        "`analytics` needs `application`, or all of `application_id`, `external_id` and `role`; add `external_id`, `role`"
    );
}

#[test]
fn validity_ranges() {
    let s = client(UserPoolClient {
        refresh_token_validity: Some(Duration::minutes(59)),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.validity.range", "refresh_token_validity");
    assert_eq!(m, "`refresh_token_validity` must be between 1 hour and 3650 days (got 59 minutes)");
    let s = client(UserPoolClient {
        refresh_token_rotation_grace_period: Some(Duration::seconds(61)),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.validity.range", "refresh_token_rotation_grace_period");
    assert_eq!(
        m,
        "`refresh_token_rotation_grace_period` must be between 0 seconds and 1 minute (got 61 seconds)"
    );
}

#[test]
fn validity_exceeds_refresh() {
    let s = client(UserPoolClient {
        access_token_validity: Some(Duration::hours(2)),
        refresh_token_validity: Some(Duration::hours(1)),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.validity.exceeds_refresh", "access_token_validity");
    assert_eq!(
        m,
        "`access_token_validity` must not be longer than `refresh_token_validity` (got 2 hours, refresh tokens last 1 hour); shorten it or lengthen the refresh token"
    );
}

#[test]
fn validity_whole_units() {
    let s = client(UserPoolClient {
        id_token_validity: Some(Duration::seconds(330)),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.validity.whole", "id_token_validity");
    assert_eq!(m, "`id_token_validity` must be a whole number of minutes (got 330 seconds)");
    let s = client(UserPoolClient {
        refresh_token_rotation_grace_period: Some(Duration::millis(1500)),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.validity.whole", "refresh_token_rotation_grace_period");
    assert_eq!(
        m,
        "`refresh_token_rotation_grace_period` must be a whole number of seconds (got 1500 millis)"
    );
}

#[test]
fn user_pool_client_name_unavailable() {
    let mut s = client(UserPoolClient::default());
    output(&mut s, Value::attr("client", Attr::UserPoolClientName));
    let m = violation(&s, "client.user_pool_client_name.unavailable", "value");
    assert_eq!(
        m,
        "`user_pool_client_name` is only known when the client sets `user_pool_client_name`; give the client a name, or use `user_pool_client_id`"
    );
}

#[test]
fn user_pool_client_secret() {
    let mut s = client(UserPoolClient { generate_secret: Some(true), ..UserPoolClient::default() });
    output(&mut s, Value::attr("client", Attr::UserPoolClientSecret));
    let m = violation(&s, "client.user_pool_client_secret", "value");
    assert_eq!(
        m,
        "`user_pool_client_secret` is not supported: the CDK reads the secret with a custom resource backed by a Lambda function asset, which we do not synthesize; read the secret at run time with `DescribeUserPoolClient`"
    );
}

#[test]
fn imported_client_has_no_name() {
    let mut s = Stack::new("Stack");
    s.add("client", ImportedUserPoolClient { user_pool_client_id: "abc123".into() });
    output(&mut s, Value::attr("client", Attr::UserPoolClientName));
    let m = violation(&s, "reference.attribute", "value");
    assert_eq!(
        m,
        "an imported `user_pool_client` has no attribute `user_pool_client_name`; only its `user_pool_client_id` is known"
    );
}

#[test]
fn client_name_schema() {
    let s = client(UserPoolClient {
        user_pool_client_name: Some("my/client".into()),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.user_pool_client_name.schema", "user_pool_client_name");
    assert_eq!(
        m,
        "`user_pool_client_name` must be 1 to 128 letters, digits, spaces or `_+=,.@-` (got \"my/client\", 9 characters); Cognito rejects it at deploy time (\"Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+\")"
    );
}

#[test]
fn urls() {
    let bad = [
        (
            "http://example.com/cb",
            "it must use `https://` (plain `http://` is only for `localhost`, `127.0.0.1` and `[::1]`)",
        ),
        ("https://example.com/#cb", "it must not have a fragment (`#…`)"),
        ("/callback", "it must be absolute, with a scheme such as `https://`"),
        ("https://example.com/a b", "it must not contain spaces or control characters"),
    ];
    for (url, why) in bad {
        let s = client(o_auth(OAuthSettings {
            callback_urls: Some(vec!["https://ok.example.com".into(), url.into()]),
            ..OAuthSettings::default()
        }));
        let m = violation(&s, "client.url", "o_auth.callback_urls.1");
        assert_eq!(
            m,
            format!(
                "{url:?} is not a valid URL for `callback_urls`: {why}; Cognito rejects it at deploy time"
            )
        );
    }
    let fine = [
        "http://localhost:3000/cb",
        "http://127.0.0.1/cb",
        "http://[::1]:8080/",
        "myapp://callback",
        "HTTPS://X.example",
    ];
    for url in fine {
        let s =
            client(o_auth(OAuthSettings { logout_urls: Some(vec![url.into()]), ..OAuthSettings::default() }));
        assert!(s.check().is_empty(), "{url}: {:?}", s.check());
    }
}

#[test]
fn url_count() {
    let urls: Vec<Value> = (0..101).map(|i| Value::from(format!("https://example.com/{i}"))).collect();
    let s = client(o_auth(OAuthSettings { logout_urls: Some(urls), ..OAuthSettings::default() }));
    let m = violation(&s, "client.url.count", "o_auth.logout_urls");
    assert_eq!(
        m,
        "`logout_urls` can hold at most 100 URLs (got 101); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn client_credentials_needs_secret() {
    let s = client(o_auth(OAuthSettings {
        flows: flows(false, true),
        scopes: Some(vec![OAuthScope::Custom("api/read".into())]),
        ..OAuthSettings::default()
    }));
    let m = violation(&s, "client.client_credentials.secret", "o_auth.flows.client_credentials");
    assert_eq!(
        m,
        "`client_credentials` needs a client secret; set `generate_secret: true`. Cognito rejects this at deploy time (\"client_credentials flow can not be selected if client does not have a client secret.\")"
    );
}

#[test]
fn client_credentials_oidc_scopes() {
    let s = client(UserPoolClient {
        generate_secret: Some(true),
        o_auth: Some(OAuthSettings {
            flows: flows(false, true),
            scopes: Some(vec![OAuthScope::Custom("api/read".into()), OAuthScope::Email]),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.client_credentials.oidc_scopes", "o_auth.scopes.1");
    assert_eq!(
        m,
        "the client credentials grant takes only custom scopes, not `email` (an OpenID Connect scope, which brings `openid` with it); Cognito rejects this at deploy time (\"openid is not supported with client_credentials flow\")"
    );
    // No scopes at all: the CDK's defaults are OpenID Connect scopes.
    let s = client(UserPoolClient {
        generate_secret: Some(true),
        o_auth: Some(OAuthSettings { flows: flows(false, true), ..OAuthSettings::default() }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.client_credentials.oidc_scopes", "o_auth.flows.client_credentials");
    assert!(m.starts_with("without `scopes`, the CDK gives the client its default scopes"), "{m}");
}

#[test]
fn scope_schema() {
    let s = client(o_auth(OAuthSettings {
        scopes: Some(vec![OAuthScope::Custom("api/read all".into())]),
        ..OAuthSettings::default()
    }));
    let m = violation(&s, "client.scope.schema", "o_auth.scopes.0");
    assert_eq!(
        m,
        "scope \"api/read all\" must be 1 to 256 printable ASCII characters without spaces, `\"` or `\\`; CloudFormation rejects it at deploy time"
    );
}

#[test]
fn scope_count() {
    let scopes = (0..51).map(|i| OAuthScope::Custom(format!("api/s{i}"))).collect();
    let s = client(o_auth(OAuthSettings { scopes: Some(scopes), ..OAuthSettings::default() }));
    let m = violation(&s, "client.scopes.count", "o_auth.scopes");
    assert_eq!(m, "a client can have at most 50 scopes (got 51); CloudFormation rejects it at deploy time");
}

#[test]
fn resource_server_scopes() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    let other = s.add("other", UserPool::default());
    s.add_child(
        pool,
        "api",
        UserPoolResourceServer {
            identifier: "api".into(),
            scopes: Some(vec![ResourceServerScope::new("read", "Read")]),
            ..UserPoolResourceServer::default()
        },
    );
    s.add_child(
        other,
        "elsewhere",
        UserPoolResourceServer { identifier: "elsewhere".into(), ..UserPoolResourceServer::default() },
    );
    let scope =
        |server: &str, scope: &str| OAuthScope::ResourceServer { server: server.into(), scope: scope.into() };
    s.add_child(
        pool,
        "client",
        o_auth(OAuthSettings {
            scopes: Some(vec![scope("api", "write"), scope("elsewhere", "x")]),
            ..OAuthSettings::default()
        }),
    );
    let found: Vec<_> = s.check().into_iter().filter(|v| v.rule == "client.scope.resource_server").collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].path, "o_auth.scopes.0");
    assert_eq!(
        found[0].message,
        "resource server `api` has no scope \"write\" (its scopes: `read`); Cognito rejects it at deploy time (\"Invalid scope requested\"); declare it in the resource server's `scopes`"
    );
    assert_eq!(found[1].path, "o_auth.scopes.1");
    assert_eq!(
        found[1].message,
        "resource server `elsewhere` belongs to another user pool than this client; Cognito rejects a scope of another pool at deploy time (\"Invalid scope requested\")"
    );
}

#[test]
fn identity_provider_schema() {
    let s = client(UserPoolClient {
        supported_identity_providers: Some(vec![UserPoolClientIdentityProvider::Custom(
            "x".repeat(33).into(),
        )]),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.identity_provider.schema", "supported_identity_providers.0");
    assert_eq!(
        m,
        format!(
            "identity provider name {:?} must be 1 to 32 characters without control characters (got 33 characters); CloudFormation rejects it at deploy time",
            "x".repeat(33)
        )
    );
}

#[test]
fn custom_attributes_declared() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "pool",
        UserPool {
            custom_attributes: Some(vec![("tenant".into(), CustomAttribute::default())]),
            ..UserPool::default()
        },
    );
    s.add_child(
        pool,
        "client",
        UserPoolClient {
            write_attributes: Some(ClientAttributes {
                custom_attributes: vec!["custom:tenant".into(), "team".into()],
                ..ClientAttributes::default()
            }),
            ..UserPoolClient::default()
        },
    );
    let m = violation(&s, "client.attributes.custom_undeclared", "write_attributes.custom_attributes.1");
    assert_eq!(
        m,
        "custom attribute \"team\" is not declared in the pool's `custom_attributes`; Cognito rejects the client at deploy time (\"Invalid write attributes specified while creating a client\"); declare it in the pool"
    );
    // An imported pool's attributes are unknown: nothing to check.
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", ImportedUserPool::FromId("us-east-1_abc".into()));
    s.add_child(
        pool,
        "client",
        UserPoolClient {
            read_attributes: Some(ClientAttributes {
                custom_attributes: vec!["team".into()],
                ..ClientAttributes::default()
            }),
            ..UserPoolClient::default()
        },
    );
    assert!(s.check().is_empty(), "{:?}", s.check());
}

#[test]
fn analytics_schema() {
    let s = client(UserPoolClient {
        analytics: Some(AnalyticsConfiguration {
            application_id: Some("my-app".into()),
            external_id: Some("ext".into()),
            role: Some("arn:aws:iam::123456789012:role/analytics".into()),
            ..AnalyticsConfiguration::default()
        }),
        ..UserPoolClient::default()
    });
    let m = violation(&s, "client.analytics.schema", "analytics.application_id");
    assert_eq!(
        m,
        "`application_id` must be the hexadecimal id of an Amazon Pinpoint project (got \"my-app\"); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn references_point_at_the_right_kinds() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("role", Role { assumed_by: Principal::Service("cognito-idp".into()), ..Role::default() });
    s.add("client", UserPoolClient { user_pool: Some("role".into()), ..UserPoolClient::default() });
    let m = violation(&s, "reference.kind", "user_pool");
    assert_eq!(m, "`user_pool` must refer to a `user_pool`, but `role` is a `role`");
}

#[test]
fn top_level_client_needs_user_pool() {
    let mut s = Stack::new("Stack");
    s.add("client", UserPoolClient::default());
    let m = violation(&s, "pool_child.user_pool.missing", "user_pool");
    assert_eq!(
        m,
        "a top-level `user_pool_client` needs `user_pool`, the pool it belongs to; add `user_pool: my_pool`, or nest the item in the `user_pool`"
    );
}

#[test]
fn nested_client_takes_no_user_pool() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(
        pool,
        "client",
        UserPoolClient { user_pool: Some("pool".into()), ..UserPoolClient::default() },
    );
    let m = violation(&s, "pool_child.user_pool.nested", "user_pool");
    assert_eq!(
        m,
        "this `user_pool_client` is nested in a user pool and belongs to it; remove `user_pool` (got `pool`), or declare the item at the top level"
    );
}

/// A pool `pool` with `rs` nested as `api`.
fn resource_server(rs: UserPoolResourceServer) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "api", rs);
    s
}

#[test]
fn resource_server_identifier() {
    let s = resource_server(UserPoolResourceServer {
        identifier: "my api".into(),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.identifier", "identifier");
    assert_eq!(
        m,
        "`identifier` must be 1 to 256 printable ASCII characters without spaces, `\"` or `\\` (got \"my api\"); Cognito rejects it at deploy time"
    );
}

#[test]
fn resource_server_name() {
    let s = resource_server(UserPoolResourceServer {
        identifier: "https://api.example.com".into(),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.name", "identifier");
    assert_eq!(
        m,
        "without `user_pool_resource_server_name`, the CDK names the resource server after its identifier \"https://api.example.com\", but a name must be 1 to 256 letters, digits, spaces or `_+=,.@-`; Cognito rejects it at deploy time (\"Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+\"). Add `user_pool_resource_server_name`"
    );
    let s = resource_server(UserPoolResourceServer {
        identifier: "api".into(),
        user_pool_resource_server_name: Some("My API!".into()),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.name", "user_pool_resource_server_name");
    assert_eq!(
        m,
        "`user_pool_resource_server_name` must be 1 to 256 letters, digits, spaces or `_+=,.@-` (got \"My API!\"); Cognito rejects it at deploy time (\"Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+\")"
    );
}

/// Two resource servers of one pool with one identifier: CloudFormation fails the second.
#[test]
fn resource_server_identifier_duplicate() {
    let mut s = resource_server(UserPoolResourceServer {
        identifier: "api".into(),
        ..UserPoolResourceServer::default()
    });
    let pool = s.find("pool").expect("the pool");
    s.add_child(
        pool,
        "api2",
        UserPoolResourceServer { identifier: "api".into(), ..UserPoolResourceServer::default() },
    );
    let other = s.add("other", UserPool::default());
    let same = UserPoolResourceServer { identifier: "api".into(), ..UserPoolResourceServer::default() };
    s.add_node(Some(other), "api", None, same);
    let m = violation(&s, "resource_server.identifier.duplicate", "identifier");
    assert_eq!(
        m,
        "`identifier` must differ from the identifiers of the pool's other resource servers, but `pool/api` has it too (got \"api\"); CloudFormation fails the second at deploy time (\"… already exists …\"; cfn-lint E3019: \"Primary identifiers … should have unique values across the resources\"): give each resource server its own identifier"
    );
    let found = s.check();
    assert_eq!(found.len(), 1, "one pool's servers only: {found:#?}");
    assert_eq!(found[0].item, "pool/api2");
}

#[test]
fn resource_server_scope_count() {
    let scopes = (0..101).map(|i| ResourceServerScope::new(format!("s{i}"), "d")).collect();
    let s = resource_server(UserPoolResourceServer {
        identifier: "api".into(),
        scopes: Some(scopes),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.scopes.count", "scopes");
    assert_eq!(
        m,
        "a resource server can have at most 100 scopes (got 101); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn resource_server_scope() {
    let s = resource_server(UserPoolResourceServer {
        identifier: "api".into(),
        scopes: Some(vec![ResourceServerScope::new("read/all", "Read")]),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.scope", "scopes.read/all");
    assert_eq!(
        m,
        "scope name \"read/all\" must be 1 to 256 printable ASCII characters without spaces, `/`, `\"` or `\\`; CloudFormation rejects it at deploy time"
    );
    let s = resource_server(UserPoolResourceServer {
        identifier: "api".into(),
        scopes: Some(vec![ResourceServerScope::new("read", "")]),
        ..UserPoolResourceServer::default()
    });
    let m = violation(&s, "resource_server.scope", "scopes.read");
    assert_eq!(
        m,
        "the description of scope \"read\" must be 1 to 256 characters (got 0); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn imported_client_id() {
    let mut s = Stack::new("Stack");
    s.add("client", ImportedUserPoolClient { user_pool_client_id: "abc-123".into() });
    let m = violation(&s, "import.user_pool_client_id", "from_user_pool_client_id");
    assert_eq!(
        m,
        "an app client id is 1 to 128 letters, digits, `_` or `+`, such as `1example23456789` (got \"abc-123\")"
    );
}

#[test]
fn imported_pool_id() {
    let mut s = Stack::new("Stack");
    s.add("pool", ImportedUserPool::FromId("us-east-1-abc".into()));
    let m = violation(&s, "import.user_pool_id", "from_user_pool_id");
    assert_eq!(
        m,
        "a user pool id has the shape `<region>_<id>`, such as `us-east-1_oiuR12Abd` (got \"us-east-1-abc\")"
    );
}

#[test]
fn imported_pool_arn() {
    let cases = [
        ("not-an-arn", "(got \"not-an-arn\")"),
        (
            "arn:aws:sqs:us-east-1:123456789012:queue/my-queue",
            ": it is the ARN of a `sqs` resource, not of a Cognito user pool (got \"arn:aws:sqs:us-east-1:123456789012:queue/my-queue\")",
        ),
        (
            "arn:aws:cognito-idp:us-east-1:123456789012:identitypool/abc",
            ": its resource type is `identitypool`, not `userpool` (got \"arn:aws:cognito-idp:us-east-1:123456789012:identitypool/abc\")",
        ),
        (
            "arn:aws:cognito-idp:us-east-1:123456789012:userpool",
            ": it has no user pool id after `userpool/` (got \"arn:aws:cognito-idp:us-east-1:123456789012:userpool\")",
        ),
    ];
    for (arn, tail) in cases {
        let mut s = Stack::new("Stack");
        s.add("pool", ImportedUserPool::FromArn(arn.into()));
        let m = violation(&s, "import.user_pool_arn", "from_user_pool_arn");
        let example = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_oiuR12Abd";
        let sep = if tail.starts_with(':') { "" } else { " " };
        assert_eq!(m, format!("`from_user_pool_arn` must be a user pool ARN such as `{example}`{sep}{tail}"));
    }
}
