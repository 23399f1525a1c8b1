//! One test per rule of imported domains, groups, identity providers and resource servers (and
//! of a reference cycle through imported values, `reference.cycle`), at
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

/// The message of `reference.cycle` for the setting at `path` of each item named in `items`,
/// after checking that the stack does not synthesize (and does not recurse without end).
fn cycles(s: &Stack, items: &[&str]) -> Vec<String> {
    let violations = s.check();
    assert!(s.synth().is_err(), "a stack with a reference cycle does not synthesize");
    let found: Vec<_> = violations.iter().filter(|v| v.rule == "reference.cycle").collect();
    let on: Vec<&str> = found.iter().map(|v| v.item.as_str()).collect();
    assert_eq!(on, items, "the items of reference.cycle in {violations:#?}");
    found.iter().map(|v| v.message.clone()).collect()
}

#[test]
fn imported_pool_given_its_own_id() {
    let mut s = import(ImportedUserPool::FromId(Value::attr("imported", Attr::UserPoolId)));
    s.add("o", output(Value::attr("imported", Attr::UserPoolProviderName)));
    let m = violation(&s, "reference.cycle", "from_user_pool_id");
    assert_eq!(
        m,
        "`from_user_pool_id` refers to `imported.user_pool_id`, which is computed from this `from_user_pool_id` itself: a value cannot be given in terms of itself; write the value, or a parameter's"
    );
    assert_eq!(cycles(&s, &["imported"]).len(), 1);
}

#[test]
fn reference_cycle_through_three_imports() {
    // Through an ARN, a joined value and an imported one: each of the three is at fault.
    let mut s = Stack::new("Stack");
    s.add("pad", UserPool::default());
    let b_id = Value::join("-", [Value::attr("b", Attr::UserPoolId), Value::from("x")]);
    s.add("a", ImportedUserPool::FromId(b_id));
    s.add("b", ImportedUserPool::FromArn(Value::attr("c", Attr::UserPoolArn)));
    s.add("c", ImportedUserPool::FromId(Value::import_value(Value::attr("a", Attr::UserPoolId))));
    s.add("o", output(Value::attr("a", Attr::UserPoolId)));
    let m = cycles(&s, &["a", "b", "c"]);
    assert_eq!(
        m[0],
        "`from_user_pool_id` refers to `b.user_pool_id`, which is computed from this `from_user_pool_id` itself, through `b`'s `from_user_pool_arn` and `c`'s `from_user_pool_id`: a value cannot be given in terms of itself; write the value, or a parameter's"
    );
    assert!(m[1].starts_with("`from_user_pool_arn` refers to `c.user_pool_arn`, which is computed from this `from_user_pool_arn` itself, through `a`'s `from_user_pool_id` and `c`'s `from_user_pool_id`:"), "{}", m[1]);
}

#[test]
fn reference_cycle_of_every_imported_kind() {
    // Each kind whose attribute is the value it was imported with.
    let this = |attr: Attr| Value::attr("imported", attr);
    let kinds: Vec<(Item, &str)> = vec![
        (ImportedUserPool::FromArn(this(Attr::UserPoolArn)).into(), "from_user_pool_arn"),
        (ImportedUserPoolDomain { domain_name: this(Attr::DomainName) }.into(), "from_domain_name"),
        (ImportedUserPoolGroup { group_name: this(Attr::GroupName) }.into(), "from_group_name"),
        (
            ImportedUserPoolIdentityProvider { provider_name: this(Attr::ProviderName) }.into(),
            "from_provider_name",
        ),
        (
            ImportedUserPoolClient { user_pool_client_id: this(Attr::UserPoolClientId) }.into(),
            "from_user_pool_client_id",
        ),
        (
            ImportedUserPoolResourceServer {
                user_pool_resource_server_id: this(Attr::UserPoolResourceServerId),
            }
            .into(),
            "from_user_pool_resource_server_id",
        ),
        (ImportedIdentityPool::FromId(this(Attr::IdentityPoolArn)).into(), "from_identity_pool_id"),
        (ImportedIdentityPool::FromArn(this(Attr::IdentityPoolId)).into(), "from_identity_pool_arn"),
    ];
    for (item, path) in kinds {
        let s = import(item);
        let m = violation(&s, "reference.cycle", path);
        assert!(m.starts_with(&format!("`{path}` refers to `imported.")), "{m}");
        assert_eq!(cycles(&s, &["imported"]).len(), 1, "{path}");
    }
}

/// A pool with a client `web` named `name`.
fn client_named(name: Value) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(
        pool,
        "web",
        UserPoolClient { user_pool_client_name: Some(name), ..UserPoolClient::default() },
    );
    s
}

#[test]
fn reference_cycle_through_a_client_name() {
    // A client's name is the value written: a client named after itself.
    let s = client_named(Value::join("-", [Value::attr("web", Attr::UserPoolClientName), Value::from("2")]));
    let m = violation(&s, "reference.cycle", "user_pool_client_name");
    assert_eq!(
        m,
        "`user_pool_client_name` refers to `web.user_pool_client_name`, which is computed from this `user_pool_client_name` itself: a value cannot be given in terms of itself; write the value, or a parameter's"
    );
    assert_eq!(cycles(&s, &["pool/web"]).len(), 1);
}

#[test]
fn a_client_named_by_its_own_id_is_no_reference_cycle() {
    // The client's name is an imported client's id, which is the client's own id: a `Ref` to
    // the client's resource (a circular dependency of resources, which CloudFormation
    // rejects), not the name computed from itself: the render follows the name, then the id.
    let mut s = client_named(Value::attr("other", Attr::UserPoolClientId));
    s.add(
        "other",
        ImportedUserPoolClient { user_pool_client_id: Value::attr("web", Attr::UserPoolClientId) },
    );
    s.add("o", output(Value::attr("web", Attr::UserPoolClientName)));
    let rules: Vec<&str> = s.check().iter().map(|v| v.rule).collect();
    assert_eq!(rules, ["stack.circular_dependency"]);
}

#[test]
fn an_item_that_reads_a_cycle_is_not_at_fault() {
    // The output refers to a pool in a cycle: only the pool's setting is reported.
    let mut s = import(ImportedUserPool::FromId(Value::attr("imported", Attr::UserPoolId)));
    s.add("o", output(Value::attr("imported", Attr::UserPoolArn)));
    assert_eq!(cycles(&s, &["imported"]).len(), 1);
}

/// A stack of `n` pools imported in a chain, each with the id of the one before (the first's
/// written), and an output of the last one's id.
fn chain(n: usize) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pad", UserPool::default());
    s.add("p0", ImportedUserPool::FromId("us-east-1_abc".into()));
    for i in 1..n {
        s.add(
            format!("p{i}"),
            ImportedUserPool::FromId(Value::attr(format!("p{}", i - 1), Attr::UserPoolId)),
        );
    }
    s.add("o", output(Value::attr(format!("p{}", n - 1), Attr::UserPoolId)));
    s
}

#[test]
fn a_chain_of_imports_renders_the_first_value() {
    // 32 values in a chain: the last pool's id is the first one's.
    let t = chain(MAX_VALUE_DEPTH).synth().expect("within the limit");
    assert_eq!(t["Outputs"]["o"]["Value"], "us-east-1_abc");
}

#[test]
fn a_chain_of_imports_longer_than_the_limit() {
    // Reported once, where the chain crosses the limit, not at every import above it.
    for n in [MAX_VALUE_DEPTH + 1, 10_000] {
        let s = chain(n);
        let found: Vec<_> = s.check().into_iter().filter(|v| v.rule == "reference.chain").collect();
        assert_eq!(found.len(), 1, "{n}");
        assert_eq!(found[0].item, "p32");
        assert_eq!(
            found[0].message,
            "`from_user_pool_id` refers to `p31.user_pool_id`, which is computed from the value of another import (or client name), and so on through 32 values: a value is computed through at most 32; refer to one nearer the end of the chain, or write the value"
        );
        assert!(s.synth().is_err());
    }
}

#[test]
fn a_ring_of_many_imports() {
    // Each of the 5,000 is at fault, named with five of the others.
    let mut s = Stack::new("Stack");
    s.add("pad", UserPool::default());
    let n = 5000;
    for i in 0..n {
        s.add(
            format!("p{i}"),
            ImportedUserPool::FromId(Value::attr(format!("p{}", (i + 1) % n), Attr::UserPoolId)),
        );
    }
    let m = cycles(
        &s,
        &(0..n).map(|i| format!("p{i}")).collect::<Vec<_>>().iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(
        m[0],
        "`from_user_pool_id` refers to `p1.user_pool_id`, which is computed from this `from_user_pool_id` itself, through `p1`'s `from_user_pool_id`, `p2`'s `from_user_pool_id`, `p3`'s `from_user_pool_id`, `p4`'s `from_user_pool_id`, `p5`'s `from_user_pool_id` and 4994 more: a value cannot be given in terms of itself; write the value, or a parameter's"
    );
}
