//! One test per rule of what a stack emits at run time exactly as at compile time (issue 11,
//! defect 5): values a builder or an `(EXPR)` gives that would make a template
//! CloudFormation rejects. Each asserts the rule, the field path and the message.

mod common;

use cognito::*;
use common::pool::{imported_user_pool_provider, output, props, role};
use common::*;

fn stack_with(id: &str, item: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    s.add(id, item);
    s
}

fn pool_with(attrs: Vec<(&str, CustomAttribute)>) -> Stack {
    let attrs = attrs.into_iter().map(|(n, a)| (n.to_owned(), a)).collect();
    stack_with("pool", UserPool { custom_attributes: Some(attrs), ..props() })
}

fn number(min: Option<f64>, max: Option<f64>) -> CustomAttribute {
    CustomAttribute::Number(NumberAttributeProps { min, max, mutable: None })
}

#[test]
fn custom_attribute_bound_not_a_number() {
    let s = pool_with(vec![("score", number(Some(f64::NAN), None))]);
    let m = violation(&s, "custom_attributes.bound", "custom_attributes.score.min");
    assert_eq!(m, "`min` must be a finite number (got NaN); Cognito rejects the attribute at deploy time");
    let s = pool_with(vec![("score", number(None, Some(f64::INFINITY)))]);
    let m = violation(&s, "custom_attributes.bound", "custom_attributes.score.max");
    assert_eq!(
        m,
        "`max` must be a finite number (got Infinity); Cognito rejects the attribute at deploy time"
    );
}

#[test]
fn custom_attribute_bound_min_above_max() {
    let s = pool_with(vec![("score", number(Some(10.0), Some(1.5)))]);
    let m = violation(&s, "custom_attributes.bound", "custom_attributes.score.min");
    assert_eq!(
        m,
        "`min` must not be above `max` (got 10 > 1.5); Cognito rejects the attribute at deploy time; swap them"
    );
    let string =
        CustomAttribute::String(StringAttributeProps { min_len: Some(8), max_len: Some(4), mutable: None });
    let s = pool_with(vec![("code", string)]);
    let m = violation(&s, "custom_attributes.bound", "custom_attributes.code.min_len");
    assert_eq!(
        m,
        "`min_len` must not be above `max_len` (got 8 > 4); Cognito rejects the attribute at deploy time; swap them"
    );
}

#[test]
fn custom_attribute_duplicate() {
    let s = pool_with(vec![("tier", CustomAttribute::default()), ("tier", number(None, None))]);
    let m = violation(&s, "custom_attributes.duplicate", "custom_attributes.tier");
    assert_eq!(
        m,
        "custom attribute `tier` is declared twice; Cognito rejects the schema at deploy time; keep one"
    );
}

#[test]
fn role_name() {
    let s = stack_with("role", Role { role_name: Some("r".repeat(257).into()), ..role("lambda") });
    let m = violation(&s, "role.role_name", "role_name");
    assert_eq!(
        m,
        "`role_name` must be 1 to 64 characters long (got 257); CloudFormation rejects it at deploy time (the `AWS::IAM::Role` schema, `RoleName`)"
    );
}

#[test]
fn output_description_length() {
    let s = stack_with("out", Output { description: Some("d".repeat(1025)), ..output("v".into()) });
    let m = violation(&s, "output.description.length", "description");
    assert_eq!(
        m,
        "`description` must be at most 1024 bytes long (got 1025); CloudFormation rejects the template; shorten it"
    );
}

#[test]
fn output_value_empty() {
    let s = stack_with("out", output("".into()));
    let m = violation(&s, "output.value.empty", "value");
    assert_eq!(
        m,
        "`value` must not be empty: CloudFormation rejects an output without a value at deploy time; give the value to export, e.g. `pool.user_pool_id`"
    );
}

#[test]
fn parameter_length_range() {
    let s = stack_with("p", Parameter { min_length: Some(-1), ..Parameter::default() });
    let m = violation(&s, "parameter.length.range", "min_length");
    assert_eq!(
        m,
        "`min_length` must be a whole number from 0 to 9007199254740991 (got -1); CloudFormation rejects the template"
    );
    let s = stack_with("p", Parameter { max_length: Some(i64::MAX), ..Parameter::default() });
    assert!(violation(&s, "parameter.length.range", "max_length").contains("(got 9223372036854775807)"));
}

#[test]
fn parameter_default_allowed_values() {
    let allowed = Some(vec!["dev".to_owned(), "prod".to_owned()]);
    let s = stack_with(
        "p",
        Parameter { default: Some("test".into()), allowed_values: allowed, ..Parameter::default() },
    );
    let m = violation(&s, "parameter.default.allowed_values", "default");
    assert_eq!(
        m,
        "`default` must be one of `allowed_values` (\"dev\", \"prod\") (got \"test\"); CloudFormation rejects the stack (\"Parameter '…' must be one of AllowedValues\"); use one of them"
    );
}

#[test]
fn parameter_default_allowed_pattern() {
    let pattern = Some("[a-z]+".to_owned());
    let s = stack_with(
        "p",
        Parameter { default: Some("abc1".into()), allowed_pattern: pattern, ..Parameter::default() },
    );
    let m = violation(&s, "parameter.default.allowed_pattern", "default");
    assert_eq!(
        m,
        "`default` must match `allowed_pattern` `[a-z]+` as a whole (got \"abc1\"); CloudFormation rejects the stack (\"Parameter '…' must match pattern [a-z]+\"); change one of the two"
    );
}

#[test]
fn parameter_default_length() {
    let s = stack_with(
        "p",
        Parameter { default: Some("ab".into()), min_length: Some(3), ..Parameter::default() },
    );
    let m = violation(&s, "parameter.default.length", "default");
    assert_eq!(
        m,
        "`default` must be at least 3 characters long, as `min_length` says (got 2); CloudFormation rejects the stack (\"Parameter '…' must contain at least 3 characters\"); change one of the two"
    );
}

#[test]
fn tags_characters() {
    let mut s = stack_with("role", role("lambda"));
    s.add_stack_tag("team!", "auth");
    let m = violation(&s, "tags.characters", "tags.team!");
    assert_eq!(
        m,
        "a tag key holds only letters, numbers, spaces and `_ . : / = + - @` (got \"team!\"); CloudFormation rejects it at deploy time; remove the other characters"
    );
    let mut s = stack_with("role", role("lambda"));
    s.add_stack_tag("team", "a&b");
    assert!(violation(&s, "tags.characters", "tags.team").starts_with("a tag value holds only"));
}

#[test]
fn identity_pool_user_pool_client_id() {
    let s = imported_user_pool_provider("us-east-1_abc", "abc+123");
    let m = violation(
        &s,
        "identity_pool.user_pool.client_id",
        "authentication_providers.user_pools.0.user_pool_client",
    );
    assert_eq!(
        m,
        "the app client of a user pool provider must have an id of 1 to 128 letters, digits and `_` (got \"abc+123\"); CloudFormation rejects the identity pool at deploy time; check the imported client's id"
    );
}

#[test]
fn idp_attribute_mapping_key() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", props());
    let mapping = AttributeMapping {
        custom: Some(vec![("custom:a$b".to_owned(), ProviderAttribute("tenant".into()))]),
        ..AttributeMapping::default()
    };
    let google = UserPoolIdentityProviderGoogle {
        client_id: "id".into(),
        client_secret: Some("secret".into()),
        attribute_mapping: Some(mapping),
        ..UserPoolIdentityProviderGoogle::default()
    };
    s.add_child(pool, "google", UserPoolIdentityProvider::Google(google));
    let m = violation(&s, "idp.attribute_mapping.key", "attribute_mapping.custom.custom:a$b");
    assert_eq!(
        m,
        "an attribute mapping's key holds only letters, numbers, spaces and `_ . : / = + - @` (got \"custom:a$b\"); CloudFormation rejects it at deploy time; name a pool attribute, e.g. `\"custom:tenant\"`"
    );
}
