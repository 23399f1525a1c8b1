//! The index a pass builds once: reference names, children, and the items some rules look
//! for across the stack.

use std::cell::RefCell;

use super::Stack;
use super::appended::ForeignUse;
use super::item::Item;
use super::scope::{Names, names};
use crate::context::facts::Lookup;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;

/// Names → nodes, built once per pass.
pub(crate) struct Index<'a> {
    stack: &'a Stack,
    names: Names<'a>,
    /// The children of each node, in order; `children[0]` are the stack's, `children[i + 1]`
    /// node `i`'s.
    children: Vec<Vec<NodeId>>,
    /// The identity providers, in declaration order (each client looks for the ones
    /// registered on its pool before it).
    providers: Vec<NodeId>,
    /// The grants (`pool.grant`), in declaration order.
    grants: Vec<NodeId>,
    /// Where the check pass met items of other stacks (an app's render).
    pub(crate) foreign_uses: RefCell<Vec<ForeignUse>>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(stack: &'a Stack) -> Index<'a> {
        let mut children = vec![Vec::new(); stack.nodes.len() + 1];
        let mut providers = Vec::new();
        let mut grants = Vec::new();
        for (id, node) in stack.ids().zip(&stack.nodes) {
            if matches!(node.item, Item::Grant(_)) {
                grants.push(id);
            }
            if matches!(node.item, Item::UserPoolIdentityProvider(_)) {
                providers.push(id);
            }
            let slot = node.parent.map_or(0, |p| p.index() + 1);
            // Other stacks' items are not the stack's children: they are not rendered here.
            if slot == 0 && id.index() >= stack.local_len() {
                continue;
            }
            if let Some(list) = children.get_mut(slot) {
                list.push(id);
            }
        }
        let names = names(stack);
        Index { stack, names, children, providers, grants, foreign_uses: RefCell::new(Vec::new()) }
    }

    /// The grants, in declaration order.
    pub(crate) fn grants(&self) -> &[NodeId] {
        &self.grants
    }

    /// The identity providers, in declaration order.
    pub(crate) fn providers(&self) -> &[NodeId] {
        &self.providers
    }

    /// The children of `parent` (or of the stack), in declaration order.
    pub(crate) fn children(&self, parent: Option<NodeId>) -> &[NodeId] {
        let slot = match parent {
            None => 0,
            Some(p) if self.stack.contains(p) => p.index() + 1,
            Some(_) => return &[],
        };
        self.children.get(slot).map_or(&[], Vec::as_slice)
    }

    /// The item a reference written at the top level names, when it is one of the stack's.
    pub(crate) fn resolve(&self, r: &ItemRef) -> Option<NodeId> {
        self.lookup(None, r).found()
    }

    /// What a reference written in the item at `from` (`None`: the stack) names.
    pub(crate) fn lookup(&self, from: Option<NodeId>, r: &ItemRef) -> Lookup {
        self.stack.lookup(&self.names, from, r)
    }
}
