//! The stack: a tree of items (construct ids, reference names), and the two passes over it,
//! `check` (every rule) and `synth` (the CloudFormation template).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use crate::check::{Check, Issue};
use crate::error::{Error, Target, Violation};
use crate::items::Item;
use crate::json::{Json, Obj};
use crate::value::ItemRef;
use crate::{deps, ids, rules, tags};

/// The position of an item in its [`Stack`], returned by the `add_*` builders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub usize);

/// The account and region a stack deploys to; both unknown (`AWS::AccountId`,
/// `AWS::Region`) for an environment-agnostic stack, the CDK's default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// The 12-digit account id.
    pub account: Option<String>,
    /// The region, e.g. `eu-west-1`.
    pub region: Option<String>,
}

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
    names: Names,
}

/// Reference name → the first item declared with it, so that a lookup while the stack is
/// built does not search every item. `add_node` keeps it up to date; `node_mut` may rename an
/// item, so it marks the map stale: lookups then search, until the next `add_node` rebuilds it.
#[derive(Clone, Default)]
struct Names {
    map: HashMap<String, NodeId>,
    stale: bool,
}

impl Names {
    /// Takes note of the last node of `nodes`, just added.
    fn added(&mut self, nodes: &[Node]) {
        if self.stale {
            self.map.clear();
            self.stale = false;
            for (i, n) in nodes.iter().enumerate() {
                if let Some(name) = &n.name {
                    self.map.entry(name.clone()).or_insert(NodeId(i));
                }
            }
            return;
        }
        if let Some((i, Some(name))) = nodes.iter().enumerate().next_back().map(|(i, n)| (i, &n.name)) {
            self.map.entry(name.clone()).or_insert(NodeId(i));
        }
    }

    fn find(&self, nodes: &[Node], name: &str) -> Option<NodeId> {
        if self.stale {
            return nodes.iter().position(|n| n.name.as_deref() == Some(name)).map(NodeId);
        }
        self.map.get(name).copied()
    }
}

/// A cache of what the nodes say: equal stacks have equal nodes.
impl PartialEq for Names {
    fn eq(&self, _: &Names) -> bool {
        true
    }
}

impl std::fmt::Debug for Names {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("..")
    }
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
            name: name.into(),
            env: Env::default(),
            nodes: Vec::new(),
            tags: Vec::new(),
            names: Names::default(),
        }
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
        // The caller may rename it.
        self.names.stale = true;
        self.nodes.get_mut(node.0)
    }

    /// Replaces the item at `node` (its id, name and place stay): what `cognito!` does once it
    /// has lowered an item's settings.
    pub fn set_item(&mut self, node: NodeId, item: impl Into<Item>) {
        if let Some(n) = self.nodes.get_mut(node.0) {
            n.item = item.into();
        }
    }

    /// Records that `by` created the item at `node` (an identity pool its provider clients).
    pub(crate) fn set_created_by(&mut self, node: NodeId, by: NodeId) {
        if let Some(n) = self.nodes.get_mut(node.0) {
            n.created_by = Some(by);
        }
    }

    /// The item declared with reference name `name`.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.names.find(&self.nodes, name)
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
        self.names.added(&self.nodes);
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
    pub fn add_client(
        &mut self,
        pool: NodeId,
        id: impl Into<String>,
        client: crate::UserPoolClient,
    ) -> NodeId {
        self.add_node(Some(pool), id, None, client)
    }

    /// Grants `actions` on the pool at `pool` to a role or function of the stack, as the
    /// CDK's `pool.grant(grantee, ...actions)`: a statement in the grantee's default policy.
    pub fn add_grant(&mut self, pool: NodeId, grantee: impl Into<ItemRef>, actions: Vec<String>) -> NodeId {
        let id = format!("grant#{}", self.nodes.len());
        self.add_node(Some(pool), id, None, crate::Grant { grantee: grantee.into(), actions })
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
        operation: crate::UserPoolOperation,
        function: impl Into<crate::Arn>,
        lambda_version: Option<crate::LambdaVersion>,
    ) -> NodeId {
        let trigger = crate::AddedTrigger { operation, function: function.into(), lambda_version };
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
    fn ancestors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(node), |n| self.nodes.get(n.0).and_then(|n| n.parent))
    }

    /// The children of `node` (or of the stack), in declaration order.
    pub fn children(&self, parent: Option<NodeId>) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.parent == parent).map(|(i, _)| NodeId(i))
    }

    /// Every rule, over every item: the violations in declaration order.
    pub fn check(&self) -> Vec<Violation> {
        let (violations, _) = self.run(false);
        violations
    }

    /// `Ok` when no rule is broken, otherwise every violation.
    pub fn validate(&self) -> Result<(), Error> {
        let violations = self.check();
        if violations.is_empty() { Ok(()) } else { Err(Error { violations }) }
    }

    /// The CloudFormation template, after checking every rule.
    pub fn template(&self) -> Result<Json, Error> {
        match self.run(true) {
            (violations, Some(template)) if violations.is_empty() => Ok(template),
            (violations, _) => Err(Error { violations }),
        }
    }

    /// The CloudFormation template as a JSON value.
    pub fn synth(&self) -> Result<serde_json::Value, Error> {
        Ok(self.template()?.into_serde())
    }

    /// The template printed as the AWS CDK prints it (`JSON.stringify(t, null, 2)`).
    pub fn synth_to_string(&self) -> Result<String, Error> {
        Ok(self.template()?.to_pretty_string())
    }

    /// The rules, then a render (which finds logical-id clashes); the template is kept when
    /// asked for and every rule held.
    fn run(&self, keep: bool) -> (Vec<Violation>, Option<Json>) {
        let index = Index::new(self);
        let mut out = Vec::new();
        rules::stack::check_stack(self, &index, &mut out);
        for (i, node) in self.nodes.iter().enumerate() {
            let mut cx = Check::new(self, &index, Some(NodeId(i)), &mut out);
            node.item.check(&mut cx);
        }
        let mut synth = Synth {
            stack: self,
            index: &index,
            sections: Vec::new(),
            current: None,
            emitted: HashMap::new(),
            clashes: Vec::new(),
            resources: Vec::new(),
            resource_ids: vec![std::cell::OnceCell::new(); self.nodes.len()],
            paths: RefCell::new(HashMap::new()),
            record_paths: deps::any_dependencies(self, &index),
            too_deep: RefCell::new(Vec::new()),
        };
        synth.walk();
        rules::stack::unchecked_depth(self, &index, &synth.too_deep.borrow(), &mut out);
        rules::stack::template_numbers(self, &index, &synth.sections, &synth.emitted, &mut out);
        rules::stack::resources(self, &synth.sections, &mut out);
        // Below a duplicate construct id every logical id repeats: that is one problem, and
        // `construct_id.duplicate` has said it.
        let duplicates: Vec<NodeId> =
            out.iter().filter(|v| v.rule == "construct_id.duplicate").filter_map(|v| v.node).collect();
        let under_duplicate = |node: NodeId| self.ancestors(node).any(|n| duplicates.contains(&n));
        for (node, logical_id, first) in std::mem::take(&mut synth.clashes) {
            // An item another created clashes only by its construct id, which that item's
            // rules report.
            if under_duplicate(node) || self.nodes[node.0].created_by.is_some() {
                continue;
            }
            let mut cx = Check::new(self, &index, Some(node), &mut out);
            rules::stack::logical_id_clash(&logical_id, first, &mut cx);
        }
        let emitted = std::mem::take(&mut synth.resources);
        if let Some((_, resources)) = synth.sections.iter_mut().find(|(n, _)| *n == "Resources") {
            if synth.record_paths {
                deps::apply_depends_on(self, &index, resources, &emitted, &synth.paths.borrow());
            }
            if tags::any(self) {
                tags::apply(self, resources, &emitted);
            }
            if let Some(cycle) = deps::find_cycle(resources) {
                rules::stack::circular_dependency(self, &index, &cycle, &emitted, &mut out);
            }
        }
        if !keep || !out.is_empty() {
            return (out, None);
        }
        let mut root = Obj::new();
        for (name, section) in synth.sections {
            root.push(name, section);
        }
        (out, Some(Json::Obj(root)))
    }
}

/// Name → node, built once per pass.
pub(crate) struct Index<'a> {
    names: HashMap<&'a str, NodeId>,
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
    provider_names: std::cell::OnceCell<crate::idp::ProviderNames>,
}

impl<'a> Index<'a> {
    fn new(stack: &'a Stack) -> Index<'a> {
        let mut names = HashMap::with_capacity(stack.nodes.len());
        let mut children = vec![Vec::new(); stack.nodes.len() + 1];
        let mut providers = Vec::new();
        let mut created: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
        for (i, node) in stack.nodes.iter().enumerate() {
            if matches!(node.item, Item::IdentityProvider(_)) {
                providers.push(NodeId(i));
            }
            if let Some(name) = &node.name {
                names.entry(name.as_str()).or_insert(NodeId(i));
            }
            if let Some(creator) = node.created_by {
                created.entry(creator).or_default().push(NodeId(i));
            }
            let slot = node.parent.map_or(0, |p| p.0 + 1);
            if let Some(list) = children.get_mut(slot) {
                list.push(NodeId(i));
            }
        }
        let mut index = Index {
            names,
            children,
            providers,
            providers_by_pool: HashMap::new(),
            grants_to: HashMap::new(),
            created,
            provider_names: std::cell::OnceCell::new(),
        };
        index.group_by_target(stack);
        index
    }

    /// Groups the providers by the pool they register on and the grants by their grantee
    /// (once the names are known), so that no item searches every other.
    fn group_by_target(&mut self, stack: &Stack) {
        for (i, node) in stack.nodes.iter().enumerate() {
            let (target, list) = match &node.item {
                Item::IdentityProvider(p) => match p.user_pool() {
                    Some(r) => (self.resolve(stack, r), &mut self.providers_by_pool),
                    None => (node.parent, &mut self.providers_by_pool),
                },
                Item::Grant(g) => (self.resolve(stack, &g.grantee), &mut self.grants_to),
                _ => continue,
            };
            if let Some(target) = target {
                list.entry(target).or_default().push(NodeId(i));
            }
        }
    }

    /// The first identity provider of `pool` whose literal name is `name`: looked up, not
    /// searched for, so rules about providers stay linear in the size of the stack.
    pub(crate) fn provider_named(&self, stack: &Stack, pool: NodeId, name: &str) -> Option<NodeId> {
        let names = self.provider_names.get_or_init(|| crate::idp::provider_names(stack, self));
        names.get(&pool)?.get(name).copied()
    }

    /// Every identity provider, in declaration order.
    pub(crate) fn providers(&self) -> &[NodeId] {
        &self.providers
    }

    /// The grants that name `grantee`, in declaration order.
    pub(crate) fn grants_to(&self, grantee: NodeId) -> &[NodeId] {
        self.grants_to.get(&grantee).map_or(&[], Vec::as_slice)
    }

    /// The identity providers registered on `pool` and declared before `node`, in
    /// declaration order.
    pub(crate) fn providers_before(&self, pool: NodeId, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.providers_by_pool.get(&pool).into_iter().flatten().copied().take_while(move |p| *p < node)
    }

    /// The items `creator` created, in order.
    pub(crate) fn created_by(&self, creator: NodeId) -> &[NodeId] {
        self.created.get(&creator).map_or(&[], Vec::as_slice)
    }

    /// The children of `parent` (or of the stack), in declaration order.
    pub(crate) fn children(&self, parent: Option<NodeId>) -> &[NodeId] {
        self.children.get(parent.map_or(0, |p| p.0 + 1)).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn resolve(&self, stack: &Stack, r: &ItemRef) -> Option<NodeId> {
        match r {
            ItemRef::Name(n) => self.names.get(n.as_str()).copied(),
            ItemRef::Node(n) => (n.0 < stack.nodes.len()).then_some(*n),
        }
    }
}

/// The render pass: walks the tree in pre-order, as the CDK does, so resources come out in
/// the CDK's order.
pub(crate) struct Synth<'a> {
    pub stack: &'a Stack,
    pub index: &'a Index<'a>,
    sections: Vec<(&'static str, Obj)>,
    /// The item being rendered.
    current: Option<NodeId>,
    /// Logical id → the item that emitted it.
    emitted: HashMap<String, Option<NodeId>>,
    /// (item, logical id, item that emitted it first): ids that clash or are invalid.
    clashes: Vec<(NodeId, String, Option<NodeId>)>,
    /// Each resource's logical id and the item that emitted it.
    resources: deps::Emitted,
    /// The logical id of each node's `Resource`, once computed.
    resource_ids: Vec<std::cell::OnceCell<String>>,
    /// Logical id → construct path, for every logical id computed (`DependsOn` is sorted by
    /// construct path).
    paths: RefCell<HashMap<String, String>>,
    /// Whether any item has dependencies, so `paths` is needed.
    record_paths: bool,
    /// Items with a value the render cut at [`crate::value::MAX_VALUE_DEPTH`].
    too_deep: RefCell<Vec<NodeId>>,
}

impl<'a> Synth<'a> {
    /// Renders every item, parents before children, without recursion: a tree built at run
    /// time may be deeper than the stack allows recursion.
    fn walk(&mut self) {
        let index = self.index;
        let mut levels = vec![index.children(None).iter()];
        while let Some(level) = levels.last_mut() {
            let Some(&child) = level.next() else {
                levels.pop();
                continue;
            };
            self.current = Some(child);
            self.stack.nodes[child.0].item.synth(self, child);
            levels.push(index.children(Some(child)).iter());
        }
    }

    /// The section (`Resources`, `Outputs`, `Parameters`), created on first use.
    pub fn section(&mut self, name: &'static str) -> &mut Obj {
        let i = match self.sections.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                self.sections.push((name, Obj::new()));
                self.sections.len() - 1
            }
        };
        &mut self.sections[i].1
    }

    /// Adds a resource.
    pub fn resource(&mut self, logical_id: String, resource: Json) {
        self.element("Resources", logical_id, resource);
    }

    /// Adds an element (resource, output, parameter) under its logical id, noting a logical
    /// id that is invalid or already used.
    pub fn element(&mut self, section: &'static str, logical_id: String, element: impl Into<Json>) {
        let current = self.current;
        match self.emitted.get(&logical_id) {
            Some(first) => {
                if let Some(node) = current {
                    self.clashes.push((node, logical_id, *first));
                }
                return;
            }
            None if !ids::is_valid_logical_id(&logical_id) => {
                if let Some(node) = current {
                    self.clashes.push((node, logical_id.clone(), None));
                }
            }
            None => {}
        }
        self.emitted.insert(logical_id.clone(), current);
        if let (Some(node), "Resources") = (current, section) {
            self.resources.push((logical_id.clone(), node));
        }
        self.section(section).push(logical_id, element);
    }

    /// Notes that the current item has a value nested too deep to render.
    pub(crate) fn too_deep(&self) {
        if let Some(node) = self.current {
            self.too_deep.borrow_mut().push(node);
        }
    }

    /// The node a reference points at (the check pass made sure there is one).
    pub fn resolve(&self, r: &ItemRef) -> Option<NodeId> {
        self.index.resolve(self.stack, r)
    }

    /// The logical id of `node`'s element at `node`'s path followed by `suffix`.
    pub fn logical_id(&self, node: NodeId, suffix: &[&str]) -> String {
        // The main resource's id is asked for by every item that refers to it: compute once.
        if suffix == ["Resource"]
            && let Some(cell) = self.resource_ids.get(node.0)
        {
            return cell.get_or_init(|| self.compute_logical_id(node, suffix)).clone();
        }
        self.compute_logical_id(node, suffix)
    }

    fn compute_logical_id(&self, node: NodeId, suffix: &[&str]) -> String {
        let mut path = self.stack.path(node);
        path.extend_from_slice(suffix);
        let id = ids::logical_id(&path);
        if self.record_paths {
            self.paths.borrow_mut().insert(id.clone(), path.join("/"));
        }
        id
    }

    /// The stack's region: the literal, or `{"Ref": "AWS::Region"}`.
    pub fn region(&self) -> Json {
        pseudo(self.stack.env.region.as_deref(), "AWS::Region")
    }

    /// The stack's account: the literal, or `{"Ref": "AWS::AccountId"}`.
    pub fn account(&self) -> Json {
        pseudo(self.stack.env.account.as_deref(), "AWS::AccountId")
    }
}

fn pseudo(literal: Option<&str>, name: &str) -> Json {
    match literal {
        Some(v) => Json::from(v.to_owned()),
        None => reference(name),
    }
}

/// `{"Ref": name}`.
pub(crate) fn reference(name: &str) -> Json {
    Json::obj1("Ref", name.to_owned())
}

/// `{"Fn::GetAtt": [logical_id, attribute]}`.
pub(crate) fn get_att(logical_id: &str, attribute: &str) -> Json {
    Json::obj1("Fn::GetAtt", Json::strs([logical_id.to_owned(), attribute.to_owned()]))
}

/// The CDK's string concatenation of tokens: adjacent literals merged, nested `Fn::Join`s
/// with an empty separator flattened, a plain string when nothing is left to resolve, else
/// `{"Fn::Join": ["", parts]}`.
pub(crate) fn concat(parts: Vec<Json>) -> Json {
    let mut merged: Vec<Json> = Vec::with_capacity(parts.len());
    for part in parts.into_iter().flat_map(join_pieces) {
        match (merged.last_mut(), part) {
            (_, Json::Str(s)) if s.is_empty() => {}
            (Some(Json::Str(prev)), Json::Str(s)) => prev.to_mut().push_str(&s),
            (_, part) => merged.push(part),
        }
    }
    match merged.len() {
        0 => Json::Str(Cow::Borrowed("")),
        1 if matches!(merged[0], Json::Str(_)) => merged.remove(0),
        _ => Json::obj1("Fn::Join", Json::Arr(vec![Json::Str(Cow::Borrowed("")), Json::Arr(merged)])),
    }
}

/// The pieces of `{"Fn::Join": ["", pieces]}`, or the value itself.
fn join_pieces(value: Json) -> Vec<Json> {
    if let Json::Obj(o) = &value
        && let [(key, Json::Arr(args))] = o.0.as_slice()
        && key == "Fn::Join"
        && args.len() == 2
        && args[0] == Json::Str(Cow::Borrowed(""))
        && let Json::Arr(pieces) = &args[1]
    {
        return pieces.clone();
    }
    vec![value]
}

impl Check<'_> {
    /// Reports a construct-id problem of the current item.
    pub(crate) fn id_issue(&mut self, rule: &'static str, message: String) {
        self.push(Issue::new(rule, "", message).target(Target::Id));
    }
}
