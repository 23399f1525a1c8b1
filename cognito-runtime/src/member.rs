//! Items that belong to a user pool: nested in it (the CDK's `pool.addDomain(…)`,
//! `pool.addGroup(…)`) or declared at the top level with `user_pool: POOL` (the CDK's
//! `new UserPoolDomain(stack, id, { userPool })`).

use crate::check::{Check, Issue};
use crate::error::Target;
use crate::items::Item;
use crate::json::Json;
use crate::stack::{NodeId, Stack, Synth};
use crate::value::{Attr, ItemRef};

/// Where an item may sit relative to its pool.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placement {
    /// Nested in the pool (no `user_pool`), or top-level with `user_pool`.
    NestedOrTopLevel,
    /// Anywhere, always with `user_pool` (the identity providers).
    TopLevel,
}

/// The user pool enclosing `node`, when its parent is one (elsewhere, in a `construct` or at
/// the top level, an item names its pool with `user_pool`).
fn enclosing_pool(stack: &Stack, node: NodeId) -> Option<NodeId> {
    let parent = stack.node(node)?.parent?;
    stack.node(parent).is_some_and(|p| p.item.kind() == "user_pool").then_some(parent)
}

/// Checks that the current item has exactly one pool, and returns it.
///
/// `cognito!`: an item nested in a `user_pool` belongs to it, so `user_pool` is not given
/// there; a top-level item names its pool with `user_pool`, as the CDK's `userPool` prop
/// (required) does.
pub(crate) fn check_pool(
    cx: &mut Check,
    user_pool: Option<&ItemRef>,
    placement: Placement,
) -> Option<NodeId> {
    let node = cx.node?;
    let kind = cx.stack.node(node).map_or("item", |n| n.item.kind());
    let enclosing = match placement {
        Placement::NestedOrTopLevel => enclosing_pool(cx.stack, node),
        Placement::TopLevel => None,
    };
    match (enclosing, user_pool) {
        (Some(pool), None) => Some(pool),
        (Some(_), Some(_)) => {
            cx.push(
                Issue::new(
                    "user_pool.nested",
                    "user_pool",
                    format!(
                        "this `{}` is declared inside a `user_pool` and belongs to it; remove `user_pool`",
                        kind.strip_prefix("user_pool_").unwrap_or(kind)
                    ),
                )
                .target(Target::Setting),
            );
            None
        }
        (None, None) => {
            cx.push(
                Issue::new(
                    "user_pool.missing",
                    "user_pool",
                    format!("a `{kind}` needs `user_pool: POOL`, the user pool it belongs to"),
                )
                .target(Target::Id),
            );
            None
        }
        (_, Some(r)) => cx.resolve("user_pool", r, &["user_pool"]).map(|(n, _)| n),
    }
}

/// The pool of the item at `node` (the check pass made sure there is one).
pub(crate) fn pool_node(
    cx: &Synth,
    node: NodeId,
    user_pool: Option<&ItemRef>,
    placement: Placement,
) -> Option<NodeId> {
    match (user_pool, placement) {
        (Some(r), _) => cx.resolve(r),
        (None, Placement::NestedOrTopLevel) => enclosing_pool(cx.stack, node),
        (None, Placement::TopLevel) => None,
    }
}

/// `UserPoolId`: the pool's `Ref`, or an imported pool's id.
pub(crate) fn user_pool_id(cx: &Synth, pool: Option<NodeId>) -> Json {
    pool.and_then(|p| cx.stack.node(p).map(|n| (p, &n.item)))
        .and_then(|(p, item)| item.attr(cx, p, &Attr::UserPoolId))
        .unwrap_or(Json::Null)
}

/// The pool's props, when it is created in this stack (not imported).
pub(crate) fn created_pool(stack: &Stack, pool: Option<NodeId>) -> Option<&crate::UserPool> {
    match pool.and_then(|p| stack.node(p)).map(|n| &n.item) {
        Some(Item::UserPool(p)) => Some(p),
        _ => None,
    }
}
