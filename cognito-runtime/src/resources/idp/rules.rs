//! The rules of the identity providers: the CDK's checks (one secret, provider names), and
//! the deploy-time rules of CloudFormation and Cognito for what the CDK emits.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::pool::check_pool;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::text::{is_visible, utf16_len};

const NAME_PATTERN: &str = "^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$";
/// The names Cognito gives the social providers, which only they can take.
const SOCIAL_NAMES: &[&str] = &["Google", "Facebook", "LoginWithAmazon", "SignInWithApple"];

/// Runs every rule of an identity provider.
pub(crate) fn check(p: &UserPoolIdentityProvider, cx: &mut Check) {
    let pool = check_pool(cx, p.user_pool(), p.kind());
    cx.values(p);
    match p {
        UserPoolIdentityProvider::Google(g) => exactly_one(
            cx,
            "idp.google.client_secret",
            ("client_secret", g.client_secret.as_ref()),
            ("client_secret_value", g.client_secret_value.as_ref()),
        ),
        UserPoolIdentityProvider::Apple(a) => exactly_one(
            cx,
            "idp.apple.private_key",
            ("private_key", a.private_key.as_ref()),
            ("private_key_value", a.private_key_value.as_ref()),
        ),
        UserPoolIdentityProvider::Oidc(o) => {
            name(o.name.as_ref(), true, cx);
            https_url(cx, "idp.oidc.issuer_url", "issuer_url", &o.issuer_url);
            if let Some(e) = &o.endpoints {
                for (path, v) in [
                    ("endpoints.authorization", &e.authorization),
                    ("endpoints.token", &e.token),
                    ("endpoints.user_info", &e.user_info),
                    ("endpoints.jwks_uri", &e.jwks_uri),
                ] {
                    https_url(cx, "idp.oidc.endpoint", path, v);
                }
            }
            identifiers(o.identifiers.as_deref(), cx);
        }
        UserPoolIdentityProvider::Saml(s) => {
            name(s.name.as_ref(), false, cx);
            saml_metadata(&s.metadata, cx);
            identifiers(s.identifiers.as_deref(), cx);
        }
        UserPoolIdentityProvider::Facebook(_) | UserPoolIdentityProvider::Amazon(_) => {}
    }
    if let Some(m) = p.attribute_mapping() {
        mapping_key_characters(m, cx);
    }
    if let Some(pool) = pool {
        duplicate_name(p, pool, cx);
        if let (Some(m), Some(declared)) = (p.attribute_mapping(), cx.facts.custom_attributes(pool)) {
            custom_mapping(m, &declared, pool, cx);
        }
    }
}

/// AWS CDK `UserPoolIdentityProviderGoogle` and `…Apple`: `Exactly one of "clientSecret" or
/// "clientSecretValue" must be configured.` (and the same of `privateKey`); an empty string
/// counts as not given.
fn exactly_one(
    cx: &mut Check,
    rule: &'static str,
    plain: (&str, Option<&Value>),
    secret: (&str, Option<&Value>),
) {
    let given = |v: Option<&Value>| v.is_some_and(|v| v.literal() != Some(""));
    match (given(plain.1), secret.1.is_some()) {
        (true, true) => cx.push(
            Issue::new(
                rule,
                secret.0,
                format!(
                    "`{}` and `{}` are both given; keep one (`{}`: `{}` is deprecated)",
                    plain.0, secret.0, secret.0, plain.0
                ),
            )
            .related(plain.0)
            .target(Target::Key),
        ),
        (false, false) => cx.push(
            Issue::new(
                rule,
                "",
                format!("exactly one of `{}` or `{}` must be given (an empty `{}` counts as missing); add `{}: \"…\"`", plain.0, secret.0, plain.0, secret.0),
            )
            .related(plain.0)
            .related(secret.0)
            .target(Target::Id),
        ),
        _ => {}
    }
}

/// `\p{Z}`: the Unicode separators (space, line and paragraph separators).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// AWS CDK `UserPoolIdentityProviderOidc` and `…Saml` (a name is 3 to 32 characters;
/// "Expected provider name to be between 3 and 32 characters"), the CDK's pattern for OIDC
/// names ("Expected provider name must match [^_p{Z}][p{L}p{M}p{S}p{N}p{P}][^_p{Z}]+") and the
/// CloudFormation schema's same pattern (`ProviderName`) for SAML, and Cognito: the social
/// providers' names belong to them ("Provider NameOfGP cannot be of type Google.").
fn name(name: Option<&Value>, oidc: bool, cx: &mut Check) {
    let Some(v) = name else { return };
    let Some(n) = v.literal().filter(|n| !n.is_empty()) else { return };
    let when = if oidc { "" } else { "; CloudFormation rejects it at deploy time" };
    if !name_shape(v, "name", ["", when], cx) {
        return;
    }
    if let Some(social) = SOCIAL_NAMES.iter().find(|s| **s == n) {
        cx.push(
            Issue::new(
                "idp.name.reserved",
                "name",
                format!(
                    "`{social}` is the name Cognito keeps for its {social} provider, so no {} provider can take it: Cognito ties these names to their provider type (a mismatch fails at deploy time: \"Provider NameOfGP cannot be of type Google.\"), and an app client listing `{social}` means the social provider; choose another name",
                    if oidc { "OIDC" } else { "SAML" }
                ),
            )
            .value(v),
        );
    }
}

/// The rules of an imported provider: CloudFormation schema (`ProviderName`: at most 32
/// characters of the pattern `name` follows, so 3 at least). A social provider's name
/// (`Google`) is a name it has, not one it is denied.
pub(crate) fn check_imported(p: &ImportedUserPoolIdentityProvider, cx: &mut Check) {
    let path = "from_provider_name";
    cx.value(path, &p.provider_name);
    let why = "; no identity provider can have this name, so it names no existing provider";
    name_shape(&p.provider_name, path, [why, why], cx);
}

/// A literal provider name at `path` is 3 to 32 characters and matches the pattern; `when`
/// ends the message of each rule (length, pattern). True when the name has the shape.
fn name_shape(v: &Value, path: &str, when: [&str; 2], cx: &mut Check) -> bool {
    let Some(n) = v.literal() else { return true };
    let len = utf16_len(n);
    if !(3..=32).contains(&len) {
        cx.push(
            Issue::new(
                "idp.name.length",
                path,
                format!(
                    "`{path}` must be between 3 and 32 characters long (got {n:?}, {len} characters){}",
                    when[0]
                ),
            )
            .value(v),
        );
        return false;
    }
    let chars: Vec<char> = n.chars().collect();
    let ok = chars.len() >= 3
        && chars[0] != '_'
        && !is_separator(chars[0])
        && is_visible(chars[1])
        && chars[2..].iter().all(|c| *c != '_' && !is_separator(*c));
    if !ok {
        cx.push(
            Issue::new(
                "idp.name.pattern",
                path,
                format!(
                    "`{path}` must match `{NAME_PATTERN}`: no space, and no `_` except as its second character (got {n:?}){}",
                    when[1]
                ),
            )
            .value(v),
        );
    }
    ok
}

/// `https://HOST…` without spaces.
fn is_url(s: &str, schemes: &[&str]) -> bool {
    let Some(rest) = schemes.iter().find_map(|scheme| s.strip_prefix(scheme)) else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Cognito: the OIDC issuer and endpoints are `https` URLs (Cognito calls them when users
/// sign in, and rejects other values when it creates the provider).
fn https_url(cx: &mut Check, rule: &'static str, path: &str, v: &Value) {
    let Some(s) = v.literal() else { return };
    if !is_url(s, &["https://"]) {
        cx.push(
            Issue::new(
                rule,
                path,
                format!(
                    "`{}` must be an https URL such as `https://issuer.example.com` (got {s:?}); Cognito rejects the provider at deploy time",
                    crate::context::check::key(path)
                ),
            )
            .value(v),
        );
    }
}

/// CloudFormation schema (`IdpIdentifiers`: at most 50, each 1 to 40 characters of
/// `[\w\s+=.@-]`).
fn identifiers(ids: Option<&[String]>, cx: &mut Check) {
    let Some(ids) = ids else { return };
    if ids.len() > 50 {
        cx.push(
            Issue::new(
                "idp.identifiers.count",
                "identifiers",
                format!("a provider takes at most 50 `identifiers` (got {}); CloudFormation rejects more at deploy time", ids.len()),
            )
            .target(Target::Key),
        );
    }
    for (i, id) in ids.iter().enumerate() {
        let ok = (1..=40).contains(&utf16_len(id))
            && id.chars().all(|c| c.is_ascii_alphanumeric() || "_+=.@- \t\n\r\u{b}\u{c}".contains(c));
        if !ok {
            cx.push(
                Issue::new(
                    "idp.identifiers.format",
                    format!("identifiers.{i}"),
                    format!(
                        "an identifier is 1 to 40 letters, digits, spaces or `_+=.@-` (got {id:?}); CloudFormation rejects it at deploy time"
                    ),
                )
                .value(format!("{id:?}")),
            );
        }
    }
}

/// Cognito: a SAML provider needs its metadata ("At least one of the MetadataURL or
/// MetadataFile should be provided."), and Cognito fetches a metadata URL when it creates the
/// provider, so it must be an http(s) URL (demand row 36).
fn saml_metadata(m: &SamlMetadata, cx: &mut Check) {
    let (path, v) = match m {
        SamlMetadata::Url(v) => ("metadata.url", v),
        SamlMetadata::File(v) => ("metadata.file", v),
    };
    let Some(s) = v.literal() else { return };
    if s.trim().is_empty() {
        cx.push(
            Issue::new(
                "idp.saml.metadata",
                path,
                "the SAML metadata is empty; Cognito rejects the provider at deploy time (\"At least one of the MetadataURL or MetadataFile should be provided.\"); give the metadata document's URL or its content",
            )
            .value(v),
        );
    } else if matches!(m, SamlMetadata::Url(_)) && !is_url(s, &["https://", "http://"]) {
        cx.push(
            Issue::new(
                "idp.saml.metadata",
                path,
                format!("`url` must be the http(s) URL of the metadata document, such as `https://idp.example.com/metadata.xml` (got {s:?}); Cognito fetches it when it creates the provider"),
            )
            .value(v),
        );
    }
}

/// Cognito: provider names are unique in a pool ("… already exists in user pool …",
/// `DuplicateProviderException`), and the social providers' names are fixed, so a pool has
/// at most one of each. CloudFormation does not even report the failure
/// (cloudformation-coverage-roadmap#1287).
fn duplicate_name(p: &UserPoolIdentityProvider, pool: NodeId, cx: &mut Check) {
    let facts = cx.facts;
    let Some(node) = cx.node else { return };
    let Some(mine) = provider_name_literal(facts, node) else { return };
    let Some(i) = facts.identity_provider_named(pool, &mine).filter(|i| facts.declared_before(*i, node))
    else {
        return;
    };
    let (path, target) = match p {
        UserPoolIdentityProvider::Oidc(o) if o.name.is_some() => ("name", Target::Value),
        UserPoolIdentityProvider::Saml(s) if s.name.is_some() => ("name", Target::Value),
        _ => ("", Target::Id),
    };
    cx.push(
        Issue::new(
            "idp.name.duplicate",
            path,
            format!(
                "the pool already has an identity provider named `{mine}` (`{}`): provider names are unique in a pool, and a social provider's name is fixed, so a pool has one of each; Cognito rejects the second one (\"{mine} already exists in user pool\", DuplicateProviderException) and CloudFormation does not report it (cloudformation-coverage-roadmap#1287)",
                facts.path(i).join("/")
            ),
        )
        .target(target)
        .reads(i, "name"),
    );
}

/// Cognito: a mapping to `custom:NAME` needs the custom attribute `NAME` on the pool
/// ("AttributeMapping contains invalid mapping: [custom:NAME]", aws-cli#9729); and the CDK
/// writes a `custom` key as given, so the pool's attribute `NAME` written without its
/// `custom:` prefix names no attribute of the pool, which Cognito rejects alike (cdk#26820).
fn custom_mapping(m: &AttributeMapping, custom_attributes: &[&str], pool_node: NodeId, cx: &mut Check) {
    let declared = |name: &str| custom_attributes.contains(&name);
    for (key, _) in m.custom.iter().flatten() {
        let path = format!("attribute_mapping.custom.{key}");
        match key.strip_prefix("custom:") {
            Some(name) if !declared(name) => cx.push(
                Issue::new(
                    "idp.attribute_mapping.undeclared",
                    path,
                    format!(
                        "`{key}` is not an attribute of the pool: declare `{name}` in the pool's `custom_attributes`, or map another attribute; Cognito rejects this at deploy time (\"AttributeMapping contains invalid mapping: [{key}]\")"
                    ),
                )
                .target(Target::Key)
                .reads(pool_node, "custom_attributes"),
            ),
            None if declared(key) => cx.push(
                Issue::new(
                    "idp.attribute_mapping.custom_prefix",
                    path,
                    format!(
                        "the pool's custom attribute `{key}` is `custom:{key}` in an attribute mapping; the CDK writes the key as given (cdk#26820), and the pool has no attribute of that name: Cognito rejects the mapping at deploy time (\"AttributeMapping contains invalid mapping\"); write `\"custom:{key}\": …`"
                    ),
                )
                .target(Target::Key)
                .reads(pool_node, "custom_attributes"),
            ),
            _ => {}
        }
    }
}

/// CloudFormation schema (`AttributeMapping`: keys match `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`):
/// a pool attribute's name holds only letters, numbers, spaces and `_ . : / = + - @`.
fn mapping_key_characters(m: &AttributeMapping, cx: &mut Check) {
    let Some(pattern) = crate::core::schema::schema_pattern(crate::core::schema::TAG_CHARACTERS) else {
        return;
    };
    for (key, _) in m.custom.iter().flatten().filter(|(key, _)| !pattern.is_match(key)) {
        let path = format!("attribute_mapping.custom.{key}");
        cx.push(
            Issue::new(
                "idp.attribute_mapping.key",
                path,
                format!("an attribute mapping's key holds only letters, numbers, spaces and `_ . : / = + - @` (got {key:?}); CloudFormation rejects it at deploy time; name a pool attribute, e.g. `\"custom:tenant\"`"),
            )
            .value(format!("{key:?}"))
            .target(Target::Key),
        );
    }
}
