//! One test per rule of imported domains, groups, identity providers and resource servers, at
//! the runtime level: the rule, the field path and the message.

mod common;

use cognito::*;
use common::pool::output;
use common::*;

/// A stack with `item` imported as `imported`, and a pool: a stack needs a resource.
fn import(item: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pad", UserPool::default());
    s.add("imported", item);
    s
}

#[test]
fn imported_domain_name() {
    let s = import(ImportedUserPoolDomain { domain_name: "Auth.Example.com".into() });
    let m = violation(&s, "domain.domain_name.format", "from_domain_name");
    assert_eq!(
        m,
        "`from_domain_name` must be a domain prefix such as `my-app` or a lower-case domain name such as `auth.example.com`, at most 63 characters (got \"Auth.Example.com\"); no domain can have this name, so it names no existing domain"
    );
}

#[test]
fn imported_domain_has_no_urls() {
    let mut s = import(ImportedUserPoolDomain { domain_name: "my-app".into() });
    s.add("url", output(Value::attr("imported", Attr::BaseUrl { fips: false })));
    let m = violation(&s, "reference.attribute", "value");
    assert_eq!(
        m,
        "a `user_pool_domain` has no attribute `base_url`; an imported domain exposes only its `domain_name` (the CDK's `IUserPoolDomain` has no URLs)"
    );
}

#[test]
fn imported_group_name() {
    let s = import(ImportedUserPoolGroup { group_name: "read only".into() });
    let m = violation(&s, "group.group_name", "from_group_name");
    assert_eq!(
        m,
        "`from_group_name` must be 1 to 128 letters, numbers, symbols or punctuation, without spaces, but it contains a space or an invisible character (got \"read only\"); no group can have this name, so it names no existing group"
    );
}

#[test]
fn imported_provider_name_length() {
    let s = import(ImportedUserPoolIdentityProvider { provider_name: "ab".into() });
    let m = violation(&s, "idp.name.length", "from_provider_name");
    assert_eq!(
        m,
        "`from_provider_name` must be between 3 and 32 characters long (got \"ab\", 2 characters); no identity provider can have this name, so it names no existing provider"
    );
}

#[test]
fn imported_provider_name_pattern() {
    let s = import(ImportedUserPoolIdentityProvider { provider_name: "Corp SAML".into() });
    let m = violation(&s, "idp.name.pattern", "from_provider_name");
    assert_eq!(
        m,
        "`from_provider_name` must match `^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$`: no space, and no `_` except as its second character (got \"Corp SAML\"); no identity provider can have this name, so it names no existing provider"
    );
}

#[test]
fn imported_provider_may_be_social() {
    // The name a social provider has is not reserved against its import.
    assert!(import(ImportedUserPoolIdentityProvider { provider_name: "Google".into() }).check().is_empty());
}

#[test]
fn imported_resource_server_id() {
    let s = import(ImportedUserPoolResourceServer { user_pool_resource_server_id: "my api".into() });
    let m = violation(&s, "resource_server.identifier", "from_user_pool_resource_server_id");
    assert_eq!(
        m,
        "`from_user_pool_resource_server_id` must be 1 to 256 printable ASCII characters without spaces, `\"` or `\\` (got \"my api\"); no resource server can have this identifier, so it names no existing resource server"
    );
}

#[test]
fn imported_values_are_not_checked() {
    // Values known only at deploy time pass, as the CDK's tokens do.
    let v = || Value::import_value("Name");
    let mut s = import(ImportedUserPoolDomain { domain_name: v() });
    s.add("g", ImportedUserPoolGroup { group_name: v() });
    s.add("p", ImportedUserPoolIdentityProvider { provider_name: v() });
    s.add("r", ImportedUserPoolResourceServer { user_pool_resource_server_id: v() });
    assert!(s.check().is_empty(), "{:#?}", s.check());
}
