//! `document.depth`: a JSON document built at run time (a managed login style's `settings`, a
//! `cfn_resource`'s properties, an override's value and path) nests arrays and objects at most
//! `MAX_DOCUMENT_DEPTH` deep. One test per place, asserting the rule's id, path and exact
//! message; and a document 100,000 deep is reported, not a stack overflow, in `check`,
//! `synth`, `synth_to_string`, the stack's clone, comparison, debug output and drop.

mod common;

use cognito::*;
use common::*;

/// `{"a": [{"a": […"x"…]}]}`, `n` objects and arrays deep (the outermost an object).
fn deep_json(n: usize) -> Json {
    let mut j = Json::from("x");
    for level in (1..=n).rev() {
        j = if level % 2 == 1 { Json::obj1("a", j) } else { Json::Arr(vec![j]) };
    }
    j
}

/// `{"a": {"a": …"x"…}}`, `n` objects deep.
fn deep_raw(n: usize) -> Raw {
    let mut r = Raw::from("x");
    for _ in 0..n {
        r = Raw::object([("a", r)]);
    }
    r
}

/// A pool with a managed login domain, a client `web` and a style of `web` with `settings`.
fn branding(settings: Json) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
    let domain = UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: "example-auth".into() }),
        managed_login_version: Some(ManagedLoginVersion::NewerManagedLogin),
        ..UserPoolDomain::default()
    };
    s.add_child(pool, "hosted", domain);
    let style = ManagedLoginBranding {
        client: Some("web".into()),
        settings: Some(Document(settings)),
        ..ManagedLoginBranding::default()
    };
    s.add_child(pool, "Style", style);
    s
}

/// A stack with a `cfn_resource` whose property `Body` is `body`.
fn cfn_resource(body: Raw) -> Stack {
    let mut s = Stack::new("Stack");
    let properties = vec![("TopicName".to_owned(), Raw::from("alerts")), ("Body".to_owned(), body)];
    s.add("Topic", CfnResource { r#type: "AWS::SNS::Topic".into(), properties });
    s
}

/// A `cfn_resource` (of a type without a schema here) with an override of `path` to `value`.
fn overridden(path: &str, value: Raw) -> Stack {
    let mut s = Stack::new("Stack");
    let topic = s.add("Topic", CfnResource { r#type: "AWS::SNS::Topic".into(), properties: Vec::new() });
    s.add_override(topic, path, value);
    s
}

fn message(subject: &str) -> String {
    format!(
        "{subject} must nest arrays and objects at most 24 deep (got a document nested deeper): the template holds it 4 levels down, beside CloudFormation values up to 97 levels deep, and JSON parsers such as serde_json refuse a template nested beyond 128 levels; flatten the document"
    )
}

/// At the limit the template renders, and serde_json reads it back.
fn reads_back(s: &Stack) {
    let template = s.synth_to_string().unwrap_or_else(|e| panic!("within the limit: {e}"));
    assert!(serde_json::from_str::<serde_json::Value>(&template).is_ok(), "serde_json reads the template");
}

/// A stack holding a document 100,000 deep: the rule reports it (and only the stack's other
/// rules, nothing of a walk into it), `synth` fails, and the stack clones, compares, prints
/// and drops without recursion.
fn survives(s: Stack, path: &str) {
    let found = s.check();
    assert!(found.iter().any(|v| v.rule == "document.depth" && v.path == path), "{found:#?}");
    let e = s.synth().expect_err("too deep");
    assert!(e.violations.iter().any(|v| v.rule == "document.depth"), "{e}");
    assert!(s.synth_to_string().is_err());
    let copy = s.clone();
    assert!(copy == s);
    assert!(format!("{s:?}").len() < 1_000_000, "debug output stops");
    drop((s, copy));
}

#[test]
fn settings() {
    assert_eq!(MAX_DOCUMENT_DEPTH, 24);
    let m = violation(&branding(deep_json(MAX_DOCUMENT_DEPTH + 1)), "document.depth", "settings");
    assert_eq!(m, message("`settings`"));
    reads_back(&branding(deep_json(MAX_DOCUMENT_DEPTH)));
}

#[test]
fn settings_100_000_deep() {
    survives(branding(deep_json(100_000)), "settings");
}

#[test]
fn cfn_resource_properties() {
    let m = violation(&cfn_resource(deep_raw(MAX_DOCUMENT_DEPTH + 1)), "document.depth", "properties.Body");
    assert_eq!(m, message("`Body`"));
    reads_back(&cfn_resource(deep_raw(MAX_DOCUMENT_DEPTH)));
}

#[test]
fn cfn_resource_properties_100_000_deep() {
    survives(cfn_resource(deep_raw(100_000)), "properties.Body");
    // Made from a JSON document as deep, without recursion.
    survives(cfn_resource(Raw::from(deep_json(100_000))), "properties.Body");
}

/// The path's names below `Properties` count as levels, as the value's brackets do.
#[test]
fn override_value_and_path() {
    let path = "Properties.Tags.Deep";
    let m = violation(
        &overridden(path, deep_raw(MAX_DOCUMENT_DEPTH)),
        "document.depth",
        &format!("overrides.{path}"),
    );
    assert_eq!(m, message("the `overrides` path \"Properties.Tags.Deep\" with its value"));
    let long = format!("Properties{}", ".A".repeat(30));
    let m = violation(&overridden(&long, Raw::from(1)), "document.depth", &format!("overrides.{long}"));
    assert_eq!(
        m,
        message("the `overrides` path \"Properties.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A\"… with its value")
    );
    reads_back(&overridden("Properties.Tags", Raw::object([("Deep", deep_raw(MAX_DOCUMENT_DEPTH - 1))])));
}

#[test]
fn override_100_000_deep() {
    survives(overridden("Properties.Tags", deep_raw(100_000)), "overrides.Properties.Tags");
    let path = format!("Properties{}", ".A".repeat(100_000));
    survives(overridden(&path, Raw::from(1)), &format!("overrides.{path}"));
}
