//! The rules of an app client: every check the CDK's `UserPoolClient` makes, in its order,
//! then the deploy-time rules of CloudFormation and Cognito for the properties it emits.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::pool;
use crate::context::rules::{all_visible, arn, is_name_char};
use crate::core::duration::TimeUnit;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::text::{is_visible, utf16_len};
use crate::core::value::Attr;

/// The OpenID Connect scopes, which the client credentials grant cannot have.
const OIDC_SCOPES: [&str; 5] = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];

/// Runs every rule of an app client.
pub(crate) fn check(c: &UserPoolClient, cx: &mut Check) {
    cx.values(c);
    let pool = pool::check_pool(cx, c.user_pool.as_ref(), "user_pool_client");
    // The AWS CDK, in the order the constructor checks.
    disable_o_auth_with_o_auth(c, cx);
    callback_urls_not_empty(c, cx);
    default_redirect_uri_in_callbacks(c, cx);
    default_redirect_uri_pattern(c, cx);
    propagate_user_context_needs_secret(c, cx);
    client_credentials_alone(c, cx);
    analytics_application_conflict(c, cx);
    analytics_incomplete(c, cx);
    validity_ranges(c, cx);
    validity_exceeds_refresh(c, cx);
    validity_whole_units(c, cx);
    // CloudFormation and Cognito, at deploy time.
    client_name_schema(c, cx);
    urls(c, cx);
    url_count(c, cx);
    client_credentials_needs_secret(c, cx);
    client_credentials_oidc_scopes(c, cx);
    scope_schema(c, cx);
    scope_count(c, cx);
    resource_server_scopes(c, pool, cx);
    identity_provider_schema(c, cx);
    client_waits_for_providers(c, pool, cx);
    named_provider_of_the_pool(c, pool, cx);
    custom_attributes_declared(c, pool, cx);
    analytics_schema(c, cx);
}

/// AWS CDK `UserPoolClient` (E-C1): `o_auth` cannot be given with `disable_o_auth: true`.
fn disable_o_auth_with_o_auth(c: &UserPoolClient, cx: &mut Check) {
    if c.disable_o_auth == Some(true) && c.o_auth.is_some() {
        cx.push(
            Issue::new(
                "client.o_auth.disabled",
                "o_auth",
                "`o_auth` cannot be given when `disable_o_auth` is true; remove `o_auth`, or `disable_o_auth`",
            )
            .related("disable_o_auth")
            .target(Target::Key),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C2): the code and implicit grants need a callback URL.
fn callback_urls_not_empty(c: &UserPoolClient, cx: &mut Check) {
    let flows = c.effective_flows();
    let Some(urls) = c.o_auth.as_ref().and_then(|o| o.callback_urls.as_ref()) else {
        return;
    };
    if urls.is_empty() && (flows.authorization_code_grant || flows.implicit_code_grant) {
        cx.push(
            Issue::new(
                "client.callback_urls.empty",
                "o_auth.callback_urls",
                "`callback_urls` must not be empty when the authorization code or implicit grant is on; add the URL Cognito redirects to after sign-in",
            )
            .related("o_auth.flows"),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C3): `default_redirect_uri` is one of the callback URLs (the
/// CDK's default `["https://example.com"]` included). The CDK compares the literal URI with
/// the list as given, so a callback URL known only at deploy time never matches it.
fn default_redirect_uri_in_callbacks(c: &UserPoolClient, cx: &mut Check) {
    let Some(uri) = c.o_auth.as_ref().and_then(|o| o.default_redirect_uri.as_ref()) else {
        return;
    };
    let Some(text) = uri.literal().filter(|t| !t.is_empty()) else {
        return;
    };
    let Some(urls) = c.effective_callback_urls() else {
        return;
    };
    if urls.iter().any(|u| u.literal() == Some(text)) {
        return;
    }
    let given = c.o_auth.as_ref().is_some_and(|o| o.callback_urls.is_some());
    let hint = if !given {
        " (without `callback_urls`, the CDK uses [\"https://example.com\"])"
    } else if urls.iter().any(|u| u.literal().is_none()) {
        " (a callback URL known only at deploy time does not count: the CDK compares the URI with the list as written)"
    } else {
        ""
    };
    cx.push(
        Issue::new(
            "client.default_redirect_uri.callbacks",
            "o_auth.default_redirect_uri",
            format!(
                "`default_redirect_uri` must be one of `callback_urls` (got {text:?}){hint}; add it to `callback_urls`"
            ),
        )
        .value(uri)
        .related("o_auth.callback_urls"),
    );
}

/// AWS CDK `UserPoolClient` (E-C4): `default_redirect_uri` matches
/// `^(?=.{1,1024}$)[\p{L}\p{M}\p{S}\p{N}\p{P}]+$`.
fn default_redirect_uri_pattern(c: &UserPoolClient, cx: &mut Check) {
    let Some(uri) = c.o_auth.as_ref().and_then(|o| o.default_redirect_uri.as_ref()) else {
        return;
    };
    let Some(text) = uri.literal() else { return };
    let len = text.chars().count();
    // The CDK skips an empty URI; CloudFormation's `minLength` 1 rejects it.
    let why = if text.is_empty() {
        Some("CloudFormation rejects an empty `DefaultRedirectURI` at deploy time")
    } else if len > 1024 || !all_visible(text) {
        Some("it must be 1 to 1024 letters, digits, symbols or punctuation, without spaces")
    } else {
        None
    };
    if let Some(why) = why {
        cx.push(
            Issue::new(
                "client.default_redirect_uri.pattern",
                "o_auth.default_redirect_uri",
                format!("`default_redirect_uri` is not a valid redirect URI (got {text:?}): {why}"),
            )
            .value(uri),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C5): `enable_propagate_additional_user_context_data` needs a
/// client secret.
fn propagate_user_context_needs_secret(c: &UserPoolClient, cx: &mut Check) {
    if c.enable_propagate_additional_user_context_data == Some(true) && c.generate_secret != Some(true) {
        cx.push(
            Issue::new(
                "client.propagate_user_context_data.secret",
                "enable_propagate_additional_user_context_data",
                "`enable_propagate_additional_user_context_data` needs a client secret; set `generate_secret: true`",
            )
            .related("generate_secret")
            .target(Target::Setting),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C6): the client credentials grant cannot be combined with the
/// code or implicit grant.
fn client_credentials_alone(c: &UserPoolClient, cx: &mut Check) {
    let flows = c.effective_flows();
    if c.disable_o_auth == Some(true) || !flows.client_credentials {
        return;
    }
    if flows.authorization_code_grant || flows.implicit_code_grant {
        cx.push(
            Issue::new(
                "client.flows.client_credentials_alone",
                "o_auth.flows.client_credentials",
                "`client_credentials` cannot be combined with `authorization_code_grant` or `implicit_code_grant`; use a separate client for machine-to-machine access",
            )
            .related("o_auth.flows.authorization_code_grant")
            .related("o_auth.flows.implicit_code_grant")
            .target(Target::Key),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C7): `analytics.application` excludes the other three.
fn analytics_application_conflict(c: &UserPoolClient, cx: &mut Check) {
    let Some(a) = &c.analytics else { return };
    if a.application.is_some() && (a.application_id.is_some() || a.external_id.is_some() || a.role.is_some())
    {
        cx.push(
            Issue::new(
                "client.analytics.application_conflict",
                "analytics.application",
                "`analytics` takes either `application`, or `application_id`, `external_id` and `role`, not both; remove `application` or the other three",
            )
            .related("analytics.application_id")
            .related("analytics.external_id")
            .related("analytics.role")
            .target(Target::Key),
        );
    }
}

/// AWS CDK `UserPoolClient` (E-C8): without `application`, `analytics` needs all of
/// `application_id`, `external_id` and `role`.
fn analytics_incomplete(c: &UserPoolClient, cx: &mut Check) {
    let Some(a) = &c.analytics else { return };
    if a.application.is_some() {
        return;
    }
    let missing: Vec<&str> = [
        ("`application_id`", a.application_id.is_none()),
        ("`external_id`", a.external_id.is_none()),
        ("`role`", a.role.is_none()),
    ]
    .into_iter()
    .filter_map(|(k, m)| m.then_some(k))
    .collect();
    if !missing.is_empty() {
        cx.push(
            Issue::new(
                "client.analytics.incomplete",
                "analytics",
                format!(
                    "`analytics` needs `application`, or all of `application_id`, `external_id` and `role`; add {}",
                    missing.join(", ")
                ),
            )
            .related("analytics.application_id")
            .related("analytics.external_id")
            .related("analytics.role")
            .target(Target::Key),
        );
    }
}

/// The validities the CDK checks, with their ranges, in its order.
fn validity_bounds(c: &UserPoolClient) -> [(&'static str, Option<Duration>, Duration, Duration); 5] {
    [
        ("auth_session_validity", c.auth_session_validity, Duration::minutes(3), Duration::minutes(15)),
        ("id_token_validity", c.id_token_validity, Duration::minutes(5), Duration::days(1)),
        ("access_token_validity", c.access_token_validity, Duration::minutes(5), Duration::days(1)),
        ("refresh_token_validity", c.refresh_token_validity, Duration::minutes(60), Duration::days(3650)),
        (
            "refresh_token_rotation_grace_period",
            c.refresh_token_rotation_grace_period,
            Duration::seconds(0),
            Duration::minutes(1),
        ),
    ]
}

fn in_range(d: Duration, min: Duration, max: Duration) -> bool {
    let ms = d.to_millis();
    ms >= min.to_millis() && ms <= max.to_millis()
}

/// AWS CDK `UserPoolClient` (E-C9): each validity within its range, inclusive.
fn validity_ranges(c: &UserPoolClient, cx: &mut Check) {
    for (key, value, min, max) in validity_bounds(c) {
        let Some(d) = value else { continue };
        if !in_range(d, min, max) {
            cx.push(
                Issue::new(
                    "client.validity.range",
                    key,
                    format!(
                        "`{key}` must be between {} and {} (got {d})",
                        min.to_human_string(),
                        max.to_human_string()
                    ),
                )
                .value(d),
            );
        }
    }
}

/// AWS CDK `UserPoolClient` (E-C9): with `refresh_token_validity`, the ID and access tokens
/// cannot outlive the refresh token.
fn validity_exceeds_refresh(c: &UserPoolClient, cx: &mut Check) {
    let bounds = validity_bounds(c);
    let Some(refresh) = c.refresh_token_validity.filter(|r| in_range(*r, bounds[3].2, bounds[3].3)) else {
        return;
    };
    for (key, value, min, max) in &bounds[1..3] {
        let Some(d) = *value else { continue };
        if in_range(d, *min, *max) && d.to_millis() > refresh.to_millis() {
            cx.push(
                Issue::new(
                    "client.validity.exceeds_refresh",
                    *key,
                    format!(
                        "`{key}` must not be longer than `refresh_token_validity` (got {d}, refresh tokens last {refresh}); shorten it or lengthen the refresh token"
                    ),
                )
                .value(d)
                .related("refresh_token_validity"),
            );
        }
    }
}

/// AWS CDK `UserPoolClient` (E-C9b, `Duration.toMinutes()` / `toSeconds()`): the validities
/// are whole minutes, the rotation grace period whole seconds.
fn validity_whole_units(c: &UserPoolClient, cx: &mut Check) {
    for (key, value, min, max) in validity_bounds(c) {
        let Some(d) = value else { continue };
        let unit =
            if key == "refresh_token_rotation_grace_period" { TimeUnit::Seconds } else { TimeUnit::Minutes };
        if in_range(d, min, max) && d.whole(unit).is_none() {
            cx.push(
                Issue::new(
                    "client.validity.whole",
                    key,
                    format!("`{key}` must be a whole number of {} (got {d})", unit.label()),
                )
                .value(d),
            );
        }
    }
}

/// CloudFormation schema (`ClientName`: 1 to 128 characters of `[\w\s+=,.@-]`).
fn client_name_schema(c: &UserPoolClient, cx: &mut Check) {
    let Some(name) = &c.user_pool_client_name else { return };
    let Some(text) = name.literal() else { return };
    let len = utf16_len(text);
    if len == 0 || len > 128 || !text.chars().all(is_name_char) {
        cx.push(
            Issue::new(
                "client.user_pool_client_name.schema",
                "user_pool_client_name",
                format!(
                    "`user_pool_client_name` must be 1 to 128 letters, digits, spaces or `_+=,.@-` (got {text:?}, {len} characters); Cognito rejects it at deploy time (\"Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+\")"
                ),
            )
            .value(name),
        );
    }
}

/// What is wrong with a callback or logout URL, by Cognito's rules for redirect URIs: 1 to
/// 1024 characters without spaces, absolute, no fragment, HTTPS except `http://localhost`
/// and the loopback addresses (custom schemes such as `myapp://` are fine).
fn url_problem(url: &str) -> Option<&'static str> {
    let len = utf16_len(url);
    if len == 0 || len > 1024 {
        return Some("it must be 1 to 1024 characters long");
    }
    if !all_visible(url) {
        return Some("it must not contain spaces or control characters");
    }
    if url.contains('#') {
        return Some("it must not have a fragment (`#…`)");
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Some("it must be absolute, with a scheme such as `https://`");
    };
    let scheme_ok = scheme.chars().next().is_some_and(|ch| ch.is_ascii_alphabetic())
        && scheme.chars().all(|ch| ch.is_ascii_alphanumeric() || "+.-".contains(ch));
    if !scheme_ok || rest.is_empty() {
        return Some("it must be absolute, with a scheme such as `https://`");
    }
    if scheme.eq_ignore_ascii_case("http") {
        let authority = rest.strip_prefix("//").unwrap_or("");
        let authority = authority.split(['/', '?']).next().unwrap_or("");
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = if host.starts_with('[') {
            host.split_inclusive(']').next().unwrap_or(host)
        } else {
            host.split(':').next().unwrap_or(host)
        };
        let host = host.to_ascii_lowercase();
        if !matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]") {
            return Some(
                "it must use `https://` (plain `http://` is only for `localhost`, `127.0.0.1` and `[::1]`)",
            );
        }
    }
    None
}

/// Cognito (redirect URIs, "Configuring a user pool app client") and the CloudFormation
/// schema (`CallbackURLs`, `LogoutURLs`: 1 to 1024 characters): each callback and logout URL
/// is absolute, HTTPS unless on localhost, without a fragment.
fn urls(c: &UserPoolClient, cx: &mut Check) {
    let Some(o) = &c.o_auth else { return };
    for (key, urls) in [("callback_urls", &o.callback_urls), ("logout_urls", &o.logout_urls)] {
        for (i, url) in urls.iter().flatten().enumerate() {
            let Some(text) = url.literal() else { continue };
            if let Some(why) = url_problem(text) {
                cx.push(
                    Issue::new(
                        "client.url",
                        format!("o_auth.{key}.{i}"),
                        format!(
                            "{text:?} is not a valid URL for `{key}`: {why}; Cognito rejects it at deploy time"
                        ),
                    )
                    .value(url),
                );
            }
        }
    }
}

/// CloudFormation schema (`CallbackURLs`, `LogoutURLs`: at most 100 items).
fn url_count(c: &UserPoolClient, cx: &mut Check) {
    let Some(o) = &c.o_auth else { return };
    for (key, urls) in [("callback_urls", &o.callback_urls), ("logout_urls", &o.logout_urls)] {
        let Some(urls) = urls else { continue };
        if urls.len() > 100 {
            cx.push(
                Issue::new(
                    "client.url.count",
                    format!("o_auth.{key}"),
                    format!(
                        "`{key}` can hold at most 100 URLs (got {}); CloudFormation rejects it at deploy time",
                        urls.len()
                    ),
                )
                .target(Target::Key),
            );
        }
    }
}

/// Cognito (`InvalidOAuthFlowException`): the client credentials grant needs a client
/// secret.
fn client_credentials_needs_secret(c: &UserPoolClient, cx: &mut Check) {
    if c.disable_o_auth == Some(true)
        || !c.effective_flows().client_credentials
        || c.generate_secret == Some(true)
    {
        return;
    }
    cx.push(
        Issue::new(
            "client.client_credentials.secret",
            "o_auth.flows.client_credentials",
            "`client_credentials` needs a client secret; set `generate_secret: true`. Cognito rejects this at deploy time (\"client_credentials flow can not be selected if client does not have a client secret.\")",
        )
        .related("generate_secret")
        .target(Target::Key),
    );
}

/// Cognito (`InvalidOAuthFlowException`): the client credentials grant takes only custom
/// scopes, not the OpenID Connect ones (the CDK's default scopes are all OpenID Connect
/// scopes).
fn client_credentials_oidc_scopes(c: &UserPoolClient, cx: &mut Check) {
    if c.disable_o_auth == Some(true) || !c.effective_flows().client_credentials {
        return;
    }
    let quote =
        "Cognito rejects this at deploy time (\"openid is not supported with client_credentials flow\")";
    match c.o_auth.as_ref().and_then(|o| o.scopes.as_ref()) {
        Some(scopes) => {
            for (i, scope) in scopes.iter().enumerate() {
                if let Some(name) = scope.name().filter(|n| OIDC_SCOPES.contains(n)) {
                    let brings = if matches!(name, "phone" | "email" | "profile") {
                        " (an OpenID Connect scope, which brings `openid` with it)"
                    } else {
                        ""
                    };
                    cx.push(
                        Issue::new(
                            "client.client_credentials.oidc_scopes",
                            format!("o_auth.scopes.{i}"),
                            format!(
                                "the client credentials grant takes only custom scopes, not `{name}`{brings}; {quote}"
                            ),
                        )
                        .related("o_auth.flows.client_credentials"),
                    );
                }
            }
        }
        None => cx.push(
            Issue::new(
                "client.client_credentials.oidc_scopes",
                "o_auth.flows.client_credentials",
                format!(
                    "without `scopes`, the CDK gives the client its default scopes (profile, phone, email, openid, aws.cognito.signin.user.admin), which the client credentials grant cannot have; {quote}. Add `scopes` with the resource server scopes the client may request, e.g. `scopes: [resource_server(api, \"read\")]`"
                ),
            )
            .target(Target::Key),
        ),
    }
}

/// CloudFormation schema (`AllowedOAuthScopes` items: 1 to 256 characters of
/// `[\x21\x23-\x5B\x5D-\x7E]`).
fn scope_schema(c: &UserPoolClient, cx: &mut Check) {
    let Some(scopes) = c.o_auth.as_ref().and_then(|o| o.scopes.as_ref()) else {
        return;
    };
    let ok_char = |ch: char| matches!(ch, '\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E');
    for (i, scope) in scopes.iter().enumerate() {
        // A resource server's scope names are checked on the resource server.
        let OAuthScope::Custom(text) = scope else { continue };
        let len = utf16_len(text);
        if len == 0 || len > 256 || !text.chars().all(ok_char) {
            cx.push(Issue::new(
                "client.scope.schema",
                format!("o_auth.scopes.{i}"),
                format!(
                    "scope {text:?} must be 1 to 256 printable ASCII characters without spaces, `\"` or `\\`; CloudFormation rejects it at deploy time"
                ),
            ));
        }
    }
}

/// CloudFormation schema (`AllowedOAuthScopes`: at most 50 items).
fn scope_count(c: &UserPoolClient, cx: &mut Check) {
    let Some(scopes) = c.o_auth.as_ref().and_then(|o| o.scopes.as_ref()) else {
        return;
    };
    let count = c.effective_scope_names().len()
        + scopes.iter().filter(|s| matches!(s, OAuthScope::ResourceServer { .. })).count();
    if count > 50 {
        cx.push(
            Issue::new(
                "client.scopes.count",
                "o_auth.scopes",
                format!("a client can have at most 50 scopes (got {count}); CloudFormation rejects it at deploy time"),
            )
            .target(Target::Key),
        );
    }
}

/// Cognito (`ScopeDoesNotExistException`, "Invalid scope requested"): a resource server scope
/// names a `user_pool_resource_server` of the client's own pool, and one of its scopes.
fn resource_server_scopes(c: &UserPoolClient, pool: Option<NodeId>, cx: &mut Check) {
    let Some(scopes) = c.o_auth.as_ref().and_then(|o| o.scopes.as_ref()) else {
        return;
    };
    for (i, scope) in scopes.iter().enumerate() {
        let OAuthScope::ResourceServer { server, scope } = scope else { continue };
        let path = format!("o_auth.scopes.{i}");
        let Some(node) = cx.resolve(&path, server, &["user_pool_resource_server"]) else { continue };
        let Some(rs) = cx.facts.resource_server(node) else { continue };
        if let (Some(pool), Some(rs_pool)) = (pool, rs.pool)
            && pool != rs_pool
        {
            cx.push(Issue::new(
                "client.scope.resource_server",
                path,
                format!(
                    "resource server `{server}` belongs to another user pool than this client; Cognito rejects a scope of another pool at deploy time (\"Invalid scope requested\")"
                ),
            ));
            continue;
        }
        if let Some(declared) = &rs.scopes
            && !declared.iter().any(|s| s == scope)
        {
            let names: Vec<String> = declared.iter().map(|s| format!("`{s}`")).collect();
            let names = if names.is_empty() { "none".to_owned() } else { names.join(", ") };
            cx.push(
                Issue::new(
                    "client.scope.resource_server",
                    path,
                    format!(
                        "resource server `{server}` has no scope {scope:?} (its scopes: {names}); Cognito rejects it at deploy time (\"Invalid scope requested\"); declare it in the resource server's `scopes`"
                    ),
                )
                .reads(node, "scopes"),
            );
        }
    }
}

/// CloudFormation schema (`SupportedIdentityProviders` items: 1 to 32 characters of
/// `[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]`).
fn identity_provider_schema(c: &UserPoolClient, cx: &mut Check) {
    for (i, p) in c.supported_identity_providers.iter().flatten().enumerate() {
        let Some(name) = p.name().filter(|_| matches!(p, UserPoolClientIdentityProvider::Custom(_))) else {
            continue;
        };
        let len = utf16_len(name);
        let ok_char = |ch: char| is_visible(ch) || (ch.is_whitespace() && !ch.is_control());
        if len == 0 || len > 32 || !name.chars().all(ok_char) {
            cx.push(Issue::new(
                "client.identity_provider.schema",
                format!("supported_identity_providers.{i}"),
                format!(
                    "identity provider name {name:?} must be 1 to 32 characters without control characters (got {len} characters); CloudFormation rejects it at deploy time"
                ),
            ));
        }
    }
}

/// Cognito ("Invalid read/write attributes specified while creating a client"): a custom
/// attribute in `read_attributes` or `write_attributes` is declared in the pool's
/// `custom_attributes` (checked when the pool is created in the stack).
fn custom_attributes_declared(c: &UserPoolClient, pool: Option<NodeId>, cx: &mut Check) {
    let Some(pool_node) = pool else { return };
    let Some(declared) = cx.facts.custom_attributes(pool_node) else { return };
    for (key, attrs) in [("read_attributes", &c.read_attributes), ("write_attributes", &c.write_attributes)] {
        for (i, name) in attrs.iter().flat_map(|a| a.custom_attributes.iter()).enumerate() {
            let bare = name.strip_prefix("custom:").unwrap_or(name);
            if !declared.contains(&bare) {
                let path = format!("{key}.custom_attributes.{i}");
                cx.push(Issue::new(
                    "client.attributes.custom_undeclared",
                    path,
                    format!(
                        "custom attribute {bare:?} is not declared in the pool's `custom_attributes`; Cognito rejects the client at deploy time (\"Invalid {} attributes specified while creating a client\"); declare it in the pool",
                        if key == "read_attributes" { "read" } else { "write" }
                    ),
                )
                .reads(pool_node, "custom_attributes"));
            }
        }
    }
}

/// CloudFormation schema (`AnalyticsConfiguration`: `ApplicationId` is hexadecimal,
/// `ApplicationArn` and `RoleArn` are ARNs) and the references (`role` is a `role` item).
fn analytics_schema(c: &UserPoolClient, cx: &mut Check) {
    let Some(a) = &c.analytics else { return };
    if let Some(id) = &a.application_id
        && let Some(text) = id.literal()
        && (text.is_empty() || !text.chars().all(|ch| ch.is_ascii_hexdigit()))
    {
        cx.push(
            Issue::new(
                "client.analytics.schema",
                "analytics.application_id",
                format!(
                    "`application_id` must be the hexadecimal id of an Amazon Pinpoint project (got {text:?}); CloudFormation rejects it at deploy time"
                ),
            )
            .value(id),
        );
    }
    if let Some(app) = &a.application {
        arn(cx, "client.analytics.schema", "analytics.application", app, None);
    }
    match &a.role {
        Some(Arn::Item(r)) => {
            cx.resolve("analytics.role", r, &["role"]);
        }
        Some(Arn::Value(v)) => arn(cx, "client.analytics.schema", "analytics.role", v, Some("iam")),
        None => {}
    }
}

/// AWS CDK `UserPoolClient.userPoolClientName` (E-C10) and `userPoolClientSecret`: which
/// attributes a client exposes; reports the attributes it cannot give.
pub(crate) fn check_client_attr(
    client: Option<&UserPoolClient>,
    cx: &mut Check,
    path: &str,
    attr: &Attr,
) -> Result<(), String> {
    match (attr, client) {
        (Attr::UserPoolClientId, _) => Ok(()),
        (Attr::UserPoolClientName, Some(c)) if c.user_pool_client_name.is_some() => Ok(()),
        (Attr::UserPoolClientName, Some(_)) => {
            cx.push(Issue::new(
                "client.user_pool_client_name.unavailable",
                path,
                "`user_pool_client_name` is only known when the client sets `user_pool_client_name`; give the client a name, or use `user_pool_client_id`",
            ));
            Ok(())
        }
        (Attr::UserPoolClientSecret, _) => {
            cx.push(Issue::new(
                "client.user_pool_client_secret",
                path,
                "`user_pool_client_secret` is not supported: the CDK reads the secret with a custom resource backed by a Lambda function asset, which we do not synthesize; read the secret at run time with `DescribeUserPoolClient`",
            ));
            Ok(())
        }
        (Attr::UserPoolClientName, None) => {
            Err("an imported `user_pool_client` has no attribute `user_pool_client_name`; only its `user_pool_client_id` is known".to_owned())
        }
        _ => Err(format!("a `user_pool_client` has no attribute `{}`", attr.name())),
    }
}

/// The rules of an imported client: CloudFormation schema (`ClientId`: 1 to 128 characters of
/// `[\w+]`).
pub(crate) fn check_imported(c: &ImportedUserPoolClient, cx: &mut Check) {
    let path = "from_user_pool_client_id";
    cx.value(path, &c.user_pool_client_id);
    let Some(text) = c.user_pool_client_id.literal() else { return };
    let len = text.len();
    if len == 0 || len > 128 || !text.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '+') {
        cx.push(
            Issue::new(
                "import.user_pool_client_id",
                path,
                format!(
                    "an app client id is 1 to 128 letters, digits, `_` or `+`, such as `1example23456789` (got {text:?})"
                ),
            )
            .value(&c.user_pool_client_id),
        );
    }
}

/// Cognito ("The provider Google does not exist for User Pool …", cdk#15850, demand row 34):
/// an app client that names an identity provider of this stack in
/// `supported_identity_providers` must wait for it (`depends_on`); otherwise CloudFormation
/// may create the client first. (The CDK's default list refers to the providers, so it waits.)
fn client_waits_for_providers(c: &UserPoolClient, pool: Option<NodeId>, cx: &mut Check) {
    let (Some(pool), Some(list), Some(client)) = (pool, c.supported_identity_providers.as_ref(), cx.node)
    else {
        return;
    };
    let facts = cx.facts;
    for (i, p) in list.iter().enumerate() {
        // A provider named by its `provider_name` is a reference, which CloudFormation waits for.
        let Some(name) = p.name() else { continue };
        let Some(j) = facts.identity_provider_named(pool, name) else { continue };
        if facts.waits_for(client, j) {
            continue;
        }
        let reference = facts.name(j).map_or_else(|| facts.path(j).join("/"), str::to_owned);
        cx.push(
            Issue::new(
                "client.identity_provider.depends_on",
                format!("supported_identity_providers.{i}"),
                format!(
                    "`{name}` is the identity provider `{reference}` of this stack, which this client does not wait for: CloudFormation may create the client first, and Cognito then rejects it (\"The provider {name} does not exist for User Pool …\", cdk#15850); write `custom({reference}.provider_name)`, which waits for it, or add `depends_on: [{reference}]` to the client"
                ),
            )
            .value(name),
        );
    }
}

/// Cognito ("The provider … does not exist for User Pool …"): a provider of the stack named by
/// its `provider_name` in `supported_identity_providers` (`custom(corp.provider_name)`) is one
/// of the client's own pool.
fn named_provider_of_the_pool(c: &UserPoolClient, pool: Option<NodeId>, cx: &mut Check) {
    let Some(pool) = pool else { return };
    for (i, p) in c.supported_identity_providers.iter().flatten().enumerate() {
        let UserPoolClientIdentityProvider::Custom(Value::Attr(r, Attr::ProviderName)) = p else { continue };
        let Some(provider) = cx.lookup(r) else { continue };
        // An imported provider registers on no pool: which one it belongs to is unknown.
        let Some(theirs) = cx.facts.identity_provider(provider).and_then(|f| f.user_pool) else { continue };
        if theirs == pool {
            continue;
        }
        let (theirs, ours) = (cx.facts.path(theirs).join("/"), cx.facts.path(pool).join("/"));
        cx.push(
            Issue::new(
                "client.identity_provider.pool",
                format!("supported_identity_providers.{i}"),
                format!(
                    "`{r}` is an identity provider of the user pool `{theirs}`, not of this client's pool `{ours}`; Cognito rejects the client at deploy time (\"The provider … does not exist for User Pool …\"); list a provider of `{ours}`"
                ),
            )
            .value(format!("{r}.provider_name")),
        );
    }
}
