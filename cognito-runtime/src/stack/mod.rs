//! The stack: a tree of items (construct ids, reference names), and the two passes over it,
//! `check` (every rule) and `synth` (the CloudFormation template).

pub(crate) mod assembly;
mod deps;
mod index;
pub(crate) mod item;
mod pass;
mod provider_clients;
mod rules;
mod tags;
mod view;

use crate::core::arn::Arn;
use crate::core::env::Env;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;
use crate::resources::client::UserPoolClient;
use crate::resources::grant::Grant;
use crate::resources::user_pool::{AddedTrigger, LambdaVersion, UserPoolOperation};
use item::Item;

/// One item of the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The construct id; it goes verbatim into the construct path and so the logical ids.
    pub id: String,
    /// The name other items refer to it by (`None`: not referable).
    pub name: Option<String>,
    /// The enclosing item (`None`: a direct child of the stack).
    pub parent: Option<NodeId>,
    /// What the item is.
    pub item: Item,
    /// Items whose resources this item's resources wait for (`DependsOn`), as the CDK's
    /// `node.addDependency(…)`.
    pub depends_on: Vec<ItemRef>,
    /// The item whose construction added this one (the identity pool whose
    /// `UserPoolAuthenticationProvider` added this app client to its pool); `None` for an
    /// item added in its own right.
    pub created_by: Option<NodeId>,
    /// Tags for every taggable resource of the item and of the items below it, as the CDK's
    /// `Tags.of(item).add(key, value)`.
    pub tags: Vec<(String, String)>,
}

impl Node {
    /// The enclosing item (`None`: a direct child of the stack).
    pub fn parent(&self) -> Option<NodeId> {
        self.parent
    }

    /// The item whose construction added this one (`None` for an item added in its own right).
    pub fn created_by(&self) -> Option<NodeId> {
        self.created_by
    }
}

/// A CloudFormation stack of Cognito resources and the resources they need.
///
/// ```
/// use cognito_runtime::{Stack, UserPool};
///
/// let mut stack = Stack::new("Stack");
/// stack.add("myuserpool", UserPool {
///     user_pool_name: Some("myawesomeapp-userpool".into()),
///     ..UserPool::default()
/// });
/// let template = stack.synth().unwrap();
/// let pool = &template["Resources"]["myuserpool01998219"];
/// assert_eq!(pool["Properties"]["UserPoolName"], "myawesomeapp-userpool");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Stack {
    name: String,
    env: Env,
    nodes: Vec<Node>,
    tags: Vec<(String, String)>,
}

impl Default for Stack {
    fn default() -> Stack {
        Stack::new("Stack")
    }
}

impl Stack {
    /// An empty, environment-agnostic stack with the given name (its construct id).
    pub fn new(name: impl Into<String>) -> Stack {
        Stack { name: name.into(), env: Env::default(), nodes: Vec::new(), tags: Vec::new() }
    }

    /// The same stack, deployed to `env`.
    pub fn with_env(mut self, env: Env) -> Stack {
        self.env = env;
        self
    }

    /// The stack's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Tags every taggable resource of the stack: the CDK's `Tags.of(stack).add(key, value)`.
    pub fn add_stack_tag(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.tags.push((key.into(), value.into()));
    }

    /// The stack's own tags.
    pub fn tags(&self) -> &[(String, String)] {
        &self.tags
    }

    /// Tags every taggable resource of `node` and the items below it: the CDK's
    /// `Tags.of(item).add(key, value)`.
    pub fn add_tag(&mut self, node: NodeId, key: impl Into<String>, value: impl Into<String>) {
        if let Some(n) = self.nodes.get_mut(node.0) {
            n.tags.push((key.into(), value.into()));
        }
    }

    /// The stack's environment.
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// Every item, in declaration order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The item at `node`.
    pub fn node(&self, node: NodeId) -> Option<&Node> {
        self.nodes.get(node.0)
    }

    /// The item at `node`, to change it.
    pub fn node_mut(&mut self, node: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(node.0)
    }

    /// The item declared with reference name `name`.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.nodes.iter().position(|n| n.name.as_deref() == Some(name)).map(NodeId)
    }

    /// Adds an item under `parent` (or the stack) with construct id `id` and reference name
    /// `name`, and returns its position. This is the call `cognito!` expands to; the typed
    /// `add_*` methods are shorthands. An identity pool also adds the app clients its
    /// providers create ([`Stack::add_provider_clients`]), after itself.
    pub fn add_node(
        &mut self,
        parent: Option<NodeId>,
        id: impl Into<String>,
        name: Option<&str>,
        item: impl Into<Item>,
    ) -> NodeId {
        // constructs v10 rewrites `/` in an id to `--`, and so do we.
        let id: String = id.into();
        let id = if id.contains('/') { id.replace('/', "--") } else { id };
        self.nodes.push(Node {
            id,
            name: name.map(str::to_owned),
            parent,
            item: item.into(),
            depends_on: Vec::new(),
            tags: Vec::new(),
            created_by: None,
        });
        let node = NodeId(self.nodes.len() - 1);
        if matches!(self.nodes[node.0].item, Item::IdentityPool(_)) {
            self.add_provider_clients(node);
        }
        node
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
        self.add_node(Some(parent), id, Some(&name), item)
    }

    /// Adds an app client to the pool at `pool`, as the CDK's `pool.addClient(id, client)`:
    /// a child of the pool, so its logical id is `<pool><id><hash>`. Clients often share ids
    /// across pools (a `web` client in every pool), so it gets no reference name: refer to it
    /// by the returned [`NodeId`].
    pub fn add_client(&mut self, pool: NodeId, id: impl Into<String>, client: UserPoolClient) -> NodeId {
        self.add_node(Some(pool), id, None, client)
    }

    /// Grants `actions` on the pool at `pool` to a role or function of the stack, as the
    /// CDK's `pool.grant(grantee, ...actions)`: a statement in the grantee's default policy.
    pub fn add_grant(&mut self, pool: NodeId, grantee: impl Into<ItemRef>, actions: Vec<String>) -> NodeId {
        let id = format!("grant#{}", self.nodes.len());
        self.add_node(Some(pool), id, None, Grant { grantee: grantee.into(), actions })
    }

    /// Makes every resource of `node` (and of the items below it) wait for the resources of
    /// `on` (and of the items below it): the CDK's `node.addDependency(on)`.
    pub fn add_dependency(&mut self, node: NodeId, on: impl Into<ItemRef>) {
        if let Some(n) = self.nodes.get_mut(node.0) {
            n.depends_on.push(on.into());
        }
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
        self.add_node(Some(pool), operation.permission_id(), None, trigger)
    }

    /// The construct ids from the stack down to `node`.
    pub fn path(&self, node: NodeId) -> Vec<&str> {
        let mut path = Vec::new();
        let mut cur = Some(node);
        while let Some(n) = cur.and_then(|n| self.nodes.get(n.0)) {
            path.push(n.id.as_str());
            cur = n.parent;
        }
        path.reverse();
        path
    }

    /// `node` and the items that enclose it, innermost first.
    pub(crate) fn ancestors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(node), |n| self.nodes.get(n.0).and_then(|n| n.parent))
    }

    /// The children of `node` (or of the stack), in declaration order.
    pub fn children(&self, parent: Option<NodeId>) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.parent == parent).map(|(i, _)| NodeId(i))
    }
}
