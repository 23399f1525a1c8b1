//! Parity with the AWS CDK for app clients, resource servers and imported pools and
//! clients, through `cognito!`.

mod common;

use cognito::cognito;
use common::*;

#[test]
fn client_plain() {
    let stack = cognito! { user_pool pool { client "customer-app-client" {} } };
    assert_parity(&stack, "client_plain");
}

#[test]
fn client_auth_flows() {
    let stack = cognito! {
        user_pool pool {
            client "app-client" { auth_flows: { user_password: true, user_srp: true } }
        }
    };
    assert_parity(&stack, "client_auth_flows");
}

#[test]
fn client_auth_flows_empty() {
    let stack = cognito! { user_pool pool { client "app-client" { auth_flows: {} } } };
    assert_parity(&stack, "client_auth_flows_empty");
}

#[test]
fn client_constructor_named() {
    let stack = cognito! {
        user_pool pool {}
        user_pool_client client { user_pool: pool, user_pool_client_name: "my-client" }
    };
    assert_parity(&stack, "client_constructor_named");
}

#[test]
fn client_credentials_resource_server() {
    let stack = cognito! {
        user_pool Pool {
            resource_server users as "ResourceServer" {
                identifier: "users",
                scopes: [
                    { scope_name: "read", scope_description: "Read-only access" },
                    { scope_name: "*", scope_description: "Full access" },
                ],
            }
            client "machine-client" {
                generate_secret: true,
                o_auth: {
                    flows: { client_credentials },
                    scopes: [OAuthScope::resource_server(users, "read")],
                },
            }
        }
    };
    assert_parity(&stack, "client_credentials_resource_server");
}

#[test]
fn client_disable_oauth() {
    let stack = cognito! { user_pool pool { client client { disable_o_auth: true } } };
    assert_parity(&stack, "client_disable_oauth");
}

#[test]
fn client_generate_secret() {
    let stack = cognito! { user_pool pool { client client { generate_secret: true } } };
    assert_parity(&stack, "client_generate_secret");
}

#[test]
fn client_oauth_code() {
    let stack = cognito! {
        user_pool Pool {
            client "app-client" {
                o_auth: {
                    flows: { authorization_code_grant: true },
                    scopes: [OAuthScope::OPENID],
                    callback_urls: ["https://my-app-domain.com/welcome"],
                    logout_urls: ["https://my-app-domain.com/signin"],
                },
            }
        }
    };
    assert_parity(&stack, "client_oauth_code");
}

#[test]
fn client_prevent_user_existence_errors() {
    let stack = cognito! {
        user_pool Pool {
            client enabled { prevent_user_existence_errors: true }
            client legacy { prevent_user_existence_errors: false }
        }
    };
    assert_parity(&stack, "client_prevent_user_existence_errors");
}

#[test]
fn client_supported_idps() {
    let stack = cognito! {
        user_pool Pool {
            client "app-client" {
                supported_identity_providers: [AMAZON, UserPoolClientIdentityProvider::Cognito],
            }
        }
    };
    assert_parity(&stack, "client_supported_idps");
}

#[test]
fn import_from_id_client() {
    let stack = cognito! {
        user_pool awesome_pool as "awesome-user-pool" = from_user_pool_id("us-east-1_oiuR12Abd");
        user_pool_client "customer-app-client" { user_pool: awesome_pool }
    };
    assert_parity(&stack, "import_from_id_client");
}

#[test]
fn import_outputs() {
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool byId = from_user_pool_id("us-east-1_oiuR12Abd");
        user_pool byArn = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D");
        output AId { value: byId.user_pool_id }
        output AArn { value: byId.user_pool_arn }
        output AProvider { value: byId.user_pool_provider_name }
        output BId { value: byArn.user_pool_id }
        output BArn { value: byArn.user_pool_arn }
        output BProvider { value: byArn.user_pool_provider_name }
    };
    assert_parity_besides(&stack, "import_outputs", "pad");
}

#[test]
fn err_access_token_validity_too_short() {
    let stack = cognito! { user_pool Pool { client client { access_token_validity: (cognito::Duration::minutes(4)) } } };
    assert_rejected(&stack, "err_access_token_validity_too_short", "client.validity.range");
}

#[test]
fn err_auth_session_validity() {
    let stack = cognito! { user_pool Pool { client client { auth_session_validity: (cognito::Duration::minutes(16)) } } };
    assert_rejected(&stack, "err_auth_session_validity", "client.validity.range");
}

#[test]
fn err_callback_urls_empty() {
    let urls: Vec<cognito::Value> = Vec::new();
    let stack = cognito! {
        user_pool Pool {
            client client { o_auth: { flows: { authorization_code_grant }, callback_urls: (urls) } }
        }
    };
    assert_rejected(&stack, "err_callback_urls_empty", "client.callback_urls.empty");
}

#[test]
fn err_client_credentials_with_code() {
    // Run-time values: the other rules this breaks would reject the block at compile time.
    let (code, client_credentials) = (true, true);
    let stack = cognito! {
        user_pool Pool {
            client client {
                o_auth: {
                    flows: { client_credentials: (client_credentials), authorization_code_grant: (code) },
                    callback_urls: ["https://example.com"],
                },
            }
        }
    };
    assert_rejected(&stack, "err_client_credentials_with_code", "client.flows.client_credentials_alone");
}

#[test]
fn err_disable_oauth_with_oauth() {
    let disable = true;
    let stack = cognito! {
        user_pool Pool {
            client client { disable_o_auth: (disable), o_auth: { flows: { implicit_code_grant } } }
        }
    };
    assert_rejected(&stack, "err_disable_oauth_with_oauth", "client.o_auth.disabled");
}

#[test]
fn err_id_token_validity_too_long() {
    let stack =
        cognito! { user_pool Pool { client client { id_token_validity: (cognito::Duration::hours(25)) } } };
    assert_rejected(&stack, "err_id_token_validity_too_long", "client.validity.range");
}

#[test]
fn err_refresh_token_validity_too_long() {
    let stack = cognito! { user_pool Pool { client client { refresh_token_validity: (cognito::Duration::days(3651)) } } };
    assert_rejected(&stack, "err_refresh_token_validity_too_long", "client.validity.range");
}

#[test]
fn err_from_user_pool_arn_no_resource() {
    let arn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool";
    let stack = cognito! { user_pool pad {} user_pool p = from_user_pool_arn((arn)); };
    assert_rejected(&stack, "err_from_user_pool_arn_no_resource", "import.user_pool_arn");
}

/// `x_client_every_prop_declared`: one client with every prop, on a pool that declares the
/// custom attribute the client reads and writes.
fn every_prop_declared() -> cognito::Stack {
    cognito! {
        user_pool Pool {
            custom_attributes: { tenant: string { min_len: 1, max_len: 64 } },
            client Client {
                user_pool_client_name: "my-client",
                generate_secret: true,
                auth_flows: { admin_user_password, custom, user_password, user_srp, user },
                o_auth: {
                    flows: { authorization_code_grant, implicit_code_grant },
                    scopes: [PHONE, EMAIL, OPENID, PROFILE, COGNITO_ADMIN, custom("api/read")],
                    callback_urls: ["https://example.com/callback", "https://example.com/callback2"],
                    logout_urls: ["https://example.com/logout"],
                    default_redirect_uri: "https://example.com/callback",
                },
                prevent_user_existence_errors: true,
                id_token_validity: hours(2),
                access_token_validity: minutes(30),
                refresh_token_validity: days(30),
                auth_session_validity: minutes(5),
                enable_token_revocation: true,
                enable_propagate_additional_user_context_data: true,
                read_attributes: {
                    standard_attributes: { email, fullname, phone_number, email_verified },
                    custom_attributes: ["tenant"],
                },
                write_attributes: {
                    standard_attributes: { email },
                    custom_attributes: ["custom:tenant"],
                },
                supported_identity_providers: [COGNITO, GOOGLE, custom("MyProvider")],
            }
        }
    }
}

#[test]
fn x_client_every_prop_declared() {
    assert_parity(&every_prop_declared(), "x_client_every_prop_declared");
}

/// The CDK accepts reading and writing `custom:tenant` on a pool that does not declare it;
/// Cognito rejects the client at deploy time, and so do we. (Written in `cognito!`, the
/// configuration does not compile; here the declaration is taken out after the macro.)
#[test]
fn x_client_every_prop() {
    let mut stack = every_prop_declared();
    let pool = stack.find("Pool").and_then(|n| stack.node_mut(n)).map(|n| &mut n.item);
    let Some(cognito::Item::UserPool(pool)) = pool else { panic!("the pool is the first item") };
    pool.custom_attributes = None;
    assert_stricter(&stack, "x_client_every_prop", "client.attributes.custom_undeclared");
}

#[test]
fn x_client_rotation_grace_srp() {
    let stack = cognito! {
        user_pool Pool {
            client Client { auth_flows: { user_srp }, refresh_token_rotation_grace_period: seconds(30) }
        }
    };
    assert_parity(&stack, "x_client_rotation_grace_srp");
}

#[test]
fn x_client_rotation_grace_alone() {
    let stack =
        cognito! { user_pool Pool { client Client { refresh_token_rotation_grace_period: seconds(30) } } };
    assert_parity(&stack, "x_client_rotation_grace_alone");
}

#[test]
fn x_client_analytics() {
    let stack = cognito! {
        user_pool Pool {
            client Client {
                analytics: {
                    application_id: "abc123",
                    external_id: "ext",
                    role: "arn:aws:iam::123456789012:role/analytics",
                    share_user_data: true,
                },
            }
        }
    };
    assert_parity(&stack, "x_client_analytics");
}

#[test]
fn x_client_analytics_created_role() {
    let stack = cognito! {
        role AnalyticsRole { assumed_by: service_principal("cognito-idp.amazonaws.com") }
        user_pool Pool {
            client Client { analytics: { application_id: "abc123", external_id: "ext", role: AnalyticsRole } }
        }
    };
    assert_parity(&stack, "x_client_analytics_created_role");
}

#[test]
fn x_client_oauth_flows_empty() {
    let stack = cognito! { user_pool Pool { client Client { o_auth: { flows: {} } } } };
    assert_parity(&stack, "x_client_oauth_flows_empty");
}

#[test]
fn x_client_oauth_scopes_empty() {
    let stack = cognito! { user_pool Pool { client Client { o_auth: { scopes: [] } } } };
    assert_parity(&stack, "x_client_oauth_scopes_empty");
}

/// The CDK gives a client-credentials client its default scopes, all OpenID Connect scopes;
/// Cognito rejects them with that grant at deploy time, and so do we (the flows are a run-time
/// value here so that the block compiles).
#[test]
fn x_client_credentials_only() {
    let flows = cognito::OAuthFlows { client_credentials: true, ..cognito::OAuthFlows::default() };
    let stack = cognito! {
        user_pool Pool { client Client { generate_secret: true, o_auth: { flows: (flows) } } }
    };
    assert_stricter(&stack, "x_client_credentials_only", "client.client_credentials.oidc_scopes");
}

#[test]
fn x_client_disable_oauth_false() {
    let stack = cognito! { user_pool Pool { client Client { disable_o_auth: false } } };
    assert_parity(&stack, "x_client_disable_oauth_false");
}

#[test]
fn x_client_on_pool_from_arn() {
    let stack = cognito! {
        user_pool Imported = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc123") {
            client Client {}
        }
    };
    assert_parity(&stack, "x_client_on_pool_from_arn");
}

#[test]
fn x_client_toplevel_imported_pool_id() {
    let stack = cognito! {
        user_pool Imported = from_user_pool_id("us-east-1_abc123");
        user_pool_client Client { user_pool: Imported }
    };
    assert_parity(&stack, "x_client_toplevel_imported_pool_id");
}

/// Pools imported from values known only at deploy time: the id and Region the CDK splits
/// out of an ARN parameter or an imported export, and an id parameter.
#[test]
fn x_import_pool_arn_token() {
    let stack = cognito! {
        parameter PoolArnParam { type: "String" }
        parameter PoolIdParam { type: "String" }
        user_pool ByArn = from_user_pool_arn(PoolArnParam) {
            client web { auth_flows: { user_srp } }
        }
        output ByArnId { value: ByArn.user_pool_id }
        output ByArnArn { value: ByArn.user_pool_arn }
        output ByArnProvider { value: ByArn.user_pool_provider_name }
        user_pool Shared = from_user_pool_arn(import_value("SharedPoolArn"));
        output SharedId { value: Shared.user_pool_id }
        output SharedProvider { value: Shared.user_pool_provider_name }
        user_pool ById = from_user_pool_id(PoolIdParam);
        user_pool_client Solo { user_pool: ById }
        output ByIdArn { value: ById.user_pool_arn }
        output ByIdProvider { value: ById.user_pool_provider_name }
    };
    assert_parity(&stack, "x_import_pool_arn_token");
}

#[test]
fn x_client_import_from_id_output() {
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool_client Client = from_user_pool_client_id("abcdefghij1234567890");
        output ClientId { value: Client.user_pool_client_id }
    };
    assert_parity_besides(&stack, "x_client_import_from_id_output", "pad");
}

#[test]
fn x_client_id_output() {
    let stack = cognito! {
        user_pool Pool { client Client {} }
        output ClientId { value: Client.user_pool_client_id }
    };
    assert_parity(&stack, "x_client_id_output");
}

#[test]
fn x_client_misc() {
    let stack = cognito! {
        user_pool Pool {
            custom_attributes: { zeta: string, alpha: number, beta: boolean },
            client SrpFalse { auth_flows: { user_srp: false } }
            client Rotation0 { auth_flows: { user }, refresh_token_rotation_grace_period: seconds(0) }
            client IdpsEmpty { supported_identity_providers: [] }
            client IdpsDupes { supported_identity_providers: [custom("X"), custom("X"), APPLE, FACEBOOK, COGNITO] }
            client Scopes { o_auth: { scopes: [COGNITO_ADMIN, custom("a/b"), PHONE, PHONE] } }
            client Attrs {
                read_attributes: {
                    standard_attributes: { phone_number_verified, timezone, address, email: false },
                    custom_attributes: ["zeta", "alpha", "custom:beta", "beta"],
                },
                write_attributes: {},
            }
            client NoOAuth {
                disable_o_auth: true,
                generate_secret: false,
                enable_token_revocation: false,
                prevent_user_existence_errors: false,
                enable_propagate_additional_user_context_data: false,
            }
            client Named { user_pool_client_name: "named client" }
            client Redirect {
                generate_secret: true,
                o_auth: {
                    flows: { client_credentials },
                    scopes: [custom("api/read")],
                    default_redirect_uri: "https://x.example.com",
                    logout_urls: [],
                },
            }
        }
        output NamedId { value: Named.user_pool_client_id }
        output NamedName { value: Named.user_pool_client_name }
    };
    assert_parity(&stack, "x_client_misc");
}

#[test]
fn x_err_client_access_token_330s() {
    let stack = cognito! { user_pool Pool { client Client { access_token_validity: (cognito::Duration::seconds(330)) } } };
    assert_rejected(&stack, "x_err_client_access_token_330s", "client.validity.whole");
}

#[test]
fn x_err_client_auth_session_190s() {
    let stack = cognito! { user_pool Pool { client Client { auth_session_validity: (cognito::Duration::seconds(190)) } } };
    assert_rejected(&stack, "x_err_client_auth_session_190s", "client.validity.whole");
}

#[test]
fn x_err_client_default_redirect_not_in_callbacks() {
    let other = "https://example.com/other";
    let stack = cognito! {
        user_pool Pool {
            client Client {
                o_auth: {
                    flows: { authorization_code_grant },
                    callback_urls: ["https://example.com/callback"],
                    default_redirect_uri: (other),
                },
            }
        }
    };
    assert_rejected(
        &stack,
        "x_err_client_default_redirect_not_in_callbacks",
        "client.default_redirect_uri.callbacks",
    );
}

#[test]
fn x_err_client_default_redirect_token_callback() {
    let uri = "https://example.com/callback";
    let stack = cognito! {
        parameter url as "CallbackUrl" { type: "String" }
        user_pool Pool {
            client Client {
                o_auth: {
                    flows: { authorization_code_grant },
                    callback_urls: [url],
                    default_redirect_uri: (uri),
                },
            }
        }
    };
    assert_rejected(
        &stack,
        "x_err_client_default_redirect_token_callback",
        "client.default_redirect_uri.callbacks",
    );
}

#[test]
fn x_err_client_id_token_longer_than_refresh() {
    let stack = cognito! {
        user_pool Pool {
            client Client { id_token_validity: (cognito::Duration::hours(2)), refresh_token_validity: minutes(60) }
        }
    };
    assert_rejected(&stack, "x_err_client_id_token_longer_than_refresh", "client.validity.exceeds_refresh");
}

#[test]
fn x_err_client_propagate_without_secret() {
    let on = true;
    let stack =
        cognito! { user_pool Pool { client Client { enable_propagate_additional_user_context_data: (on) } } };
    assert_rejected(
        &stack,
        "x_err_client_propagate_without_secret",
        "client.propagate_user_context_data.secret",
    );
}

#[test]
fn x_err_client_rotation_grace_61s() {
    let stack = cognito! {
        user_pool Pool { client Client { refresh_token_rotation_grace_period: (cognito::Duration::seconds(61)) } }
    };
    assert_rejected(&stack, "x_err_client_rotation_grace_61s", "client.validity.range");
}

#[test]
fn x_resource_server_empty_scopes() {
    let stack = cognito! { user_pool Pool { resource_server Api { identifier: "api", scopes: {} } } };
    assert_parity(&stack, "x_resource_server_empty_scopes");
}

#[test]
fn x_resource_server_name_no_scopes() {
    let stack = cognito! {
        user_pool Pool { resource_server Api { identifier: "api", user_pool_resource_server_name: "My API" } }
    };
    assert_parity(&stack, "x_resource_server_name_no_scopes");
}

#[test]
fn x_resource_server_name_token() {
    let stack = cognito! {
        user_pool Pool {
            resource_server Api { identifier: "https://api.example.com", user_pool_resource_server_name: name }
        }
        parameter name as "ApiName" { type: "String" }
        user_pool_resource_server Orders {
            user_pool: Pool,
            identifier: "orders",
            user_pool_resource_server_name: import_value("OrdersApiName"),
        }
    };
    assert_parity(&stack, "x_resource_server_name_token");
}

/// The CDK names a resource server after its identifier; `https://api.example.com` is not a
/// valid name, which Cognito rejects at deploy time, and so do we (the identifier is a
/// run-time value here so that the block compiles).
#[test]
fn x_resource_server_toplevel() {
    let identifier = "https://api.example.com";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_resource_server Api { user_pool: Pool, identifier: (identifier), scopes: { read: "Read access" } }
    };
    assert_stricter(&stack, "x_resource_server_toplevel", "resource_server.name");
}

#[test]
fn x_resource_server_toplevel_named() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_resource_server Api {
            user_pool: Pool,
            identifier: "https://api.example.com",
            user_pool_resource_server_name: "My API",
            scopes: { read: "Read access", write: "Write access" },
        }
        user_pool_client Machine {
            user_pool: Pool,
            generate_secret: true,
            o_auth: {
                flows: { client_credentials },
                scopes: [resource_server(Api, "write"), resource_server(Api, "read")],
            },
        }
        output ClientId { value: Machine.user_pool_client_id }
        output ApiId { value: Api.user_pool_resource_server_id }
    };
    assert_parity(&stack, "x_resource_server_toplevel_named");
}

/// The CDK takes an SQS queue's ARN as a user pool's when it has a resource name; we check
/// the service and the resource type, since no such pool can exist (the ARN is a run-time
/// value here so that the block compiles).
#[test]
fn x_pool_from_arn_other_service() {
    let arn = "arn:aws:sqs:us-east-1:123456789012:queue/my-queue";
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool Imported = from_user_pool_arn((arn));
        output PoolId { value: Imported.user_pool_id }
        output PoolArn { value: Imported.user_pool_arn }
        output ProviderName { value: Imported.user_pool_provider_name }
    };
    assert_stricter(&stack, "x_pool_from_arn_other_service", "import.user_pool_arn");
}

#[test]
fn x_err_pool_from_arn_sqs() {
    let arn = "arn:aws:sqs:us-east-1:123456789012:my-queue";
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool Imported = from_user_pool_arn((arn));
        output PoolId { value: Imported.user_pool_id }
        output PoolArn { value: Imported.user_pool_arn }
    };
    assert_rejected(&stack, "x_err_pool_from_arn_sqs", "import.user_pool_arn");
}

#[test]
fn x_err_pool_from_arn_not_arn() {
    let arn = "not-an-arn";
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool Imported = from_user_pool_arn((arn));
        output PoolId { value: Imported.user_pool_id }
    };
    assert_rejected(&stack, "x_err_pool_from_arn_not_arn", "import.user_pool_arn");
}

/// Reading `user_pool_client_secret` is a compile error (see `tests/ui/client`); written as a
/// run-time value, `synth` rejects it.
#[test]
fn err_client_secret_without_generate() {
    let secret = cognito::Value::attr("client", cognito::Attr::UserPoolClientSecret);
    let stack = cognito! {
        user_pool Pool { client client {} }
        output Secret { value: (secret) }
    };
    assert_rejected(&stack, "err_client_secret_without_generate", "client.user_pool_client_secret");
}

/// Run-time values (`(EXPR)`) in the new positions: a scope's description, a resource
/// server's name, an element of a client's scopes, a custom scope, an identity provider.
#[test]
fn run_time_values() {
    let name = String::from("My API");
    let description = "Write access";
    let read = cognito::OAuthScope::ResourceServer { server: "Api".into(), scope: "read".into() };
    let stack = cognito! {
        user_pool Pool {}
        user_pool_resource_server Api {
            user_pool: Pool,
            identifier: "https://api.example.com",
            user_pool_resource_server_name: (name),
            scopes: { read: "Read access", write: (description) },
        }
        user_pool_client Machine {
            user_pool: Pool,
            generate_secret: true,
            o_auth: { flows: { client_credentials }, scopes: [resource_server(Api, "write"), (read)] },
        }
        output ClientId { value: Machine.user_pool_client_id }
        output ApiId { value: Api.user_pool_resource_server_id }
    };
    assert_parity(&stack, "x_resource_server_toplevel_named");
}
