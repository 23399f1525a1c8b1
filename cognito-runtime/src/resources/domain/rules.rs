//! The rules of a user pool domain: the CDK's checks, and the deploy-time rules of
//! CloudFormation and Cognito for the domain it emits.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::pool::check_pool;
use crate::context::rules::{arn, is_arn};
use crate::core::arn::split_arn;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::value::SignInUrl;

const PREFIX_FORMAT: &str = "^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$";

/// Runs every rule of a domain.
pub(crate) fn check(d: &UserPoolDomain, cx: &mut Check) {
    cx.values(d);
    let pool = check_pool(cx, d.user_pool.as_ref(), "user_pool_domain");
    one_of(d, cx);
    if let Some(pool) =
        pool.filter(|_| d.managed_login_version == Some(ManagedLoginVersion::NewerManagedLogin))
    {
        branding(pool, cx);
    }
    if let Some(prefix) = d.cognito_domain.as_ref().and_then(|c| c.domain_prefix.literal()) {
        // One mistake, one error: each rule runs when the ones before it hold.
        if prefix_empty(prefix, cx) && prefix_charset(prefix, cx) && prefix_format(prefix, cx) {
            prefix_reserved_word(prefix, cx);
        }
    }
    if let Some(c) = &d.custom_domain {
        custom_domain_name(c, cx);
        certificate(c, cx);
    }
}

/// AWS CDK `UserPoolDomain`: "One of, and only one of, cognitoDomain or customDomain must be
/// specified".
fn one_of(d: &UserPoolDomain, cx: &mut Check) {
    match (&d.cognito_domain, &d.custom_domain) {
        (Some(_), Some(_)) => cx.push(
            Issue::new(
                "domain.one_of",
                "custom_domain",
                "`cognito_domain` and `custom_domain` are both given, but a domain is one or the other; keep one",
            )
            .related("cognito_domain")
            .target(Target::Key),
        ),
        (None, None) => cx.push(
            Issue::new(
                "domain.one_of",
                "",
                "a domain needs one of `cognito_domain: { domain_prefix: \"…\" }` or `custom_domain: { domain_name: \"…\", certificate: \"arn:aws:acm:us-east-1:…\" }`",
            )
            .target(Target::Id),
        ),
        _ => {}
    }
}

/// Cognito (`DeleteManagedLoginBranding`: "When an app client doesn't have a style assigned,
/// your managed login pages for that app client are nonfunctional"): on a domain that serves
/// managed login, every app client of the pool whose users sign in on the hosted pages (the
/// code or implicit grant) needs a `managed_login_branding`; without one its sign-in page says
/// "Login pages unavailable". A warning: the stack deploys.
fn branding(pool: NodeId, cx: &mut Check) {
    let facts = cx.facts;
    let brandings = facts.brandings_of(pool);
    let hosted = |c: &NodeId| facts.sign_in_flows(*c).is_some_and(|f| f.o_auth && (f.code || f.implicit));
    let unbranded: Vec<NodeId> = facts
        .clients_of(pool)
        .into_iter()
        .filter(hosted)
        .filter(|c| !brandings.iter().any(|(_, b)| *b == Some(*c)))
        .collect();
    let Some(first) = unbranded.first() else { return };
    let name = |c: NodeId| facts.name(c).or_else(|| facts.construct_id(c)).unwrap_or("my_client");
    let names: Vec<String> = unbranded.iter().map(|c| format!("`{}`", name(*c))).collect();
    let (clients, have, their) =
        if names.len() == 1 { ("app client", "has", "its") } else { ("app clients", "have", "their") };
    let first = name(*first);
    let mut issue = Issue::new(
        "domain.branding",
        "managed_login_version",
        format!("the domain serves managed login, but the pool's {clients} {} {have} no `managed_login_branding`, so {their} sign-in pages say \"Login pages unavailable\" (Cognito: a client without a style has nonfunctional managed login pages); add `managed_login_branding … {{ client: {first}, use_cognito_provided_values: true }}` to the pool for each, or use CLASSIC_HOSTED_UI", names.join(", ")),
    )
    .warning();
    for (b, _) in &brandings {
        issue = issue.reads(*b, "client");
    }
    for c in &unbranded {
        issue = issue.reads(*c, "o_auth").reads(*c, "disable_o_auth");
    }
    cx.push(issue);
}

/// AWS CDK `UserPoolDomain` (an empty prefix leaves out `Domain`, and the CDK's own
/// validation fails: "… is missing required property: domain"). True when the rule holds.
fn prefix_empty(prefix: &str, cx: &mut Check) -> bool {
    if !prefix.is_empty() {
        return true;
    }
    cx.push(
        Issue::new(
            "domain.domain_prefix.empty",
            "cognito_domain.domain_prefix",
            "`domain_prefix` must not be empty: the CDK then leaves out `Domain` and rejects the domain (\"is missing required property: domain\")",
        )
        .value("\"\""),
    );
    false
}

/// AWS CDK `UserPoolDomain`: "domainPrefix for cognitoDomain can contain only lowercase
/// alphabets, numbers and hyphens". True when the rule holds.
fn prefix_charset(prefix: &str, cx: &mut Check) -> bool {
    if prefix.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return true;
    }
    cx.push(
        Issue::new(
            "domain.domain_prefix.charset",
            "cognito_domain.domain_prefix",
            format!(
                "`domain_prefix` can contain only lowercase letters, numbers and hyphens (got {prefix:?})"
            ),
        )
        .value(format!("{prefix:?}")),
    );
    false
}

/// Cognito (`CreateUserPoolDomain`): the prefix matches
/// `^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$`: no leading or trailing hyphen, at most 63
/// characters (the CDK lets both through). True when the rule holds.
fn prefix_format(prefix: &str, cx: &mut Check) -> bool {
    let ok = prefix.len() <= 63 && !prefix.starts_with('-') && !prefix.ends_with('-');
    if ok {
        return true;
    }
    let problem = if prefix.len() > 63 {
        format!("is {} characters long, the limit is 63", prefix.len())
    } else {
        "starts or ends with a hyphen".to_owned()
    };
    cx.push(
        Issue::new(
            "domain.domain_prefix.format",
            "cognito_domain.domain_prefix",
            format!(
                "`domain_prefix` {problem} (got {prefix:?}); Cognito rejects it at deploy time (\"The domain name contains an invalid character. Domain names can only contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: {PREFIX_FORMAT}\")"
            ),
        )
        .value(format!("{prefix:?}")),
    );
    false
}

/// Cognito (`CreateUserPoolDomain`): a prefix cannot contain the reserved words `aws`,
/// `amazon` or `cognito` ("Domain cannot contain reserved word: aws").
fn prefix_reserved_word(prefix: &str, cx: &mut Check) {
    let Some(word) = ["aws", "amazon", "cognito"].into_iter().find(|w| prefix.contains(w)) else {
        return;
    };
    cx.push(
        Issue::new(
            "domain.domain_prefix.reserved_word",
            "cognito_domain.domain_prefix",
            format!(
                "`domain_prefix` cannot contain the reserved word `{word}` (got {prefix:?}); Cognito rejects it at deploy time (\"Domain cannot contain reserved word: {word}\"); choose a prefix without `aws`, `amazon` or `cognito`"
            ),
        )
        .value(format!("{prefix:?}")),
    );
}

/// `^[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?$`: one label of a domain name.
fn is_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// CloudFormation schema (`Domain` with a `CustomDomainConfig`: 1 to 63 characters,
/// `^[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+$`): a lower-case
/// domain name of at least two labels.
fn custom_domain_name(c: &CustomDomainOptions, cx: &mut Check) {
    let Some(name) = c.domain_name.literal() else { return };
    if !is_domain_name(name, 2) {
        cx.push(
            Issue::new(
                "domain.domain_name.format",
                "custom_domain.domain_name",
                format!(
                    "`domain_name` must be a lower-case domain name of at least two labels and at most 63 characters, such as `auth.example.com` (got {name:?}); CloudFormation rejects it at deploy time"
                ),
            )
            .value(&c.domain_name),
        );
    }
}

/// At most 63 characters of at least `labels` lower-case labels separated by dots.
fn is_domain_name(name: &str, labels: usize) -> bool {
    name.split('.').count() >= labels && name.split('.').all(is_label) && name.len() <= 63
}

/// The rules of an imported domain: CloudFormation schema (`Domain`: a prefix, one label of
/// at most 63 characters as `domain_prefix` takes, or a custom domain name as `domain_name`
/// takes).
pub(crate) fn check_imported(d: &ImportedUserPoolDomain, cx: &mut Check) {
    let path = "from_domain_name";
    cx.value(path, &d.domain_name);
    let Some(name) = d.domain_name.literal() else { return };
    if !is_domain_name(name, 1) {
        cx.push(
            Issue::new(
                "domain.domain_name.format",
                path,
                format!(
                    "`{path}` must be a domain prefix such as `my-app` or a lower-case domain name such as `auth.example.com`, at most 63 characters (got {name:?}); no domain can have this name, so it names no existing domain"
                ),
            )
            .value(&d.domain_name),
        );
    }
}

/// CloudFormation schema (`CustomDomainConfig.CertificateArn`: an ARN) and Cognito: the
/// custom domain is served by CloudFront, which takes only certificates of ACM in us-east-1
/// ("The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or
/// doesn't include a valid certificate chain.", amplify-hosting#2278; demand row 39).
fn certificate(c: &CustomDomainOptions, cx: &mut Check) {
    let path = "custom_domain.certificate";
    arn(cx, "domain.certificate.arn", path, &c.certificate, Some("acm"));
    let Some(s) = c.certificate.literal() else { return };
    let Some(parts) = split_arn(s).filter(|p| is_arn(s) && p.service == "acm") else {
        return;
    };
    if parts.region != "us-east-1" {
        cx.push(
            Issue::new(
                "domain.certificate.region",
                path,
                format!(
                    "the certificate of a custom domain must be in us-east-1 (got a certificate in {:?}): Cognito serves the domain through CloudFront, which takes certificates from us-east-1 only; Cognito rejects this at deploy time (\"The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.\"); request or import the certificate in us-east-1",
                    parts.region
                ),
            )
            .value(&c.certificate),
        );
    }
}

/// `sign_in_url(client, …)`: the client is an app client created in this stack (the CDK's
/// `signInUrl` takes a `UserPoolClient`), and AWS CDK `UserPoolDomain.signInUrl`: "signInUrl
/// is not supported for clients without authorizationCodeGrant or implicitCodeGrant flow
/// enabled".
pub(crate) fn check_sign_in_url(s: &SignInUrl, cx: &mut Check, path: &str) -> Result<(), String> {
    let Some(client) = &s.client else {
        return Err("`sign_in_url` needs the app client it signs in to: `sign_in_url(client, redirect_uri: \"https://…\")`".to_owned());
    };
    let Some(client_node) = cx.resolve(path, client, &["user_pool_client"]) else {
        return Ok(());
    };
    let Some(flows) = cx.facts.sign_in_flows(client_node) else {
        return Err(format!(
            "`sign_in_url` needs an app client created in this stack, whose OAuth flows are known, but `{client}` is imported"
        ));
    };
    if !flows.code && !flows.implicit {
        cx.push(
            Issue::new(
                "domain.sign_in_url.flows",
                path,
                format!(
                    "`sign_in_url` needs a client with the authorization code or the implicit grant, but `{client}` has neither; the hosted sign-in page only serves those flows: enable `authorization_code_grant` or `implicit_code_grant` in the client's `o_auth.flows`"
                ),
            )
            .value(format!("{client}"))
            .reads(client_node, "o_auth.flows"),
        );
    }
    Ok(())
}
