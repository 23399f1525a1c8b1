//! The stack: a tree of items (construct ids, reference names), and the two passes over it,
//! `check` (every rule) and `synth` (the CloudFormation template). Above the stack's own
//! modules: apps of several stacks (`app`), best-practice checks on the rendered template
//! (`nag`), and the comparison with a deployed template (`change`).

pub(crate) mod app;
pub(crate) mod appended;
pub(crate) mod assembly;
mod build;
pub(crate) mod catalogue;
pub mod change;
pub(crate) mod deps;
mod index;
pub(crate) mod item;
mod links;
pub(crate) mod nag;
mod names;
pub(crate) mod overrides;
pub(crate) mod pass;
mod proof;
mod provider_clients;
pub(crate) mod rendered;
mod rules;
pub(crate) mod scope;
pub(crate) mod settings;
mod tags;
pub(crate) mod template_check;
pub(crate) mod view;

use crate::core::env::Env;
use crate::core::flags::FeatureFlags;
use crate::core::node::{NodeId, StackId};
use crate::core::overrides::Override;
use crate::core::value::ItemRef;
use appended::Foreign;
use item::Item;
use names::Names;
use proof::Proof;
use settings::{Accepted, Checks, Synthesizer};

/// One item of the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The construct id; it goes verbatim into the construct path and so the logical ids.
    pub id: String,
    /// The name other items refer to it by (`None`: not referable).
    pub name: Option<String>,
    /// What the item is.
    pub item: Item,
    /// Items whose resources this item's resources wait for (`DependsOn`), as the CDK's
    /// `node.addDependency(…)`.
    pub depends_on: Vec<ItemRef>,
    /// Tags for every taggable resource of the item and of the items below it, as the CDK's
    /// `Tags.of(item).add(key, value)`.
    pub tags: Vec<(String, String)>,
    /// Overrides of the item's main resource, in the order given, as the CDK's
    /// `addOverride` / `addDeletionOverride` on its `node.defaultChild`.
    pub overrides: Vec<Override>,
    /// Always an item declared before this one, so the tree has no cycle: set once, by the
    /// stack.
    parent: Option<NodeId>,
    created_by: Option<NodeId>,
}

impl Node {
    /// The enclosing item (`None`: a direct child of the stack).
    pub fn parent(&self) -> Option<NodeId> {
        self.parent
    }

    /// The item whose construction added this one (the identity pool whose
    /// `UserPoolAuthenticationProvider` added this app client to its pool); `None` for an
    /// item added in its own right.
    pub fn created_by(&self) -> Option<NodeId> {
        self.created_by
    }
}

/// A node id a builder was given that is not an item of the stack.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ForeignId {
    /// The builder, e.g. `add_tag`.
    pub method: &'static str,
    /// The argument that held the id, e.g. `parent`.
    pub argument: &'static str,
    /// The id.
    pub id: NodeId,
    /// What the builder did instead.
    pub instead: &'static str,
}

/// A CloudFormation stack of Cognito resources and the resources they need.
///
/// A stack and its clones share an identity: each accepts the others' [`NodeId`]s, and two
/// of them are equal when they hold the same items. Stacks built apart are never equal.
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
    /// Marks the ids this stack (and its clones) made.
    id: StackId,
    name: String,
    env: Env,
    nodes: Vec<Node>,
    tags: Vec<(String, String)>,
    /// Node ids the builders were given that are not this stack's (`stack.node_id`).
    foreign_ids: Vec<ForeignId>,
    /// The best-practice packs the stack runs and the findings it acknowledges.
    pub(crate) checks: Checks,
    synthesizer: Option<Synthesizer>,
    /// In an app, while this stack is rendered: the items of other stacks it refers to,
    /// appended after its own (see `appended`).
    pub(crate) foreign: Option<Box<Foreign>>,
    /// Replacements and removals accepted against a baseline (`accept_replacement`,
    /// `accept_removal`).
    pub(crate) accepted: Accepted,
    flags: FeatureFlags,
    /// Reference name → node, kept while the stack is built (see `names`).
    names: Names,
    /// Set by the expansion of `cognito!`, taken away by any change (see `proof`).
    proof: Proof,
}

impl Default for Stack {
    fn default() -> Stack {
        Stack::new("Stack")
    }
}

impl Stack {
    /// An empty, environment-agnostic stack with the given name (its construct id).
    pub fn new(name: impl Into<String>) -> Stack {
        Stack {
            id: StackId::fresh(),
            name: name.into(),
            env: Env::default(),
            nodes: Vec::new(),
            tags: Vec::new(),
            foreign_ids: Vec::new(),
            checks: Checks::default(),
            synthesizer: None,
            foreign: None,
            accepted: Accepted::default(),
            flags: FeatureFlags::default(),
            names: Names::default(),
            proof: Proof::default(),
        }
    }

    /// The same stack, synthesized by `synthesizer` (the CDK's `synthesizer` prop); without
    /// one, a stack with file assets gets [`Synthesizer::Default`](crate::Synthesizer), any
    /// other [`Synthesizer::Bootstrapless`](crate::Synthesizer).
    pub fn with_synthesizer(mut self, synthesizer: Synthesizer) -> Stack {
        self.changed().synthesizer = Some(synthesizer);
        self
    }

    /// The synthesizer chosen for the stack, if one was.
    pub fn synthesizer(&self) -> Option<Synthesizer> {
        self.synthesizer
    }

    /// The number of the stack's own items (in an app's render, other stacks' items follow).
    pub(crate) fn local_len(&self) -> usize {
        self.foreign.as_ref().map_or(self.nodes.len(), |f| f.local)
    }

    /// Builds the stack an app renders: this one's items, then `nodes` (see `app::foreign`).
    pub(crate) fn with_foreign_nodes(&self, nodes: Vec<Node>, foreign: Foreign) -> Stack {
        let mut combined =
            Stack { nodes: Vec::with_capacity(self.nodes.len() + nodes.len()), ..self.clone() };
        combined.nodes.extend(self.nodes.iter().cloned());
        combined.nodes.extend(nodes);
        combined.names.mark_stale();
        combined.foreign = Some(Box::new(foreign));
        combined.changed();
        combined
    }

    /// `node`, an item of another stack, as this stack holds it when its items are appended
    /// from position `start` (see [`Stack::with_foreign_nodes`]): its parent and creator moved
    /// along.
    pub(crate) fn appended(&self, node: &Node, start: usize) -> Node {
        let moved = |n: NodeId| NodeId::new(self.id, n.index() + start);
        Node { parent: node.parent.map(moved), created_by: node.created_by.map(moved), ..node.clone() }
    }

    /// Marks `node`, an item of another stack appended to this one, as created by this
    /// stack's item at `index` (an identity pool whose provider added a client to a pool of
    /// that stack: `app::provider_clients`).
    pub(crate) fn created_by_own(&self, node: &mut Node, index: usize) {
        node.created_by = self.node_id(index);
    }

    /// The same stack, deployed to `env`.
    pub fn with_env(mut self, env: Env) -> Stack {
        self.changed().env = env;
        self
    }

    /// The same stack, synthesized under the AWS CDK feature flags `flags` (an app made with
    /// `cdk init` uses [`FeatureFlags::recommended`]).
    pub fn with_feature_flags(mut self, flags: FeatureFlags) -> Stack {
        self.changed().flags = flags;
        self
    }

    /// Synthesizes the stack under `flags` from now on (what `feature_flags:` on a stack
    /// expands to).
    pub fn set_feature_flags(&mut self, flags: FeatureFlags) {
        self.changed().flags = flags;
    }

    /// The feature flags the stack is synthesized under.
    pub fn feature_flags(&self) -> FeatureFlags {
        self.flags
    }

    /// The stack's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The stack's own tags.
    pub fn tags(&self) -> &[(String, String)] {
        &self.tags
    }

    /// The stack's environment.
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// Every item, in declaration order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The id of the item at position `index` of [`Stack::nodes`], if there is one.
    pub fn node_id(&self, index: usize) -> Option<NodeId> {
        (index < self.nodes.len()).then(|| NodeId::new(self.id, index))
    }

    /// The ids of every item, in declaration order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        (0..self.nodes.len()).map(|i| NodeId::new(self.id, i))
    }

    /// Whether `node` is an item of this stack: made by it (or a clone), and not past its end.
    pub(crate) fn contains(&self, node: NodeId) -> bool {
        node.stack() == self.id && node.index() < self.nodes.len()
    }

    /// The item at `node` (`None` for an id of another stack).
    pub fn node(&self, node: NodeId) -> Option<&Node> {
        self.nodes.get(node.index()).filter(|_| node.stack() == self.id)
    }

    /// The item at `node`, to change it (`None` for an id of another stack).
    pub fn node_mut(&mut self, node: NodeId) -> Option<&mut Node> {
        self.changed();
        // The caller may rename it.
        self.names.mark_stale();
        self.nodes.get_mut(node.index()).filter(|_| node.stack() == self.id)
    }

    /// The item declared with reference name `name`.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        let index = self.names.find(self.nodes.iter().map(|n| n.name.as_deref()), name)?;
        self.node_id(index)
    }

    /// The expansion of `cognito!` calls this last, on a stack whose every value it wrote
    /// and checked (none computed at run time: no `(EXPR)`), with the template it rendered
    /// when it did. Not for other callers: a stack marked so skips its rules in
    /// [`Stack::template`] until it is changed, and [`Stack::synth_to_string`] returns that
    /// text.
    #[doc(hidden)]
    pub fn __checked_by_macro(mut self, template: Option<&'static str>) -> Stack {
        self.proof = Proof::given(template);
        self
    }

    /// Whether the stack carries the macro's proof (for the tests that every change takes it
    /// away).
    #[doc(hidden)]
    pub fn __is_checked_by_macro(&self) -> bool {
        self.proof.holds()
    }

    /// Whether the rules held on the stack as it is now, as the macro checked them.
    pub(crate) fn proven(&self) -> bool {
        self.proof.holds()
    }

    /// The template the macro rendered, while its proof holds.
    pub(crate) fn proven_template(&self) -> Option<&'static str> {
        self.proof.template()
    }

    /// Takes the macro's proof away: every method that changes the stack calls this.
    pub(crate) fn changed(&mut self) -> &mut Stack {
        self.proof = Proof::default();
        self
    }

    /// The construct ids from the stack down to `node`.
    pub fn path(&self, node: NodeId) -> Vec<&str> {
        let mut path: Vec<&str> =
            self.ancestors(node).filter_map(|n| self.node(n)).map(|n| n.id.as_str()).collect();
        path.reverse();
        path
    }

    /// `node` and the items that enclose it, innermost first (nothing for an id of another
    /// stack).
    pub(crate) fn ancestors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let first = self.contains(node).then_some(node);
        std::iter::successors(first, |n| self.node(*n).and_then(|n| n.parent))
    }

    /// The children of `node` (or of the stack), in declaration order.
    pub fn children(&self, parent: Option<NodeId>) -> impl Iterator<Item = NodeId> + '_ {
        self.ids().filter(move |n| self.node(*n).is_some_and(|n| n.parent == parent))
    }
}
