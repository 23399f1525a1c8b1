//! The rules of an identity pool: the checks the CDK's `IdentityPool`,
//! `UserPoolAuthenticationProvider` and `IdentityPoolRoleAttachment` make, then the
//! deploy-time rules of CloudFormation and Cognito for what they emit, and the rules of
//! imported identity pools.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::rules::{all_visible, arn, is_arn, is_name_char};
use crate::core::arn::{resource_name, split_arn};
use crate::core::error::Target;
use crate::core::schema::schema_pattern;
use crate::core::text::utf16_len;

const PROVIDERS: &str = "authentication_providers";

/// Runs every rule of an identity pool.
pub(crate) fn check(p: &IdentityPool, cx: &mut Check) {
    cx.values(p);
    let clients = user_pool_providers(p, cx);
    // The AWS CDK, in the order the constructors check.
    provider_client_taken(p, cx);
    provider_pool_declared_first(p, cx);
    mapping_key_for_token(p, cx);
    rules_required(p, cx);
    // CloudFormation and Cognito, at deploy time.
    name_schema(p, cx);
    custom_provider_schema(p, cx);
    login_provider_schema(p, cx);
    provider_arns(p, cx);
    role_arns(p, cx);
    mapping_count(p, cx);
    mapping_key_length(p, cx);
    mapping_rules_count(p, cx);
    claim_schema(p, cx);
    claim_value_schema(p, cx);
    provider_url_scheme(p, cx);
    provider_configured(p, &clients, cx);
    super::statements::check(p, cx);
    imported_client_id_schema(&clients, cx);
}

/// CloudFormation schema (`CognitoIdentityProviders[].ClientId`: `^[\w_]+$`, 1 to 128): an
/// imported app client a user pool provider names has an id of word characters only (an
/// imported client's own rule also allows `+`).
fn imported_client_id_schema(clients: &[Option<(NodeId, NodeId)>], cx: &mut Check) {
    for (i, (_, client)) in clients.iter().enumerate().filter_map(|(i, c)| c.map(|c| (i, c))) {
        let Some(id) = cx.facts.imported_client_id(client).and_then(Value::literal) else { continue };
        let word = schema_pattern(r"^[\w_]+$").is_some_and(|p| p.is_match(id));
        if !word || utf16_len(id) > 128 {
            cx.push(
                Issue::new(
                    "identity_pool.user_pool.client_id",
                    format!("{PROVIDERS}.user_pools.{i}.user_pool_client"),
                    format!("the app client of a user pool provider must have an id of 1 to 128 letters, digits and `_` (got {id:?}); CloudFormation rejects the identity pool at deploy time; check the imported client's id"),
                )
                .value(format!("{id:?}"))
                .reads(client, "from_user_pool_client_id"),
            );
        }
    }
}

/// The app ids of the login providers, with their field paths.
fn login_values(a: &IdentityPoolAuthenticationProviders) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    if let Some(p) = &a.amazon {
        out.push((format!("{PROVIDERS}.amazon.app_id"), &p.app_id));
    }
    if let Some(p) = &a.facebook {
        out.push((format!("{PROVIDERS}.facebook.app_id"), &p.app_id));
    }
    if let Some(p) = &a.google {
        out.push((format!("{PROVIDERS}.google.client_id"), &p.client_id));
    }
    if let Some(p) = &a.apple {
        out.push((format!("{PROVIDERS}.apple.services_id"), &p.services_id));
    }
    if let Some(p) = &a.twitter {
        out.push((format!("{PROVIDERS}.twitter.consumer_key"), &p.consumer_key));
        out.push((format!("{PROVIDERS}.twitter.consumer_secret"), &p.consumer_secret));
    }
    out
}

/// AWS CDK (`userPool` and `userPoolClient` are an `IUserPool` and an `IUserPoolClient`): the
/// provider's pool is a `user_pool` and its client a `user_pool_client`. Returns, for each
/// provider, its pool and client when both resolve.
fn user_pool_providers(p: &IdentityPool, cx: &mut Check) -> Vec<Option<(NodeId, NodeId)>> {
    let mut out = Vec::new();
    for (i, provider) in p.user_pool_providers().iter().enumerate() {
        let base = format!("{PROVIDERS}.user_pools.{i}");
        let pool = cx.resolve(&format!("{base}.user_pool"), &provider.user_pool, &["user_pool"]);
        let client = match &provider.user_pool_client {
            Some(r) => cx.resolve(&format!("{base}.user_pool_client"), r, &["user_pool_client"]),
            None => cx.node.and_then(|node| automatic_client(cx.facts, node, i)),
        };
        out.push(pool.zip(client));
    }
    out
}

/// AWS CDK `UserPoolAuthenticationProvider` (`userPool.addClient('UserPoolAuthenticationProviderClient')`,
/// "There is already a Construct with name 'UserPoolAuthenticationProviderClient' in UserPool"):
/// a provider without `user_pool_client` adds that client to its pool, which must not have one.
fn provider_client_taken(p: &IdentityPool, cx: &mut Check) {
    let Some(node) = cx.node else { return };
    for i in 0..p.user_pool_providers().len() {
        let facts = cx.facts;
        let Some(client) = automatic_client(facts, node, i) else { continue };
        let Some(pool) = facts.parent(client) else { continue };
        let earlier = facts
            .children(Some(pool))
            .iter()
            .take_while(|c| **c != client)
            .find(|c| facts.construct_id(**c) == Some(PROVIDER_CLIENT_ID));
        let Some(&earlier) = earlier else { continue };
        let by = match facts.created_by(earlier) {
            Some(other) if other == node => " (added by another provider of this identity pool)".to_owned(),
            Some(other) => format!(" (added by identity pool `{}`)", facts.path(other).join("/")),
            None => String::new(),
        };
        let pool_path = facts.path(pool).join("/");
        cx.push(
            Issue::new(
                "identity_pool.user_pool.client_taken",
                format!("{PROVIDERS}.user_pools.{i}.user_pool"),
                format!(
                    "without `user_pool_client` this provider adds an app client `{PROVIDER_CLIENT_ID}` to `{pool_path}`, which already has one{by}; the CDK fails (\"There is already a Construct with name '{PROVIDER_CLIENT_ID}'\"); give this provider its own `user_pool_client`"
                ),
            )
            .related(format!("{PROVIDERS}.user_pools.{i}.user_pool_client")),
        );
    }
}

/// AWS CDK `UserPoolAuthenticationProvider` (the provider adds its client to a pool that
/// exists): a provider without `user_pool_client` names a pool declared before the
/// identity pool (a pool of an earlier stack of the app is, and gets the client there:
/// `app::provider_clients`). A pool declared before without the client is one whose
/// identity pool's settings were replaced (`Stack::set_item`) after it was added.
fn provider_pool_declared_first(p: &IdentityPool, cx: &mut Check) {
    let Some(node) = cx.node else { return };
    for (i, provider) in p.user_pool_providers().iter().enumerate() {
        if provider.user_pool_client.is_some() || automatic_client(cx.facts, node, i).is_some() {
            continue;
        }
        let Some(pool) = user_pool_node(cx.facts, &provider.user_pool) else { continue };
        let message = if cx.facts.declared_before(pool, node) {
            // Declared before, yet no client was made: added before this provider was given.
            format!(
                "`{}` has no app client for this provider: a provider without `user_pool_client` adds one to its pool when the identity pool is added, and this one was given after (`Stack::set_item`); call `Stack::add_provider_clients` for the identity pool, or give `user_pool_client`",
                provider.user_pool
            )
        } else {
            format!(
                "`{}` is declared after this identity pool, but a provider without `user_pool_client` adds its app client to the pool when the identity pool is created; declare the user pool first, or give `user_pool_client`",
                provider.user_pool
            )
        };
        cx.push(
            Issue::new(
                "identity_pool.user_pool.order",
                format!("{PROVIDERS}.user_pools.{i}.user_pool"),
                message,
            )
            .value(&provider.user_pool)
            .related(format!("{PROVIDERS}.user_pools.{i}.user_pool_client")),
        );
    }
}

/// How a provider URL is written.
fn describe(url: &IdentityPoolProviderUrl) -> String {
    match url {
        IdentityPoolProviderUrl::Facebook => "FACEBOOK".to_owned(),
        IdentityPoolProviderUrl::Google => "GOOGLE".to_owned(),
        IdentityPoolProviderUrl::Amazon => "AMAZON".to_owned(),
        IdentityPoolProviderUrl::Apple => "APPLE".to_owned(),
        IdentityPoolProviderUrl::Twitter => "TWITTER".to_owned(),
        IdentityPoolProviderUrl::OpenId(v) => format!("open_id({v})"),
        IdentityPoolProviderUrl::Saml(v) => format!("saml({v})"),
        IdentityPoolProviderUrl::Custom(v) => format!("custom({v})"),
        IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client: Some(c) } => {
            format!("user_pool({user_pool}, {c})")
        }
        IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client: None } => {
            format!("user_pool({user_pool})")
        }
    }
}

/// The key a mapping goes under, when it is known: `mapping_key`, else a literal URL.
fn mapping_key(m: &IdentityPoolRoleMapping) -> Option<&str> {
    m.mapping_key.as_deref().filter(|k| !k.is_empty()).or_else(|| m.provider_url.literal())
}

/// AWS CDK `IdentityPoolRoleAttachment` ("mappingKey must be provided when providerUrl.value
/// is a token"): without `mapping_key`, the key is the provider URL, which must be a literal.
fn mapping_key_for_token(p: &IdentityPool, cx: &mut Check) {
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        if mapping_key(m).is_some() {
            continue;
        }
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.key",
                format!("role_mappings.{i}.provider_url"),
                format!(
                    "this role mapping needs `mapping_key`: its `provider_url` {} is only known at deploy time, and the key of a role mapping must be a plain string (the CDK: \"mappingKey must be provided when providerUrl.value is a token\"); add `mapping_key: \"…\"`",
                    describe(&m.provider_url)
                ),
            )
            .related(format!("role_mappings.{i}.mapping_key")),
        );
    }
}

/// AWS CDK `IdentityPoolRoleAttachment` ("IdentityPoolRoleMapping.rules is required when
/// useToken is false").
fn rules_required(p: &IdentityPool, cx: &mut Check) {
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        if m.use_token.unwrap_or(false) || m.rules.is_some() {
            continue;
        }
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.rules_missing",
                format!("role_mappings.{i}"),
                "this role mapping needs `rules` when `use_token` is not true; add `rules: [{ claim: …, claim_value: …, mapped_role: … }]`, or `use_token: true` to take the role from the token",
            )
            .related(format!("role_mappings.{i}.rules"))
            .related(format!("role_mappings.{i}.use_token"))
            .target(Target::Key),
        );
    }
}

/// CloudFormation schema (`IdentityPoolName`: 1 to 128 characters of `[\w\s+=,.@-]`).
fn name_schema(p: &IdentityPool, cx: &mut Check) {
    let Some(name) = &p.identity_pool_name else { return };
    let Some(text) = name.literal() else { return };
    let len = utf16_len(text);
    if len == 0 || len > 128 || !text.chars().all(is_name_char) {
        cx.push(
            Issue::new(
                "identity_pool.name.schema",
                "identity_pool_name",
                format!(
                    "`identity_pool_name` must be 1 to 128 letters, digits, spaces or `_+=,.@-` (got {text:?}, {len} characters); CloudFormation rejects it at deploy time (pattern `^[\\w\\s+=,.@-]+$`)"
                ),
            )
            .value(name),
        );
    }
}

/// CloudFormation schema (`DeveloperProviderName`: 1 to 128 characters of `[\w._-]`).
fn custom_provider_schema(p: &IdentityPool, cx: &mut Check) {
    let Some(v) = p.authentication_providers.as_ref().and_then(|a| a.custom_provider.as_ref()) else {
        return;
    };
    let Some(text) = v.literal() else { return };
    let len = utf16_len(text);
    let ok = |c: char| c.is_ascii_alphanumeric() || "_.-".contains(c);
    if len == 0 || len > 128 || !text.chars().all(ok) {
        cx.push(
            Issue::new(
                "identity_pool.custom_provider.schema",
                format!("{PROVIDERS}.custom_provider"),
                format!(
                    "`custom_provider` must be 1 to 128 letters, digits, `.`, `_` or `-`, such as `login.example.com` (got {text:?}); CloudFormation rejects it at deploy time (pattern `^[\\w._-]+$`)"
                ),
            )
            .value(v),
        );
    }
}

/// Cognito (`SupportedLoginProviders` values, `IdentityProviderId`: 1 to 128 characters of
/// `[\w.;_/-]`; Twitter's is `<consumer_key>;<consumer_secret>`).
fn login_provider_schema(p: &IdentityPool, cx: &mut Check) {
    let Some(a) = &p.authentication_providers else { return };
    let ok = |c: char| c.is_ascii_alphanumeric() || ".;_/-".contains(c);
    for (path, v) in login_values(a) {
        let Some(text) = v.literal() else { continue };
        let key = crate::context::check::key(&path);
        if text.is_empty() || utf16_len(text) > 128 || !text.chars().all(ok) {
            cx.push(
                Issue::new(
                    "identity_pool.login_provider.schema",
                    path.clone(),
                    format!(
                        "`{key}` must be 1 to 128 letters, digits, `.`, `;`, `_`, `/` or `-` (got {text:?}); Cognito rejects it at deploy time (pattern `[\\w.;_/-]+`)"
                    ),
                )
                .value(v),
            );
        }
    }
    if let Some(t) = &a.twitter
        && let (Some(k), Some(s)) = (t.consumer_key.literal(), t.consumer_secret.literal())
        && !k.is_empty()
        && !s.is_empty()
        && utf16_len(k) + 1 + utf16_len(s) > 128
        && utf16_len(k) <= 128
        && utf16_len(s) <= 128
    {
        cx.push(
            Issue::new(
                "identity_pool.login_provider.schema",
                format!("{PROVIDERS}.twitter.consumer_secret"),
                format!(
                    "the Twitter login id `<consumer_key>;<consumer_secret>` must be at most 128 characters (got {}); Cognito rejects it at deploy time",
                    utf16_len(k) + 1 + utf16_len(s)
                ),
            )
            .related(format!("{PROVIDERS}.twitter.consumer_key"))
            .target(Target::Setting),
        );
    }
}

/// The AWS partitions.
const PARTITIONS: [&str; 8] =
    ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

/// CloudFormation schema (`OpenIdConnectProviderARNs`, `SamlProviderARNs`: ARNs of 20 to 2048
/// characters) and Cognito ("Identity provider … is not valid for account …"): each is the
/// ARN of an IAM `oidc-provider/…` or `saml-provider/…`, with a partition and no region.
fn provider_arns(p: &IdentityPool, cx: &mut Check) {
    let Some(a) = &p.authentication_providers else { return };
    let lists = [
        ("open_id_connect_providers", "oidc-provider", &a.open_id_connect_providers),
        ("saml_providers", "saml-provider", &a.saml_providers),
    ];
    for (key, kind, arns) in lists {
        for (i, v) in arns.iter().flatten().enumerate() {
            let path = format!("{PROVIDERS}.{key}.{i}");
            let Some(text) = v.literal() else { continue };
            let parts: Vec<&str> = text.splitn(6, ':').collect();
            let problem = if !is_arn(text) || !(20..=2048).contains(&text.len()) {
                Some("it is not an ARN of 20 to 2048 characters".to_owned())
            } else if parts[2] != "iam" {
                Some(format!("it is the ARN of a `{}` resource, not of an IAM identity provider", parts[2]))
            } else if !PARTITIONS.contains(&parts[1]) {
                Some(format!("`{}` is not a partition (`aws`, `aws-cn`, `aws-us-gov`, …)", parts[1]))
            } else if !parts[3].is_empty() {
                Some(format!("an IAM ARN has no region, not `{}`", parts[3]))
            } else if !parts[5].strip_prefix(kind).is_some_and(|r| r.len() > 1 && r.starts_with('/')) {
                Some(format!("its resource must be `{kind}/…`, not `{}`", parts[5]))
            } else {
                None
            };
            if let Some(problem) = problem {
                cx.push(
                    Issue::new(
                        "identity_pool.provider_arn",
                        path,
                        format!(
                            "`{key}` takes ARNs such as `arn:aws:iam::123456789012:{kind}/example`: {problem} (got {text:?}); Cognito rejects it at deploy time (\"Identity provider … is not valid for account …\")"
                        ),
                    )
                    .value(v),
                );
            }
        }
    }
}

/// CloudFormation (`Roles` and `RoleARN`: IAM role ARNs of 20 to 2048 characters): the
/// pool's roles and the roles of mapping rules are `role` items or IAM ARNs.
fn role_arns(p: &IdentityPool, cx: &mut Check) {
    let mut roles: Vec<(String, &Arn)> = Vec::new();
    if let Some(r) = &p.authenticated_role {
        roles.push(("authenticated_role".to_owned(), r));
    }
    if let Some(r) = &p.unauthenticated_role {
        roles.push(("unauthenticated_role".to_owned(), r));
    }
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        for (j, r) in m.rules.iter().flatten().enumerate() {
            roles.push((format!("role_mappings.{i}.rules.{j}.mapped_role"), &r.mapped_role));
        }
    }
    for (path, role) in roles {
        match role {
            Arn::Item(r) => {
                cx.resolve(&path, r, &["role"]);
            }
            Arn::Value(v) => arn(cx, "identity_pool.role_arn", &path, v, Some("iam")),
        }
    }
}

/// Cognito (`RoleMappings`: at most 10 entries).
fn mapping_count(p: &IdentityPool, cx: &mut Check) {
    let Some(mappings) = &p.role_mappings else { return };
    let mut keys: Vec<&str> = Vec::new();
    for m in mappings {
        match mapping_key(m) {
            Some(k) if !keys.contains(&k) => keys.push(k),
            Some(_) => {}
            // A mapping without a key is already an error.
            None => return,
        }
    }
    if keys.len() > 10 {
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.count",
                "role_mappings",
                format!(
                    "an identity pool takes at most 10 role mappings (got {}); Cognito rejects more at deploy time",
                    keys.len()
                ),
            )
            .target(Target::Key),
        );
    }
}

/// Cognito (`RoleMappings` keys, `IdentityProviderName`: 1 to 128 characters).
fn mapping_key_length(p: &IdentityPool, cx: &mut Check) {
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        let Some(key) = mapping_key(m) else { continue };
        let len = utf16_len(key);
        if (1..=128).contains(&len) {
            continue;
        }
        let (path, what) = if m.mapping_key.as_deref().is_some_and(|k| !k.is_empty()) {
            (format!("role_mappings.{i}.mapping_key"), "`mapping_key`")
        } else if url_problem(&m.provider_url).is_some() {
            // `identity_pool.role_mapping.provider_url` says what is wrong with the URL.
            continue;
        } else {
            (format!("role_mappings.{i}.provider_url"), "the key of this role mapping (its provider URL)")
        };
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.key_length",
                path,
                format!("{what} must be 1 to 128 characters (got {len}); Cognito rejects it at deploy time"),
            )
            .related(format!("role_mappings.{i}.mapping_key")),
        );
    }
}

/// Cognito (`RulesConfiguration.Rules`: 1 to 25 rules per identity provider).
fn mapping_rules_count(p: &IdentityPool, cx: &mut Check) {
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        if m.use_token.unwrap_or(false) {
            continue;
        }
        let Some(rules) = &m.rules else { continue };
        if (1..=25).contains(&rules.len()) {
            continue;
        }
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.rules_count",
                format!("role_mappings.{i}.rules"),
                format!(
                    "`rules` must hold 1 to 25 rules (got {}); Cognito rejects it at deploy time{}",
                    rules.len(),
                    if rules.is_empty() { "; add a rule, or set `use_token: true`" } else { "" }
                ),
            )
            .related(format!("role_mappings.{i}.use_token")),
        );
    }
}

/// The rules of every mapping, with their field paths.
fn mapping_rules(p: &IdentityPool) -> impl Iterator<Item = (String, &RoleMappingRule)> {
    p.role_mappings.iter().flatten().enumerate().flat_map(|(i, m)| {
        m.rules.iter().flatten().enumerate().map(move |(j, r)| (format!("role_mappings.{i}.rules.{j}"), r))
    })
}

/// Cognito (`Claim`, `ClaimName`: 1 to 64 letters, marks, symbols, numbers or punctuation).
fn claim_schema(p: &IdentityPool, cx: &mut Check) {
    for (base, r) in mapping_rules(p) {
        let Some(text) = r.claim.literal() else { continue };
        let len = utf16_len(text);
        if (1..=64).contains(&len) && all_visible(text) {
            continue;
        }
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.claim",
                format!("{base}.claim"),
                format!(
                    "`claim` must be a claim name of 1 to 64 characters without spaces, such as `custom:role` (got {text:?}); Cognito rejects it at deploy time"
                ),
            )
            .value(&r.claim),
        );
    }
}

/// Cognito (`Value`, `ClaimValue`: 1 to 128 characters).
fn claim_value_schema(p: &IdentityPool, cx: &mut Check) {
    for (base, r) in mapping_rules(p) {
        let Some(text) = r.claim_value.literal() else { continue };
        let len = utf16_len(text);
        if (1..=128).contains(&len) {
            continue;
        }
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.claim_value",
                format!("{base}.claim_value"),
                format!(
                    "`claim_value` must be 1 to 128 characters (got {len}); Cognito rejects it at deploy time"
                ),
            )
            .value(&r.claim_value),
        );
    }
}

/// What is wrong with a literal provider URL of `open_id`, `saml` or `custom`, if anything.
fn url_problem(url: &IdentityPoolProviderUrl) -> Option<(&str, &'static str)> {
    let text = match url {
        IdentityPoolProviderUrl::OpenId(v)
        | IdentityPoolProviderUrl::Saml(v)
        | IdentityPoolProviderUrl::Custom(v) => v.literal()?,
        _ => return None,
    };
    if text.contains("://") {
        Some((text, "it has a scheme: write `example.com`, not `https://example.com`"))
    } else if text.is_empty() {
        Some((text, "it is empty"))
    } else {
        None
    }
}

/// Cognito ("… is not a valid RoleMapping ProviderName or is not a configured provider."):
/// the provider of a mapping is named without a scheme (`example.com`, not
/// `https://example.com`).
fn provider_url_scheme(p: &IdentityPool, cx: &mut Check) {
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        let Some((text, why)) = url_problem(&m.provider_url) else { continue };
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.provider_url",
                format!("role_mappings.{i}.provider_url"),
                format!(
                    "`provider_url` {} is not a valid provider name: {why}; Cognito rejects it at deploy time{}",
                    describe(&m.provider_url),
                    if text.is_empty() {
                        String::new()
                    } else {
                        format!(" (\"{text} is not a valid RoleMapping ProviderName or is not a configured provider.\")")
                    }
                ),
            ),
        );
    }
}

/// Whether the provider of `url` is configured on the pool: `Some(true|false)`, or `None`
/// when it cannot be known before deploying.
fn configured(
    url: &IdentityPoolProviderUrl,
    a: &IdentityPoolAuthenticationProviders,
    clients: &[Option<(NodeId, NodeId)>],
    cx: &Check,
) -> Option<bool> {
    Some(match url {
        IdentityPoolProviderUrl::Amazon => a.amazon.is_some(),
        IdentityPoolProviderUrl::Facebook => a.facebook.is_some(),
        IdentityPoolProviderUrl::Google => a.google.is_some(),
        IdentityPoolProviderUrl::Apple => a.apple.is_some(),
        IdentityPoolProviderUrl::Twitter => a.twitter.is_some(),
        IdentityPoolProviderUrl::OpenId(v) => {
            let url = v.literal()?;
            let mut found = false;
            for arn in a.open_id_connect_providers.iter().flatten() {
                let resource = arn.literal().and_then(split_arn)?.resource;
                found |= resource.strip_prefix("oidc-provider/") == Some(url);
            }
            found
        }
        IdentityPoolProviderUrl::Saml(v) => {
            let url = v.literal()?;
            let mut found = false;
            for arn in a.saml_providers.iter().flatten() {
                found |= arn.literal()? == url;
            }
            found
        }
        IdentityPoolProviderUrl::Custom(_) => return None,
        IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } => {
            let pool = cx.facts.resolve(user_pool)?;
            let client = match user_pool_client {
                Some(c) => Some(cx.facts.resolve(c)?),
                None => None,
            };
            clients.iter().flatten().any(|(p, c)| *p == pool && client.is_none_or(|client| client == *c))
        }
    })
}

/// Cognito ("… is not a valid RoleMapping ProviderName or is not a configured provider."):
/// a mapping's provider is one of the pool's `authentication_providers` (a custom URL is not
/// checked).
fn provider_configured(p: &IdentityPool, clients: &[Option<(NodeId, NodeId)>], cx: &mut Check) {
    let a = p.authentication_providers.clone().unwrap_or_default();
    for (i, m) in p.role_mappings.iter().flatten().enumerate() {
        if url_problem(&m.provider_url).is_some() {
            continue;
        }
        if let IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } = &m.provider_url {
            let path = format!("role_mappings.{i}.provider_url");
            cx.resolve(&path, user_pool, &["user_pool"]);
            if let Some(c) = user_pool_client {
                cx.resolve(&path, c, &["user_pool_client"]);
            }
        }
        if configured(&m.provider_url, &a, clients, cx) != Some(false) {
            continue;
        }
        let what = match &m.provider_url {
            IdentityPoolProviderUrl::Amazon => {
                "`amazon: { app_id: … }` to `authentication_providers`".to_owned()
            }
            IdentityPoolProviderUrl::Facebook => {
                "`facebook: { app_id: … }` to `authentication_providers`".to_owned()
            }
            IdentityPoolProviderUrl::Google => {
                "`google: { client_id: … }` to `authentication_providers`".to_owned()
            }
            IdentityPoolProviderUrl::Apple => {
                "`apple: { services_id: … }` to `authentication_providers`".to_owned()
            }
            IdentityPoolProviderUrl::Twitter => {
                "`twitter: { consumer_key: …, consumer_secret: … }` to `authentication_providers`".to_owned()
            }
            IdentityPoolProviderUrl::OpenId(_) => {
                "the provider's ARN to `authentication_providers.open_id_connect_providers`".to_owned()
            }
            IdentityPoolProviderUrl::Saml(_) => {
                "the provider's ARN to `authentication_providers.saml_providers`".to_owned()
            }
            IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } => format!(
                "`{{ user_pool: {user_pool}{} }}` to `authentication_providers.user_pools`",
                user_pool_client.as_ref().map_or_else(String::new, |c| format!(", user_pool_client: {c}"))
            ),
            IdentityPoolProviderUrl::Custom(_) => String::new(),
        };
        let shown = match &m.provider_url {
            IdentityPoolProviderUrl::UserPool { .. } => {
                "cognito-idp.<region>.amazonaws.com/<pool id>:<client id>".to_owned()
            }
            url => url.literal().map_or_else(|| describe(url), str::to_owned),
        };
        cx.push(
            Issue::new(
                "identity_pool.role_mapping.not_configured",
                format!("role_mappings.{i}.provider_url"),
                format!(
                    "`provider_url` {} is not one of this identity pool's `authentication_providers`; add {what}, or remove the mapping; Cognito rejects it at deploy time (\"{shown} is not a valid RoleMapping ProviderName or is not a configured provider.\")",
                    describe(&m.provider_url)
                ),
            )
            .related(PROVIDERS),
        );
    }
}

/// The rules of an imported identity pool.
pub(crate) fn check_imported(p: &ImportedIdentityPool, cx: &mut Check) {
    match p {
        ImportedIdentityPool::FromId(id) => {
            let path = "from_identity_pool_id";
            cx.value(path, id);
            let Some(text) = id.literal() else { return };
            let region = cx.facts.env().region.clone();
            id_shape(text, region.as_deref(), "the stack's region", path, cx);
        }
        ImportedIdentityPool::FromArn(v) => {
            cx.value("from_identity_pool_arn", v);
            if let Some(text) = v.literal() {
                arn_shape(text, cx);
            }
        }
    }
}

/// AWS CDK `IdentityPool.fromIdentityPoolArn` ("Invalid Identity Pool Id: …"): an identity
/// pool id is `<region>:<id>`, its region the ARN's (or, for an id, the stack's when known).
fn id_shape(id: &str, region: Option<&str>, whose: &str, path: &str, cx: &mut Check) {
    let parts: Vec<&str> = id.split(':').collect();
    if parts.len() != 2 || id.is_empty() {
        cx.push(
            Issue::new(
                "identity_pool.import.id_format",
                path,
                format!(
                    "an identity pool id has the shape `<region>:<id>`, such as `us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d` (got {id:?}); the CDK: \"Invalid Identity Pool Id: Identity Pool Ids must follow the format <region>:<id>\""
                ),
            )
            .value(format!("{id:?}")),
        );
        return;
    }
    if let Some(region) = region
        && parts[0] != region
    {
        cx.push(
            Issue::new(
                "identity_pool.import.region",
                path,
                format!(
                    "the identity pool id {id:?} is in region `{}`, not in {whose} `{region}`; the CDK: \"Invalid Identity Pool Id: Region in Identity Pool Id must match stack region\"",
                    parts[0]
                ),
            )
            .value(format!("{id:?}")),
        );
    }
}

/// AWS CDK `IdentityPool.fromIdentityPoolArn` ("ARNs must start with \"arn:\" and have at
/// least 6 components", "Invalid Identity Pool ARN") and Cognito (the ARN of a
/// `cognito-identity` `identitypool`; the CDK accepts any service, we do not).
fn arn_shape(text: &str, cx: &mut Check) {
    let path = "from_identity_pool_arn";
    let example = "arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";
    let problem = match split_arn(text) {
        None => Some("it is not an ARN (`arn:partition:service:region:account:resource`)".to_owned()),
        Some(parts) if parts.service != "cognito-identity" => {
            Some(format!("it is the ARN of a `{}` resource, not of a Cognito identity pool", parts.service))
        }
        Some(parts) if parts.resource.split('/').next() != Some("identitypool") => Some(format!(
            "its resource type is `{}`, not `identitypool`",
            parts.resource.split('/').next().unwrap_or_default()
        )),
        Some(parts) if resource_name(parts.resource).is_empty() => Some(
            "it has no identity pool id after `identitypool/` (the CDK: \"Invalid Identity Pool ARN\")"
                .to_owned(),
        ),
        Some(_) => None,
    };
    if let Some(problem) = problem {
        cx.push(
            Issue::new(
                "identity_pool.import.arn",
                path,
                format!("`from_identity_pool_arn` must be an identity pool ARN such as `{example}`: {problem} (got {text:?})"),
            )
            .value(format!("{text:?}")),
        );
        return;
    }
    if let Some(parts) = split_arn(text) {
        id_shape(resource_name(parts.resource), Some(parts.region), "the ARN's region", path, cx);
    }
}
