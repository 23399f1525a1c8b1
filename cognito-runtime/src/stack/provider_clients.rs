//! The app clients an identity pool adds to the user pools of its providers, as the CDK's
//! `UserPoolAuthenticationProvider` does when it is constructed.

use super::Stack;
use super::item::Item;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;
use crate::resources::identity_pool::PROVIDER_CLIENT_ID;

impl Stack {
    /// Adds to its pool the app client of every `UserPoolAuthenticationProvider` of the
    /// identity pool at `identity_pool` that names no `user_pool_client`, as the CDK's
    /// provider does when it is constructed: `UserPoolAuthenticationProviderClient`, with
    /// every client default. [`Stack::add_node`] calls it; call it again after replacing an
    /// identity pool's props (clients already added are kept). Returns the provider index and
    /// the node of each client added. A provider whose pool is not declared yet gets none
    /// (the rules report it).
    pub fn add_provider_clients(&mut self, identity_pool: NodeId) -> Vec<(usize, NodeId)> {
        let Some(identity_pool) =
            self.accept("add_provider_clients", "identity_pool", identity_pool, "added no client")
        else {
            return Vec::new();
        };
        let mut added = Vec::new();
        for (index, pool) in self.missing_provider_clients(identity_pool) {
            added.push((index, self.add_created_client(Some(identity_pool), pool, PROVIDER_CLIENT_ID)));
        }
        added
    }

    /// The providers of the identity pool at `identity_pool` whose client is still to add:
    /// each provider's index and pool. The k-th provider of a pool without a client takes
    /// the k-th client the identity pool created there, so only those past the clients
    /// already created are missing.
    fn missing_provider_clients(&self, identity_pool: NodeId) -> Vec<(usize, NodeId)> {
        let Some(Item::IdentityPool(p)) = self.node(identity_pool).map(|n| &n.item) else {
            return Vec::new();
        };
        let wanted: Vec<(usize, NodeId)> = p
            .user_pool_providers()
            .iter()
            .enumerate()
            .filter(|(_, q)| q.user_pool_client.is_none())
            .filter_map(|(i, q)| self.user_pool_named(&q.user_pool).map(|pool| (i, pool)))
            .collect();
        let mut missing = Vec::new();
        for (k, &(index, pool)) in wanted.iter().enumerate() {
            let rank = wanted[..k].iter().filter(|(_, other)| *other == pool).count();
            if self.created_clients(identity_pool, pool) <= rank {
                missing.push((index, pool));
            }
        }
        missing
    }

    /// The user pool (created or imported) `r` names, found as `user_pool_node` finds it,
    /// without building an index: an identity pool is added once the stack holds many items.
    pub(super) fn user_pool_named(&self, r: &ItemRef) -> Option<NodeId> {
        let node = match r {
            ItemRef::Name(n) => self.find(n)?,
            ItemRef::Node(n) => self.contains(*n).then_some(*n)?,
            // A path (`construct.pool`) is rare: resolve it through the scopes' names.
            ItemRef::Path(_) => self.lookup(&super::scope::names(self), None, r).found()?,
        };
        let item = &self.node(node)?.item;
        matches!(item, Item::UserPool(_) | Item::ImportedUserPool(_)).then_some(node)
    }

    /// How many app clients the identity pool at `identity_pool` created under `pool`: all
    /// come after it, as it adds them once it is added.
    fn created_clients(&self, identity_pool: NodeId, pool: NodeId) -> usize {
        let after = self.nodes.iter().skip(identity_pool.index().saturating_add(1));
        after.filter(|n| n.created_by == Some(identity_pool) && n.parent == Some(pool)).count()
    }
}
