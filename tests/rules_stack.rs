//! Stack-wide rules through the runtime builders: node ids a stack did not make.

mod common;

use cognito::*;
use common::*;

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
