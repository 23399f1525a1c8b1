//! `AWS::Cognito::UserPoolClient` → `client ID { … }` in its pool, the inverse of
//! `resources/client/render.rs` for the settings people write most.

use cognito_runtime::StandardAttributeName;

use super::{Item, Setting, concatenated, flag_set, item_name, prop, ref_id, strings};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};

/// `ExplicitAuthFlows` members and the `auth_flows` flag each comes from.
const AUTH_FLOWS: &[(&str, &str)] = &[
    ("ALLOW_ADMIN_USER_PASSWORD_AUTH", "admin_user_password"),
    ("ALLOW_CUSTOM_AUTH", "custom"),
    ("ALLOW_USER_PASSWORD_AUTH", "user_password"),
    ("ALLOW_USER_SRP_AUTH", "user_srp"),
    ("ALLOW_USER_AUTH", "user"),
];

/// `AllowedOAuthFlows` members and their `o_auth.flows` flags.
const OAUTH_FLOWS: &[(&str, &str)] = &[
    ("code", "authorization_code_grant"),
    ("implicit", "implicit_code_grant"),
    ("client_credentials", "client_credentials"),
];

/// OAuth scopes the CDK names (`OAuthScope.OPENID`, …); any other is `custom("…")`.
const SCOPES: &[(&str, &str)] = &[
    ("phone", "PHONE"),
    ("email", "EMAIL"),
    ("openid", "OPENID"),
    ("profile", "PROFILE"),
    ("aws.cognito.signin.user.admin", "COGNITO_ADMIN"),
];

/// The CDK's OAuth settings of a client given none: both grants, every standard scope, the
/// placeholder callback.
const DEFAULT_FLOWS: &[&str] = &["implicit", "code"];
const DEFAULT_SCOPES: &[&str] = &["profile", "phone", "email", "openid", "aws.cognito.signin.user.admin"];
const DEFAULT_CALLBACK: &str = "https://example.com";

pub fn lift(id: &str, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    let mut item = Item::new("client", id, main);
    if let Some(name) = prop(r, "ClientName").filter(|v| v.as_str().is_some()) {
        item.json("user_pool_client_name", name);
    }
    if prop(r, "GenerateSecret") == Some(&Json::Bool(true)) {
        item.text("generate_secret", "true");
    }
    auth_flows(r, &mut item);
    o_auth(r, t, &mut item);
    identity_providers(r, &mut item);
    token_validity(r, &mut item);
    session_and_errors(r, &mut item);
    for (cfn, key) in [("ReadAttributes", "read_attributes"), ("WriteAttributes", "write_attributes")] {
        if let Some(attributes) = prop(r, cfn).and_then(client_attributes) {
            item.map(key, attributes);
        }
    }
    Some(item)
}

/// `prevent_user_existence_errors`, `enable_token_revocation`,
/// `enable_propagate_additional_user_context_data` and `auth_session_validity`, as written.
fn session_and_errors(r: &Resource, item: &mut Item) {
    match prop(r, "PreventUserExistenceErrors").and_then(Json::as_str) {
        Some("ENABLED") => item.text("prevent_user_existence_errors", "true"),
        Some("LEGACY") => item.text("prevent_user_existence_errors", "false"),
        _ => {}
    }
    for (cfn, key) in [
        ("EnableTokenRevocation", "enable_token_revocation"),
        ("EnablePropagateAdditionalUserContextData", "enable_propagate_additional_user_context_data"),
    ] {
        if let Some(b @ Json::Bool(_)) = prop(r, cfn) {
            item.json(key, b);
        }
    }
    if let Some(Json::Num(n)) = prop(r, "AuthSessionValidity")
        && let Ok(minutes) = n.parse::<u64>()
    {
        item.text("auth_session_validity", duration(minutes));
    }
}

/// `{ standard_attributes: { email, … }, custom_attributes: ["tenant"] }`: the attributes a
/// client reads or writes, the CDK's sorted list read back (`custom:` ones by their name).
fn client_attributes(list: &Json) -> Option<Vec<(String, Setting)>> {
    let (mut standard, mut custom) = (Vec::new(), Vec::new());
    for name in strings(list)? {
        match name.strip_prefix("custom:") {
            Some(custom_name) => custom.push(Json::Str(custom_name.to_string())),
            None => {
                standard.push(StandardAttributeName::ALL.iter().find(|s| s.cognito_name() == name)?.key())
            }
        }
    }
    let mut entries = Vec::new();
    if !standard.is_empty() {
        entries.push((
            "standard_attributes".to_string(),
            Setting::Text(format!("{{ {} }}", standard.join(", "))),
        ));
    }
    if !custom.is_empty() {
        entries.push(("custom_attributes".to_string(), Setting::Json(Json::Arr(custom))));
    }
    Some(entries)
}

/// `supported_identity_providers`, when every one is named (`COGNITO`, `GOOGLE`, …); the
/// CDK's default (`COGNITO` alone, with no provider registered before the client) left out.
/// (A provider of the block, `{"Ref": …}`, stays an override: `custom(…)` takes a string.)
fn identity_providers(r: &Resource, item: &mut Item) {
    let Some(Json::Arr(names)) = prop(r, "SupportedIdentityProviders") else { return };
    if names.as_slice() == [Json::Str("COGNITO".into())] {
        return;
    }
    let member = |n: &Json| match n.as_str() {
        Some("COGNITO") => Some("COGNITO".to_string()),
        Some("Google") => Some("GOOGLE".to_string()),
        Some("Facebook") => Some("FACEBOOK".to_string()),
        Some("LoginWithAmazon") => Some("AMAZON".to_string()),
        Some("SignInWithApple") => Some("APPLE".to_string()),
        _ => None,
    };
    let members: Option<Vec<String>> = names.iter().map(member).collect();
    if let Some(members) = members {
        item.text("supported_identity_providers", format!("[{}]", members.join(", ")));
    }
}

/// `id_token_validity`, `access_token_validity`, `refresh_token_validity`: the CDK writes
/// each in minutes; the printed duration takes the largest whole unit.
fn token_validity(r: &Resource, item: &mut Item) {
    let tokens = [
        ("IdToken", "IdTokenValidity", "id_token_validity"),
        ("AccessToken", "AccessTokenValidity", "access_token_validity"),
        ("RefreshToken", "RefreshTokenValidity", "refresh_token_validity"),
    ];
    for (unit, cfn, key) in tokens {
        let in_minutes =
            prop(r, "TokenValidityUnits").and_then(|u| u.get(unit)).and_then(Json::as_str) == Some("minutes");
        let Some(Json::Num(n)) = prop(r, cfn).filter(|_| in_minutes) else { continue };
        if let Ok(minutes) = n.parse::<u64>() {
            item.text(key, duration(minutes));
        }
    }
}

/// `days(…)`, `hours(…)` or `minutes(…)`, whichever is whole and largest.
fn duration(minutes: u64) -> String {
    match minutes {
        m if m > 0 && m % 1440 == 0 => format!("days({})", m / 1440),
        m if m > 0 && m % 60 == 0 => format!("hours({})", m / 60),
        m => format!("minutes({m})"),
    }
}

/// `auth_flows`: the CDK adds `ALLOW_REFRESH_TOKEN_AUTH` to any flow set.
fn auth_flows(r: &Resource, item: &mut Item) {
    let Some(given) = prop(r, "ExplicitAuthFlows").and_then(strings) else { return };
    if !given.contains(&"ALLOW_REFRESH_TOKEN_AUTH") {
        return;
    }
    let chosen: Vec<&str> = given.into_iter().filter(|f| *f != "ALLOW_REFRESH_TOKEN_AUTH").collect();
    if let Some(set) = flag_set(&chosen, AUTH_FLOWS).filter(|_| !chosen.is_empty()) {
        item.text("auth_flows", set);
    }
}

/// `o_auth`: flows, scopes and URLs, when they are not the CDK's defaults.
fn o_auth(r: &Resource, t: &Template, item: &mut Item) {
    let flows = prop(r, "AllowedOAuthFlows").and_then(strings);
    let scopes = prop(r, "AllowedOAuthScopes").and_then(strings);
    let callbacks = prop(r, "CallbackURLs").and_then(strings);
    let logouts = prop(r, "LogoutURLs").and_then(strings);
    let default = flows.as_deref() == Some(DEFAULT_FLOWS)
        && scopes.as_deref() == Some(DEFAULT_SCOPES)
        && callbacks.as_deref() == Some(&[DEFAULT_CALLBACK][..])
        && logouts.is_none();
    if default || flows.is_none() {
        return;
    }
    let mut parts: Vec<(String, Setting)> = Vec::new();
    let Some(flow_set) = flag_set(&flows.unwrap_or_default(), OAUTH_FLOWS) else { return };
    parts.push(("flows".into(), Setting::Text(flow_set)));
    let members: Option<Vec<String>> = match prop(r, "AllowedOAuthScopes") {
        Some(Json::Arr(scopes)) => scopes.iter().map(|s| scope(s, t)).collect(),
        _ => None,
    };
    if let Some(members) = members {
        parts.push(("scopes".into(), Setting::Text(format!("[{}]", members.join(", ")))));
    }
    if let Some(urls) =
        prop(r, "CallbackURLs").filter(|_| callbacks.as_deref() != Some(&[DEFAULT_CALLBACK][..]))
    {
        parts.push(("callback_urls".into(), Setting::Json(urls.clone())));
    }
    if let Some(urls) = prop(r, "LogoutURLs") {
        parts.push(("logout_urls".into(), Setting::Json(urls.clone())));
    }
    if let Some(uri) = prop(r, "DefaultRedirectURI").filter(|v| v.as_str().is_some()) {
        parts.push(("default_redirect_uri".into(), Setting::Json(uri.clone())));
    }
    item.map("o_auth", parts);
}

/// A scope as the language names it: the CDK's member (`OPENID`), `custom("…")`, or
/// `resource_server(API, "read")` for a scope of a resource server of the block (the CDK
/// joins the server's id and the scope's name).
fn scope(s: &Json, t: &Template) -> Option<String> {
    if let Some(s) = s.as_str() {
        return Some(
            SCOPES
                .iter()
                .find(|(cfn, _)| *cfn == s)
                .map_or_else(|| format!("custom({})", string(s)), |(_, m)| m.to_string()),
        );
    }
    let [server, Json::Str(name)] = concatenated(s)? else { return None };
    let name = name.strip_prefix('/')?;
    let server = item_name(t, ref_id(server)?)?;
    Some(format!("resource_server({server}, {})", string(name)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    fn lifted(json: &str) -> Vec<String> {
        let t = crate::lift::test_support::template();
        settings(&lift("web", 0, &resource("AWS::Cognito::UserPoolClient", json), &t).unwrap())
    }

    #[test]
    fn the_default_client_says_nothing() {
        let client = r#"{"AllowedOAuthFlows": ["implicit", "code"], "AllowedOAuthFlowsUserPoolClient": true,
            "AllowedOAuthScopes": ["profile", "phone", "email", "openid", "aws.cognito.signin.user.admin"],
            "CallbackURLs": ["https://example.com"], "SupportedIdentityProviders": ["COGNITO"], "UserPoolId": {"Ref": "P"}}"#;
        assert_eq!(lifted(client), Vec::<String>::new());
    }

    #[test]
    fn validities_as_durations() {
        let client = r#"{"AccessTokenValidity": 60, "IdTokenValidity": 90, "RefreshTokenValidity": 43200,
            "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "minutes"}}"#;
        assert_eq!(
            lifted(client),
            [
                "id_token_validity: minutes(90)",
                "access_token_validity: hours(1)",
                "refresh_token_validity: days(30)"
            ]
        );
    }

    #[test]
    fn flows_scopes_and_urls() {
        let client = r#"{"ClientName": "web", "GenerateSecret": true, "SupportedIdentityProviders": ["Google", "COGNITO"],
            "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid", "api/read"],
            "CallbackURLs": ["https://my-app-domain.com/welcome"], "LogoutURLs": ["https://my-app-domain.com/bye"]}"#;
        assert_eq!(
            lifted(client),
            [
                "user_pool_client_name: \"web\"",
                "generate_secret: true",
                "auth_flows: { user_password, user_srp }",
                "o_auth: { flows: { authorization_code_grant }, scopes: [OPENID, custom(\"api/read\")], callback_urls: [\"https://my-app-domain.com/welcome\"], logout_urls: [\"https://my-app-domain.com/bye\"] }",
                "supported_identity_providers: [GOOGLE, COGNITO]",
            ]
        );
    }

    #[test]
    fn scopes_by_member_custom_or_resource_server() {
        use crate::json::parse;
        let mut t = crate::lift::test_support::template();
        let mut server = resource("AWS::Cognito::UserPoolResourceServer", "{}");
        (server.logical_id, server.path) = ("ApiF70053CD".into(), vec!["Api".into(), "Resource".into()]);
        t.resources.push(server);
        let of = |json: &str| scope(&parse(json).unwrap(), &t);
        assert_eq!(of(r#""openid""#).as_deref(), Some("OPENID"));
        assert_eq!(of(r#""api/read""#).as_deref(), Some("custom(\"api/read\")"));
        let joined = r#"{"Fn::Join": ["", [{"Ref": "ApiF70053CD"}, "/write"]]}"#;
        assert_eq!(of(joined).as_deref(), Some("resource_server(Api, \"write\")"));
        // A join that is not the CDK's `OAuthScope.resourceServer` stays an override.
        assert_eq!(of(r#"{"Fn::Join": ["-", [{"Ref": "ApiF70053CD"}, "/write"]]}"#), None);
        assert_eq!(of(r#"{"Fn::Join": ["", [{"Ref": "Unknown"}, "/write"]]}"#), None);
    }

    #[test]
    fn attributes_sessions_and_errors() {
        let client = r#"{"PreventUserExistenceErrors": "ENABLED", "EnableTokenRevocation": false, "AuthSessionValidity": 5,
            "ReadAttributes": ["custom:tenant", "email", "name"], "WriteAttributes": ["email"]}"#;
        assert_eq!(
            lifted(client),
            [
                "prevent_user_existence_errors: true",
                "enable_token_revocation: false",
                "auth_session_validity: minutes(5)",
                "read_attributes: { standard_attributes: { email, fullname }, custom_attributes: [\"tenant\"] }",
                "write_attributes: { standard_attributes: { email } }",
            ]
        );
    }
}
