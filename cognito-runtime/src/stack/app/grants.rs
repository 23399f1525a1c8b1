//! Grants whose grantee is an item of another stack. The CDK's `pool.grant(role, …)` adds a
//! statement to the role's default policy, a child of the role: so in the role's stack, which
//! imports the pool's ARN from the pool's stack and depends on it. A stack is rendered with
//! the items of the stacks whose grants name its roles and functions appended, as with the
//! stacks it refers to: the appended grants then reach its default policies.

use std::collections::HashMap;

use super::{App, rules};
use crate::core::node::NodeId;
use crate::stack::item::Item;

/// For each stack, the other stacks that hold a grant naming one of its items, in the order
/// of the app, each with its first such grant (where a cycle the grants close is reported).
pub(crate) fn sources(app: &App, owners: &HashMap<&str, usize>) -> Vec<Vec<(usize, Option<NodeId>)>> {
    let mut out = vec![Vec::new(); app.stacks().len()];
    for (j, stack) in app.stacks().iter().enumerate() {
        for (index, node) in stack.nodes().iter().enumerate() {
            let Item::Grant(g) = &node.item else { continue };
            let Some(grantees) =
                rules::owner(app, owners, &g.grantee).filter(|i| *i != j).and_then(|i| out.get_mut(i))
            else {
                continue;
            };
            if !grantees.iter().any(|(source, _)| *source == j) {
                grantees.push((j, stack.node_id(index)));
            }
        }
    }
    out
}
