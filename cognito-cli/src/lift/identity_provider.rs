//! `AWS::Cognito::UserPoolIdentityProvider` → `user_pool_identity_provider_google ID { … }`
//! (and `_facebook`, `_amazon`, `_apple`, `_oidc`), the inverse of `resources/idp/render.rs`
//! for the settings each kind requires; the pool by its item's name.

use cognito_runtime::{ProviderAttribute, StandardAttributeName};

use super::{Item, Setting, prop, scalar_setting};
use crate::json::Json;
use crate::print::{name as name_of, string};
use crate::template::{Resource, Template};
use crate::tree::Node;

/// A provider type, its item, the `ProviderDetails` its required settings come from, and the
/// scopes the CDK asks for when given none.
struct Kind {
    provider_type: &'static str,
    item: &'static str,
    details: &'static [(&'static str, &'static str)],
    default_scopes: &'static str,
    /// The prefix of its `ProviderAttribute` members (`GOOGLE_`), empty for none.
    members: &'static str,
}

const KINDS: &[Kind] = &[
    Kind {
        provider_type: "Google",
        item: "user_pool_identity_provider_google",
        details: &[("client_id", "client_id"), ("client_secret", "client_secret")],
        default_scopes: "profile",
        members: "GOOGLE_",
    },
    Kind {
        provider_type: "Facebook",
        item: "user_pool_identity_provider_facebook",
        details: &[
            ("client_id", "client_id"),
            ("client_secret", "client_secret"),
            ("api_version", "api_version"),
        ],
        default_scopes: "public_profile",
        members: "FACEBOOK_",
    },
    Kind {
        provider_type: "LoginWithAmazon",
        item: "user_pool_identity_provider_amazon",
        details: &[("client_id", "client_id"), ("client_secret", "client_secret")],
        default_scopes: "profile",
        members: "AMAZON_",
    },
    Kind {
        provider_type: "SignInWithApple",
        item: "user_pool_identity_provider_apple",
        details: &[
            ("client_id", "client_id"),
            ("team_id", "team_id"),
            ("key_id", "key_id"),
            ("private_key", "private_key"),
        ],
        default_scopes: "name",
        members: "APPLE_",
    },
    Kind {
        provider_type: "OIDC",
        item: "user_pool_identity_provider_oidc",
        details: &[
            ("client_id", "client_id"),
            ("client_secret", "client_secret"),
            ("oidc_issuer", "issuer_url"),
        ],
        default_scopes: "openid",
        members: "",
    },
    Kind {
        provider_type: "SAML",
        item: "user_pool_identity_provider_saml",
        details: &[],
        default_scopes: "",
        members: "",
    },
];

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    if node.children.len() != 1 {
        return None;
    }
    let mut before = Vec::new();
    let pool = match pool_name(r, t) {
        Some(pool) => pool,
        None => super::imported_pool_before(&node.id, prop(r, "UserPoolId")?, t, &mut before)?,
    };
    lift_as(&node.id, main, r, t, Some((pool, before)))
}

/// A provider the CDK made in its pool (`new UserPoolIdentityProviderGoogle(pool, ID, {
/// userPool: pool })`): `identity_provider_google ID { … }` nested in the pool.
pub fn lift_nested(id: &str, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    lift_as(id, main, r, t, None)
}

/// The provider's item: on its own, naming its pool (and the items declared before it for
/// that), or nested in its pool.
fn lift_as(
    id: &str,
    main: usize,
    r: &Resource,
    t: &Template,
    on_its_own: Option<(String, Vec<String>)>,
) -> Option<Item> {
    let provider_type = prop(r, "ProviderType").and_then(Json::as_str)?;
    let kind = KINDS.iter().find(|k| k.provider_type == provider_type)?;
    let mut item = match on_its_own {
        Some((pool, before)) => {
            let mut item = Item::new(kind.item, id, main);
            item.before = before;
            item.text("user_pool", pool);
            item
        }
        None => Item::new(kind.item.strip_prefix("user_pool_")?, id, main),
    };
    let details = prop(r, "ProviderDetails")?;
    for (cfn, key) in kind.details {
        if let Some(v) = details.get(cfn).and_then(scalar_setting) {
            item.settings.push((key, v));
        }
    }
    if kind.provider_type == "OIDC"
        && let Some(name) = prop(r, "ProviderName").and_then(scalar_setting)
    {
        item.settings.push(("name", name));
    }
    if kind.provider_type == "OIDC" {
        oidc(&mut item, details)?;
    }
    if kind.provider_type == "SAML" {
        saml(&mut item, r, details, &t.stack)?;
    }
    if let Some(identifiers @ Json::Arr(_)) = prop(r, "IdpIdentifiers") {
        item.json("identifiers", identifiers);
    }
    if let Some(mapping) = prop(r, "AttributeMapping").and_then(|m| attribute_mapping(m, kind.members)) {
        item.map("attribute_mapping", mapping);
    }
    if let Some(scopes) =
        details.get("authorize_scopes").and_then(Json::as_str).filter(|s| *s != kind.default_scopes)
    {
        let list = scopes.split(' ').map(|s| Json::Str(s.to_string())).collect();
        item.json("scopes", &Json::Arr(list));
    }
    Some(item)
}

/// An OIDC provider's request method unless it is the CDK's `GET`, and its endpoints when
/// the template has all four (`endpoints { authorization, token, user_info, jwks_uri }`).
fn oidc(item: &mut Item, details: &Json) -> Option<()> {
    match details.get("attributes_request_method").and_then(Json::as_str) {
        Some("POST") => item.text("attribute_request_method", "POST"),
        Some("GET") | None => {}
        Some(_) => return None,
    }
    let urls = [
        ("authorize_url", "authorization"),
        ("token_url", "token"),
        ("attributes_url", "user_info"),
        ("jwks_uri", "jwks_uri"),
    ];
    let endpoints: Vec<(String, Setting)> = urls
        .iter()
        .filter_map(|(cfn, key)| Some((key.to_string(), scalar_setting(details.get(cfn)?)?)))
        .collect();
    if endpoints.len() == urls.len() {
        item.map("endpoints", endpoints);
    }
    Some(())
}

/// A SAML provider's settings: its metadata (`url("…")` or `file("…")`), its name unless it
/// is the one the CDK generates (`Names.uniqueResourceName`: the stack's name first, a hash
/// last; the plainer form tried next writes it), and the flags the CDK leaves out when unset.
fn saml(item: &mut Item, r: &Resource, details: &Json, stack: &str) -> Option<()> {
    let metadata = match (details.get("MetadataURL"), details.get("MetadataFile")) {
        (Some(Json::Str(url)), None) => format!("url({})", string(url)),
        (None, Some(Json::Str(file))) => format!("file({})", string(file)),
        _ => return None,
    };
    item.text("metadata", metadata);
    let name_at = item.settings.len();
    for (cfn, key) in [
        ("IDPSignout", "idp_signout"),
        ("EncryptedResponses", "encrypted_responses"),
        ("IDPInit", "idp_initiated"),
    ] {
        if let Some(Json::Bool(true)) = details.get(cfn) {
            item.text(key, "true");
        }
    }
    if let Some(Json::Str(algorithm)) = details.get("RequestSigningAlgorithm") {
        item.text("request_signing_algorithm", (algorithm == "rsa-sha256").then_some("RSA_SHA256")?);
    }
    let name = prop(r, "ProviderName").and_then(scalar_setting)?;
    let generated = matches!(&name, Setting::Json(Json::Str(n)) if generated_name(n, stack));
    let mut named = item.clone();
    named.settings.insert(name_at, ("name", name));
    if generated {
        item.fallback = Some(Box::new(named));
    } else {
        *item = named;
    }
    Some(())
}

/// Whether `name` looks like the name the CDK generates for a SAML provider of stack `stack`
/// (`Names.uniqueResourceName(this, { maxLength: 32 })`: the path's ids from the stack's name
/// on, then 8 hexadecimal digits of its hash).
fn generated_name(name: &str, stack: &str) -> bool {
    // Bytes, not characters: no slice of a name or a stack name can fall inside a character.
    let (name, stack) = (name.as_bytes(), stack.as_bytes());
    let Some(before_hash) = name.len().checked_sub(8) else { return false };
    name.len() <= 32
        && name.starts_with(&stack[..stack.len().min(before_hash)])
        && name[before_hash..].iter().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
}

/// `attribute_mapping: { email: other("mail"), custom: { tenant: other("tenant_id") } }`:
/// each standard attribute by its key, any other under `custom`, from the provider's
/// attribute as written.
fn attribute_mapping(mapping: &Json, members: &str) -> Option<Vec<(String, Setting)>> {
    let (mut standard, mut custom) = (Vec::new(), Vec::new());
    for (attribute, provider) in mapping.entries() {
        let provider = provider.as_str()?;
        // The CDK's member for the provider's attribute (`GOOGLE_EMAIL`), else `other("…")`.
        let member = ProviderAttribute::ALL.iter().find(|(name, a)| {
            !members.is_empty() && name.starts_with(members) && a.attribute_name() == provider
        });
        let other = Setting::Text(
            member.map_or_else(|| format!("other({})", string(provider)), |(m, _)| m.to_string()),
        );
        // The CDK writes a `custom` mapping's keys as given (`tenant`, or `custom:tenant`).
        match StandardAttributeName::ALL.iter().find(|s| s.cognito_name() == attribute) {
            Some(s) => standard.push((s.key().to_string(), other)),
            None => custom.push((name_of(attribute), other)),
        }
    }
    if !custom.is_empty() {
        standard.push(("custom".into(), Setting::Map(custom)));
    }
    (!standard.is_empty()).then_some(standard)
}

/// The name of the pool item the provider registers on: the pool whose `Ref` is its
/// `UserPoolId`, by the name the block gives it (also in a `construct`).
fn pool_name(r: &Resource, t: &Template) -> Option<String> {
    let id = prop(r, "UserPoolId")?.get("Ref")?.as_str()?;
    t.resources.iter().find(|p| p.logical_id == id && p.kind == "AWS::Cognito::UserPool")?;
    super::item_name(t, id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    /// A template of one pool, `Pool`.
    fn with_pool() -> Template {
        let mut pool = resource("AWS::Cognito::UserPool", "{}");
        pool.logical_id = "PoolD3F588B8".into();
        pool.path = vec!["Pool".into(), "Resource".into()];
        Template {
            stack: "Stack".into(),
            resources: vec![pool],
            outputs: Vec::new(),
            parameters: Vec::new(),
            recommended_flags: None,
            stack_tags: Vec::new(),
        }
    }

    #[test]
    fn google_with_its_pool_by_name() {
        let t = with_pool();
        let google = resource(
            "AWS::Cognito::UserPoolIdentityProvider",
            r#"{"ProviderDetails": {"client_id": "id", "client_secret": "secret", "authorize_scopes": "profile email"},
                "ProviderName": "Google", "ProviderType": "Google", "UserPoolId": {"Ref": "PoolD3F588B8"}}"#,
        );
        let node =
            Node { children: vec![Node { id: "Resource".into(), ..Node::default() }], ..Node::default() };
        assert_eq!(
            settings(&lift(&node, 1, &google, &t).unwrap()),
            [
                "user_pool: Pool",
                "client_id: \"id\"",
                "client_secret: \"secret\"",
                "scopes: [\"profile\", \"email\"]"
            ]
        );
    }

    #[test]
    fn saml_by_its_metadata_with_its_name_when_it_was_given_one() {
        let t = with_pool();
        let saml = |name: &str| {
            resource(
                "AWS::Cognito::UserPoolIdentityProvider",
                &format!(
                    r#"{{"IdpIdentifiers": ["corp"], "ProviderDetails": {{"IDPSignout": true, "MetadataURL": "https://idp.example.com/m.xml", "RequestSigningAlgorithm": "rsa-sha256"}},
                    "ProviderName": "{name}", "ProviderType": "SAML", "UserPoolId": {{"Ref": "PoolD3F588B8"}}}}"#
                ),
            )
        };
        let node =
            Node { children: vec![Node { id: "Resource".into(), ..Node::default() }], ..Node::default() };
        let generated = lift(&node, 1, &saml("StackcorpE96DB85F"), &t).unwrap();
        let without_name = [
            "user_pool: Pool",
            "metadata: url(\"https://idp.example.com/m.xml\")",
            "idp_signout: true",
            "request_signing_algorithm: RSA_SHA256",
            "identifiers: [\"corp\"]",
        ];
        assert_eq!(settings(&generated), without_name);
        // The plainer form, tried when the CDK did not generate it after all, names it.
        let named = generated.fallback.as_deref().unwrap();
        assert!(settings(named).contains(&"name: \"StackcorpE96DB85F\"".to_string()));
        let given = lift(&node, 1, &saml("CorpSaml"), &t).unwrap();
        assert!(settings(&given).contains(&"name: \"CorpSaml\"".to_string()));
        assert!(given.fallback.is_none());
    }

    #[test]
    fn a_generated_name_starts_with_the_stack_and_ends_with_a_hash() {
        assert!(generated_name("StackcorpE96DB85F", "Stack"));
        assert!(!generated_name("CorpSaml", "Stack"));
        assert!(!generated_name("OtherE96DB85F", "Stack"));
        // A stack name that is not ASCII is compared by bytes, not cut inside a character.
        assert!(!generated_name("aE96DB85F", "ÜÜÜÜ"));
    }

    #[test]
    fn attribute_mapping_standard_and_custom() {
        let mapping =
            crate::json::parse(r#"{"email": "mail", "name": "full_name", "tenant": "tenant_id"}"#).unwrap();
        let got = attribute_mapping(&mapping, "").unwrap();
        let flat = crate::program::flat_setting(&Setting::Map(got));
        assert_eq!(
            flat,
            r#"{ email: other("mail"), fullname: other("full_name"), custom: { tenant: other("tenant_id") } }"#
        );
    }

    #[test]
    fn a_pool_in_a_construct_is_named_as_the_block_names_it() {
        let mut t = with_pool();
        let mut nested = resource("AWS::Cognito::UserPool", "{}");
        (nested.logical_id, nested.path) =
            ("Authpool0AB".into(), vec!["Auth".into(), "user-pool-0".into(), "Resource".into()]);
        t.resources.push(nested);
        let google = |pool: &str| {
            resource(
                "AWS::Cognito::UserPoolIdentityProvider",
                &format!(r#"{{"UserPoolId": {{"Ref": "{pool}"}}}}"#),
            )
        };
        assert_eq!(pool_name(&google("PoolD3F588B8"), &t).as_deref(), Some("Pool"));
        assert_eq!(pool_name(&google("Authpool0AB"), &t).as_deref(), Some("user_pool_0"));
        assert_eq!(pool_name(&google("Unknown"), &t), None);
    }
}
