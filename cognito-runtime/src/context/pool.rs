//! Items that belong to a user pool (app clients, resource servers, …): nested in the pool,
//! as the CDK's `pool.addClient(id, …)` makes them, or top-level naming the pool in
//! `user_pool`, as `new UserPoolClient(scope, id, { userPool })` does.

use crate::context::check::{Check, Issue};
use crate::context::facts::Facts;
use crate::context::synth::Synth;
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef};

/// The item kinds a pool reference may point at.
pub(crate) const POOL_KINDS: &[&str] = &["user_pool"];

/// The enclosing item of the node being checked, when it is a user pool.
fn parent_pool(cx: &Check) -> Option<NodeId> {
    let parent = cx.facts.parent(cx.node?)?;
    POOL_KINDS.contains(&cx.facts.kind(parent)?).then_some(parent)
}

/// AWS CDK (`userPool` is a required prop): the pool an item belongs to, its parent or the
/// pool its `user_pool` names (which must be a `user_pool`); reports a missing pool, or a
/// `user_pool` given to an item already nested in one.
pub(crate) fn check_pool(cx: &mut Check, user_pool: Option<&ItemRef>, kind: &str) -> Option<NodeId> {
    match (parent_pool(cx), user_pool) {
        (Some(parent), None) => Some(parent),
        (Some(_), Some(r)) => {
            cx.push(
                Issue::new(
                    "pool_child.user_pool.nested",
                    "user_pool",
                    format!(
                        "this `{kind}` is nested in a user pool and belongs to it; remove `user_pool` (got `{r}`), or declare the item at the top level"
                    ),
                )
                .value(r)
                .target(Target::Setting),
            );
            None
        }
        (None, Some(r)) => cx.resolve("user_pool", r, POOL_KINDS),
        (None, None) => {
            cx.push(
                Issue::new(
                    "pool_child.user_pool.missing",
                    "user_pool",
                    format!(
                        "a top-level `{kind}` needs `user_pool`, the pool it belongs to; add `user_pool: my_pool`, or nest the item in the `user_pool`"
                    ),
                )
                .target(Target::Id),
            );
            None
        }
    }
}

/// The pool an item belongs to, at render time (the check pass made sure there is one).
pub(crate) fn pool_node(cx: &Synth, node: NodeId, user_pool: Option<&ItemRef>) -> Option<NodeId> {
    pool_of(cx.facts, node, user_pool)
}

/// The pool of the item at `node`: the one its `user_pool` names, else its parent.
pub(crate) fn pool_of(facts: &dyn Facts, node: NodeId, user_pool: Option<&ItemRef>) -> Option<NodeId> {
    match user_pool {
        Some(r) => facts.resolve(r),
        None => facts.parent(node),
    }
}

/// `UserPoolId` of an item of `pool`: `{"Ref": pool}`, or the id of an imported pool.
pub(crate) fn user_pool_id(cx: &Synth, pool: NodeId) -> Json {
    cx.attr(pool, &Attr::UserPoolId)
}
