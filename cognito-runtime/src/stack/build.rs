//! The builders: adding items, dependencies and tags. Every node id they take is checked to
//! be one of this stack's; one that is not (an id of another stack, or of a clone with more
//! items) is recorded, and the stack's check reports it (`stack.node_id`) instead of the
//! id standing for some other item, or for nothing.

use super::Stack;
use super::item::Item;
use super::{ForeignId, Node};
use crate::core::arn::Arn;
use crate::core::node::NodeId;
use crate::core::overrides::Override;
use crate::core::raw::Raw;
use crate::core::value::ItemRef;
use crate::resources::client::UserPoolClient;
use crate::resources::grant::Grant;
use crate::resources::user_pool::{AddedTrigger, LambdaVersion, UserPoolOperation};

impl Stack {
    /// `node` when it is an item of this stack; otherwise records it and gives `None`.
    pub(super) fn accept(
        &mut self,
        method: &'static str,
        argument: &'static str,
        node: NodeId,
        instead: &'static str,
    ) -> Option<NodeId> {
        // Every builder that takes a node id starts here: the stack is about to change.
        self.changed();
        if self.contains(node) {
            return Some(node);
        }
        self.foreign_ids.push(ForeignId { method, argument, id: node, instead });
        None
    }

    /// The node ids the builders were given that are not this stack's.
    pub(crate) fn foreign_ids(&self) -> &[ForeignId] {
        &self.foreign_ids
    }

    /// Makes room for `additional` more items, so that adding them does not copy the list of
    /// items as it grows (`cognito!` knows how many it adds; so does a loop). Like every
    /// method that takes `&mut self`, it takes the macro's proof away (the macro calls it first).
    ///
    /// ```
    /// use cognito_runtime::{Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// stack.reserve(2);
    /// stack.add("first", UserPool::default());
    /// stack.add("second", UserPool::default());
    /// assert!(stack.synth().is_ok());
    /// ```
    pub fn reserve(&mut self, additional: usize) {
        self.changed().nodes.reserve_exact(additional);
    }

    /// Adds an item under `parent` (or the stack) with construct id `id` and reference name
    /// `name`, and returns its position. This is the call `cognito!` expands to; the typed
    /// `add_*` methods are shorthands. An identity pool also adds the app clients its
    /// providers create ([`Stack::add_provider_clients`]), after itself.
    ///
    /// A `parent` that is not an item of this stack is reported by [`Stack::check`]
    /// (`stack.node_id`); the item is added at the top level meanwhile.
    pub fn add_node(
        &mut self,
        parent: Option<NodeId>,
        id: impl Into<String>,
        name: Option<&str>,
        item: impl Into<Item>,
    ) -> NodeId {
        self.add_under("add_node", parent, id.into(), name, item.into())
    }

    fn add_under(
        &mut self,
        method: &'static str,
        parent: Option<NodeId>,
        id: String,
        name: Option<&str>,
        item: Item,
    ) -> NodeId {
        let parent = parent.and_then(|p| self.accept(method, "parent", p, "added the item at the top level"));
        // constructs v10 rewrites `/` in an id to `--`, and so do we.
        let id = if id.contains('/') { id.replace('/', "--") } else { id };
        let identity_pool = matches!(item, Item::IdentityPool(_));
        self.changed().nodes.push(Node {
            id,
            name: name.map(str::to_owned),
            parent,
            item,
            depends_on: Vec::new(),
            tags: Vec::new(),
            overrides: Vec::new(),
            created_by: None,
        });
        self.names.added(self.nodes.iter().map(|n| n.name.as_deref()));
        let node = NodeId::new(self.id, self.nodes.len() - 1);
        if identity_pool {
            self.add_provider_clients(node);
        }
        node
    }

    /// Adds to `pool` an app client the identity pool at `identity_pool` creates (`None`: an
    /// identity pool of a later stack of the app, which links the two when it renders that
    /// stack: `app::provider_clients`).
    pub(super) fn add_created_client(
        &mut self,
        identity_pool: Option<NodeId>,
        pool: NodeId,
        id: &str,
    ) -> NodeId {
        let client = UserPoolClient::default().into();
        let node = self.add_under("add_provider_clients", Some(pool), id.to_owned(), None, client);
        if let Some(n) = self.nodes.last_mut() {
            n.created_by = identity_pool;
        }
        node
    }

    /// Replaces the item at `node` (its id, name and place stay): what `cognito!` does once it
    /// has lowered an item's settings. An id of another stack is reported by [`Stack::check`]
    /// (`stack.node_id`).
    pub fn set_item(&mut self, node: NodeId, item: impl Into<Item>) {
        let node = self.accept("set_item", "node", node, "replaced no item");
        if let Some(n) = node.and_then(|n| self.nodes.get_mut(n.index())) {
            n.item = item.into();
        }
    }

    /// Adds a top-level item whose reference name is its construct id.
    pub fn add(&mut self, id: impl Into<String>, item: impl Into<Item>) -> NodeId {
        let id = id.into();
        let name = id.clone();
        self.add_node(None, id, Some(&name), item)
    }

    /// Adds an item under `parent`, as the CDK's `pool.addDomain(id, …)` and friends do; its
    /// reference name is its construct id.
    pub fn add_child(&mut self, parent: NodeId, id: impl Into<String>, item: impl Into<Item>) -> NodeId {
        let id = id.into();
        let name = id.clone();
        self.add_under("add_child", Some(parent), id, Some(&name), item.into())
    }

    /// Adds an app client to the pool at `pool`, as the CDK's `pool.addClient(id, client)`:
    /// a child of the pool, so its logical id is `<pool><id><hash>`. Clients often share ids
    /// across pools (a `web` client in every pool), so it gets no reference name: refer to it
    /// by the returned [`NodeId`].
    pub fn add_client(&mut self, pool: NodeId, id: impl Into<String>, client: UserPoolClient) -> NodeId {
        self.add_under("add_client", Some(pool), id.into(), None, client.into())
    }

    /// Grants `actions` on the pool at `pool` to a role or function of the stack, as the
    /// CDK's `pool.grant(grantee, ...actions)`: a statement in the grantee's default policy.
    pub fn add_grant(&mut self, pool: NodeId, grantee: impl Into<ItemRef>, actions: Vec<String>) -> NodeId {
        let id = format!("grant#{}", self.nodes.len());
        self.add_under("add_grant", Some(pool), id, None, Grant { grantee: grantee.into(), actions }.into())
    }

    /// Adds a trigger to the pool at `pool` after its props, as the CDK's
    /// `pool.addTrigger(operation, fn, lambdaVersion)`: the `AWS::Lambda::Permission` it
    /// creates is a child of the pool, placed after the items added before it.
    pub fn add_trigger(
        &mut self,
        pool: NodeId,
        operation: UserPoolOperation,
        function: impl Into<Arn>,
        lambda_version: Option<LambdaVersion>,
    ) -> NodeId {
        let trigger = AddedTrigger { operation, function: function.into(), lambda_version };
        self.add_under("add_trigger", Some(pool), operation.permission_id(), None, trigger.into())
    }

    /// Makes every resource of `node` (and of the items below it) wait for the resources of
    /// `on` (and of the items below it): the CDK's `node.addDependency(on)`.
    pub fn add_dependency(&mut self, node: NodeId, on: impl Into<ItemRef>) {
        let node = self.accept("add_dependency", "node", node, "added no dependency");
        if let Some(n) = node.and_then(|n| self.nodes.get_mut(n.index())) {
            n.depends_on.push(on.into());
        }
    }

    /// Tags every taggable resource of the stack: the CDK's `Tags.of(stack).add(key, value)`.
    pub fn add_stack_tag(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.changed().tags.push((key.into(), value.into()));
    }

    /// Tags every taggable resource of `node` and the items below it: the CDK's
    /// `Tags.of(item).add(key, value)`.
    pub fn add_tag(&mut self, node: NodeId, key: impl Into<String>, value: impl Into<String>) {
        let node = self.accept("add_tag", "node", node, "added no tag");
        if let Some(n) = node.and_then(|n| self.nodes.get_mut(n.index())) {
            n.tags.push((key.into(), value.into()));
        }
    }

    /// Sets `value` at `path` of `node`'s main resource after it is rendered: the CDK's
    /// `addOverride(path, value)` on the item's `node.defaultChild` (`path` from the
    /// resource's top level, `Properties.UserPoolAddOns.AdvancedSecurityMode` or
    /// `DeletionPolicy`; `\.` for a dot inside a name).
    pub fn add_override(&mut self, node: NodeId, path: impl Into<String>, value: impl Into<Raw>) {
        self.push_override(node, path.into(), Some(value.into()));
    }

    /// `add_override(node, "Properties." + path, value)`: the CDK's `addPropertyOverride`.
    pub fn add_property_override(&mut self, node: NodeId, path: impl AsRef<str>, value: impl Into<Raw>) {
        self.push_override(node, format!("Properties.{}", path.as_ref()), Some(value.into()));
    }

    /// Deletes what is at `path` of `node`'s main resource: the CDK's `addDeletionOverride`.
    pub fn add_deletion_override(&mut self, node: NodeId, path: impl Into<String>) {
        self.push_override(node, path.into(), None);
    }

    /// Deletes the property at `path`: the CDK's `addPropertyDeletionOverride`.
    pub fn add_property_deletion_override(&mut self, node: NodeId, path: impl AsRef<str>) {
        self.push_override(node, format!("Properties.{}", path.as_ref()), None);
    }

    fn push_override(&mut self, node: NodeId, path: String, value: Option<Raw>) {
        let node = self.accept("add_override", "node", node, "added no override");
        if let Some(n) = node.and_then(|n| self.nodes.get_mut(n.index())) {
            n.overrides.push(Override { path, value });
        }
    }
}
