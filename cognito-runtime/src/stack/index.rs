//! The index a pass builds once: reference names, children, and the items some rules look
//! for across the stack.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use super::Stack;
use super::appended::ForeignUse;
use super::item::Item;
use super::scope::{Names, names};
use crate::context::facts::Lookup;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;

/// Name → node, built once per pass.
pub(crate) struct Index<'a> {
    stack: &'a Stack,
    names: Names<'a>,
    /// The children of each node, in order; `children[0]` are the stack's, `children[i + 1]`
    /// node `i`'s.
    children: Vec<Vec<NodeId>>,
    /// The identity providers, in declaration order.
    providers: Vec<NodeId>,
    /// Pool → the identity providers registered on it, in declaration order (each client
    /// looks for the ones registered on its pool before it).
    providers_by_pool: HashMap<NodeId, Vec<NodeId>>,
    /// Grantee → the grants (`pool.grant`) that name it, in declaration order.
    grants_to: HashMap<NodeId, Vec<NodeId>>,
    /// Item → the items it created (an identity pool's provider clients), in order.
    created: HashMap<NodeId, Vec<NodeId>>,
    /// Pool → literal provider name → the first provider of that name, built on first use.
    pub(crate) provider_names: OnceCell<HashMap<NodeId, HashMap<String, NodeId>>>,
    /// Where the check pass met items of other stacks (an app's render).
    pub(crate) foreign_uses: RefCell<Vec<ForeignUse>>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(stack: &'a Stack) -> Index<'a> {
        let mut children = vec![Vec::new(); stack.nodes.len() + 1];
        let mut providers = Vec::new();
        let mut created: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
        for (id, node) in stack.ids().zip(&stack.nodes) {
            if matches!(node.item, Item::UserPoolIdentityProvider(_)) {
                providers.push(id);
            }
            if let Some(creator) = node.created_by() {
                created.entry(creator).or_default().push(id);
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
        let mut index = Index {
            stack,
            names,
            children,
            providers,
            providers_by_pool: HashMap::new(),
            grants_to: HashMap::new(),
            created,
            provider_names: OnceCell::new(),
            foreign_uses: RefCell::new(Vec::new()),
        };
        index.group_by_target();
        index
    }

    /// Groups the providers by the pool they register on and the grants by their grantee
    /// (once the names are known), so that no item searches every other.
    fn group_by_target(&mut self) {
        for (id, node) in self.stack.ids().zip(&self.stack.nodes) {
            let (target, list) = match &node.item {
                Item::UserPoolIdentityProvider(p) => match p.user_pool() {
                    Some(r) => (self.lookup(Some(id), r).found(), &mut self.providers_by_pool),
                    None => (node.parent, &mut self.providers_by_pool),
                },
                Item::Grant(g) => (self.lookup(Some(id), &g.grantee).found(), &mut self.grants_to),
                _ => continue,
            };
            if let Some(target) = target {
                list.entry(target).or_default().push(id);
            }
        }
    }

    /// The grants that name `grantee`, in declaration order.
    pub(crate) fn grants_to(&self, grantee: NodeId) -> &[NodeId] {
        self.grants_to.get(&grantee).map_or(&[], Vec::as_slice)
    }

    /// The identity providers registered on `pool`, in declaration order.
    pub(crate) fn providers_of(&self, pool: NodeId) -> &[NodeId] {
        self.providers_by_pool.get(&pool).map_or(&[], Vec::as_slice)
    }

    /// The items `creator` created, in order.
    pub(crate) fn created(&self, creator: NodeId) -> &[NodeId] {
        self.created.get(&creator).map_or(&[], Vec::as_slice)
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
