//! One test per stack-wide rule that is not about one kind of item: how deep values nest,
//! the numbers a template can carry, a stack without resources. Runtime level: the rule, the
//! field path and the message.

mod common;

use cognito::*;
use common::pool::{function, output};
use common::*;

/// `"x"` inside `depth - 1` functions: `import_value(join("", [import_value(…)]))`.
fn nested(depth: usize) -> Value {
    let mut v = Value::from("x");
    for level in 1..depth {
        v = if level % 2 == 0 { Value::join("", [v]) } else { Value::import_value(v) };
    }
    v
}

fn stack_with_output(value: Value) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("out", output(value));
    s
}

#[test]
fn value_depth() {
    let s = stack_with_output(nested(MAX_VALUE_DEPTH + 1));
    let m = violation(&s, "value.depth", "value");
    assert_eq!(
        m,
        "`value` must nest CloudFormation functions at most 32 deep, what JSON parsers accept in a template (got a value nested deeper); build it with fewer nested `join`s and `import_value`s"
    );
}

#[test]
fn value_depth_at_the_limit_renders() {
    let s = stack_with_output(nested(MAX_VALUE_DEPTH));
    let template = s.synth_to_string().expect("32 levels are allowed");
    assert!(
        serde_json::from_str::<serde_json::Value>(&template).is_ok(),
        "serde_json reads the template back"
    );
}

/// A value nested 100,000 deep, built at run time: reported, not a stack overflow, in
/// `check`, `synth`, the error's text and the stack's drop.
#[test]
fn value_depth_without_recursion() {
    let s = stack_with_output(nested(100_000));
    let e = s.synth().expect_err("too deep");
    assert_eq!(e.violations.len(), 1, "{e}");
    assert_eq!(e.violations[0].rule, "value.depth");
    assert!(e.to_string().contains("at most 32 deep"));
    let shown = nested(100_000).to_string();
    assert!(shown.contains('…') && shown.len() < 1000, "display stops at the limit: {shown}");
    drop(s);
}

/// A value that no rule of its item reads is cut by the render, which reports it.
#[test]
fn value_depth_of_a_value_no_rule_reads() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("fn", LambdaFunction { description: Some(nested(100_000)), ..function(false) });
    let found = s.check();
    assert!(found.iter().any(|v| v.rule == "value.depth" && v.item == "fn"), "{found:#?}");
}

/// A stack with a parameter whose `min_length` is `n`.
fn parameter_min_length(n: i64) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("name", Parameter { min_length: Some(n), ..Parameter::default() });
    s
}

#[test]
fn template_number() {
    let s = parameter_min_length(1 << 60);
    let m = violation(&s, "template.number", "");
    assert_eq!(
        m,
        "`MinLength` of `name` would be 1152921504606847000 in the template, beyond the integers a JSON template carries exactly (-9007199254740991 to 9007199254740991), so the deployed number would be rounded; give a number in that range"
    );
    assert!(parameter_min_length(MAX_SAFE_INTEGER).check().is_empty(), "2^53 - 1 is carried exactly");
    assert_eq!(parameter_min_length(-MAX_SAFE_INTEGER - 1).check()[0].rule, "template.number");
}

/// `memory_size: (i64::MIN)` or 2^60, known only at run time: rejected, not rounded.
#[test]
fn lambda_memory_size_beyond_json_fails() {
    for memory_size in [i64::MIN, 1 << 60] {
        let mut s = Stack::new("Stack");
        s.add("pool", UserPool::default());
        s.add("fn", LambdaFunction { memory_size: Some(memory_size), ..function(false) });
        assert!(s.synth().is_err(), "memory_size {memory_size} must not synthesize");
    }
}

/// A tree of items built at run time may be deeper than recursion allows: it renders.
#[test]
fn a_deep_tree_of_items_synthesizes() {
    let mut s = Stack::new("Stack");
    let mut parent = s.add("scope", Item::Construct);
    for _ in 0..100_000 {
        parent = s.add_node(Some(parent), "c", None, Item::Construct);
    }
    s.add_child(parent, "pool", UserPool::default());
    let template = s.synth().expect("a deep tree is valid");
    assert_eq!(template["Resources"].as_object().map(|r| r.len()), Some(1));
}

/// Only an import and an output: the CDK writes a template without `Resources`, which
/// CloudFormation refuses.
#[test]
fn stack_resources() {
    let mut s = Stack::new("Stack");
    s.add("imported", ImportedUserPool::FromId("us-east-1_oiuR12Abd".into()));
    s.add("id", output(Value::attr("imported", Attr::UserPoolId)));
    let m = violation(&s, "stack.resources", "");
    assert_eq!(
        m,
        "stack `Stack` creates no resource (outputs, parameters and imports are not resources); CloudFormation rejects a template without one at deploy time (\"Template format error: At least one Resources member must be defined.\"): declare an item that creates a resource, such as a `user_pool`, or move the outputs to a stack that has one"
    );
    assert_eq!(Stack::new("Empty").check()[0].rule, "stack.resources");
}

/// A value 100,000 deep where rules compare values (a default redirect among the callbacks)
/// and copy them (an SES sender): reported, not a stack overflow; and the stack holding it
/// can be cloned, compared and printed.
#[test]
fn value_depth_where_rules_compare_and_copy() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "pool",
        common::pool::ses_pool(SesOptions {
            from_email: nested(100_000),
            ..common::pool::ses("a@example.com", "us-east-1")
        }),
    );
    let o_auth = OAuthSettings {
        callback_urls: Some(vec![nested(100_000)]),
        default_redirect_uri: Some(nested(100_000)),
        ..OAuthSettings::default()
    };
    s.add_client(pool, "web", UserPoolClient { o_auth: Some(o_auth), ..UserPoolClient::default() });
    let found = s.check();
    assert!(found.iter().any(|v| v.rule == "value.depth"), "{found:#?}");
    let copy = s.clone();
    assert!(copy == s);
    assert!(format!("{s:?}").len() < 1_000_000, "debug output stops at the limit");
}
