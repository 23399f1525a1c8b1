//! Stack-wide rules through the runtime builders: node ids a stack did not make, how deep
//! values nest, the numbers a template can carry, a stack without resources. Runtime level:
//! the rule, the field path and the message.

mod common;

use cognito::*;
use common::pool::{function, output};
use common::*;

/// The largest integer a template carries exactly (2^53 − 1).
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// What `stack.node_id` says of `id` given to `method` as `argument`.
fn foreign_message(method: &str, id: usize, argument: &str, instead: &str) -> String {
    format!(
        "`{method}` was given node #{id} as `{argument}`, which is not an item of this stack (an id of another stack, or of a clone with more items), and {instead}; pass an id that this stack's `add_*` methods returned"
    )
}

/// The id of the last of `pools` pools of another stack.
fn id_of_another_stack(pools: usize) -> NodeId {
    let mut other = Stack::new("Other");
    let mut last = other.add("Pool0", UserPool::default());
    for i in 1..pools {
        last = other.add(format!("Pool{i}"), UserPool::default());
    }
    last
}

#[test]
fn a_parent_from_another_stack_is_reported_and_the_item_kept_at_the_top_level() {
    let foreign = id_of_another_stack(6);
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    let web = s.add_node(Some(foreign), "web", None, UserPoolClient::default());
    let m = violation(&s, "stack.node_id", "");
    assert_eq!(m, foreign_message("add_node", 5, "parent", "added the item at the top level"));
    assert_eq!(s.node(web).map(Node::parent), Some(None));
    assert!(s.synth().is_err());
}

#[test]
fn an_id_of_another_stack_is_reported_even_when_this_stack_has_an_item_at_its_position() {
    let foreign = id_of_another_stack(1);
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.add_tag(foreign, "team", "auth");
    let m = violation(&s, "stack.node_id", "");
    assert_eq!(m, foreign_message("add_tag", 0, "node", "added no tag"));
    assert!(s.nodes()[0].tags.is_empty(), "the tag went to this stack's item at the same position");
}

#[test]
fn a_node_cannot_be_its_own_parent() {
    // A clone accepts the original's ids; the clone's next id is the id the original gives
    // its own next item, which would then be its own parent.
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    let mut clone = s.clone();
    let next = clone.add("Other", UserPool::default());
    let node = s.add_node(Some(next), "Looped", Some("Looped"), UserPool::default());
    assert_eq!(node, next);
    assert_eq!(s.node(node).map(Node::parent), Some(None));
    let m = violation(&s, "stack.node_id", "");
    assert_eq!(m, foreign_message("add_node", 1, "parent", "added the item at the top level"));
}

#[test]
fn every_builder_that_takes_a_node_id_reports_one_of_another_stack() {
    let foreign = id_of_another_stack(3);
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.add("Role", Role { assumed_by: Principal::Service("lambda".into()), ..Role::default() });
    s.add_child(foreign, "Domain", UserPoolDomain::default());
    s.add_client(foreign, "web", UserPoolClient::default());
    s.add_grant(foreign, "Role", vec!["cognito-idp:AdminGetUser".into()]);
    s.add_trigger(
        foreign,
        UserPoolOperation::PreSignUp,
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        None,
    );
    s.add_dependency(foreign, "Pool");
    s.add_tag(foreign, "team", "auth");
    assert!(s.add_provider_clients(foreign).is_empty());
    let reported: Vec<String> =
        s.check().into_iter().filter(|v| v.rule == "stack.node_id").map(|v| v.message).collect();
    assert_eq!(
        reported,
        [
            foreign_message("add_child", 2, "parent", "added the item at the top level"),
            foreign_message("add_client", 2, "parent", "added the item at the top level"),
            foreign_message("add_grant", 2, "parent", "added the item at the top level"),
            foreign_message("add_trigger", 2, "parent", "added the item at the top level"),
            foreign_message("add_dependency", 2, "node", "added no dependency"),
            foreign_message("add_tag", 2, "node", "added no tag"),
            foreign_message("add_provider_clients", 2, "identity_pool", "added no client"),
        ]
    );
    // The readers answer nothing for it, rather than another item.
    assert!(s.node(foreign).is_none());
    assert!(s.node_mut(foreign).is_none());
    assert!(s.path(foreign).is_empty());
    assert_eq!(s.children(Some(foreign)).count(), 0);
}

#[test]
fn a_reference_to_a_node_of_another_stack_is_unknown() {
    let foreign = id_of_another_stack(1);
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_dependency(pool, foreign);
    let m = violation(&s, "reference.unknown", "depends_on.0");
    assert_eq!(
        m,
        "`depends_on` refers to `node #0`, which is not declared in this stack; declare it, or check the spelling"
    );
}

#[test]
fn accept_replacement_reports_an_id_of_another_stack_and_accepts_nothing() {
    let foreign = id_of_another_stack(2);
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.accept_replacement(foreign);
    let m = violation(&s, "stack.node_id", "");
    assert_eq!(m, foreign_message("accept_replacement", 1, "node", "accepted no replacement"));
    assert!(s.accepted().items.is_empty(), "the id of another stack stands for none of this stack's items");
}

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

/// A number beyond what a template carries exactly, known only at run time, is refused by
/// the rule of its setting (or `template.number`, unit-tested in `template_check`, where no
/// rule reads it), never rounded.
#[test]
fn numbers_beyond_json_at_run_time() {
    let m = violation(&parameter_min_length(1 << 60), "parameter.length.range", "min_length");
    assert_eq!(
        m,
        "`min_length` must be a whole number from 0 to 9007199254740991 (got 1152921504606846976); CloudFormation rejects the template"
    );
    assert!(parameter_min_length(MAX_SAFE_INTEGER).check().is_empty(), "2^53 - 1 is carried exactly");
    assert!(!parameter_min_length(-MAX_SAFE_INTEGER - 1).check().is_empty());
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

/// A pool with a grant of `cognito-idp:AdminGetUser` to the role `Role`.
fn pool_with_grant() -> (Stack, NodeId) {
    let mut s = Stack::new("Stack");
    s.add("Role", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
    let pool = s.add("Pool", UserPool::default());
    let grant = s.add_grant(pool, "Role", vec!["cognito-idp:AdminGetUser".into()]);
    (s, grant)
}

#[test]
fn a_grant_takes_no_depends_on() {
    let (mut s, grant) = pool_with_grant();
    s.add_dependency(grant, "Pool");
    let m = violation(&s, "grant.depends_on", "depends_on");
    assert_eq!(
        m,
        "a `grant` has no resource of its own (it adds a statement to the default policy of `Role`), so `depends_on` has nothing to make wait; remove it, or put `depends_on` on `Role`"
    );
}

#[test]
fn a_grant_takes_no_tags() {
    let (mut s, grant) = pool_with_grant();
    s.add_tag(grant, "team", "auth");
    let m = violation(&s, "grant.tags", "tags");
    assert_eq!(
        m,
        "a `grant` has no resource of its own (it adds a statement to the default policy of `Role`), so `tags` has nothing to tag; remove it, or put `tags` on `Role`"
    );
}
