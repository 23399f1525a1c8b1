//! The render pass's context: where elements go, logical ids, and how a renderer turns a
//! value or a reference into template JSON.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::mem::Discriminant;
use std::path::Path;

use crate::context::facts::Facts;
use crate::core::arn::Arn;
use crate::core::asset::{AssetHashes, StagedAsset};
use crate::core::cfn::{get_att, reference};
use crate::core::flags::partition_of;
use crate::core::ids;
use crate::core::json::{Json, Obj};
use crate::core::nesting::MAX_VALUE_DEPTH;
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef, Value};

/// The resources each node emitted, in order.
pub(crate) type Emitted = Vec<(String, NodeId)>;

/// What a render produced, for the stack's passes that follow it.
pub(crate) struct Rendered {
    /// The sections (`Resources`, `Outputs`, `Parameters`), in the order first used.
    pub sections: Vec<(&'static str, Obj)>,
    /// (item, logical id, item that emitted it first): ids that clash or are invalid.
    pub clashes: Vec<(NodeId, String, Option<NodeId>)>,
    /// Each resource's logical id and the item that emitted it.
    pub resources: Emitted,
    /// Every element's logical id (resources, outputs, parameters) and the item that
    /// emitted it (`None`: the stack).
    pub owners: HashMap<String, Option<NodeId>>,
    /// Logical id → construct path, when recorded.
    pub paths: HashMap<String, String>,
    /// Items with a value the render cut at [`MAX_VALUE_DEPTH`].
    pub too_deep: Vec<NodeId>,
    /// Items whose render met a reference cycle (cut there).
    pub cycles: Vec<NodeId>,
}

/// What a render asks of another item beyond its facts (the stack implements it).
pub(crate) trait SynthFacts: Facts {
    /// The value of one of the attributes of the item at `node` (`None`: it has no such
    /// attribute).
    fn attr(&self, cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json>;
    /// The ARN of the item at `node`, when it has one (a function, a role).
    fn arn(&self, cx: &Synth, node: NodeId) -> Option<Json>;
    /// The statements the grants of the stack give the role or function at `grantee`, in
    /// declaration order.
    fn grant_statements(&self, cx: &Synth, grantee: NodeId) -> Vec<Json>;
    /// The pool the identity provider at `node` registers on, and its name as an app client
    /// lists it by default (the CDK's `userPool.registerIdentityProvider(this)`).
    fn registered_identity_provider(&self, cx: &Synth, node: NodeId) -> Option<(NodeId, Json)>;
    /// The logical id by which this render refers to `logical_id`, an element of `node`:
    /// itself, or for an item of another stack appended to this one (an app's render), the
    /// token that the app turns into an import.
    fn reference_id(&self, node: NodeId, logical_id: String) -> String;
    /// The bucket file assets are published to, as the stack's synthesizer names it.
    fn asset_bucket(&self) -> Json;
}

/// The render pass: the stack walks its tree in pre-order, as the CDK does, and each item
/// renders its elements here, so resources come out in the CDK's order.
pub(crate) struct Synth<'a> {
    /// What the renderer may ask of the other items.
    pub facts: &'a dyn Facts,
    /// The same stack, for what only a render computes (attributes, ARNs, grants).
    items: &'a dyn SynthFacts,
    sections: Vec<(&'static str, Obj)>,
    /// The item being rendered.
    current: Option<NodeId>,
    /// Logical id → the item that emitted it.
    emitted: HashMap<String, Option<NodeId>>,
    clashes: Vec<(NodeId, String, Option<NodeId>)>,
    resources: Emitted,
    /// The logical id of each node's `Resource`, once computed.
    resource_ids: Vec<OnceCell<String>>,
    /// Logical id → construct path, for every logical id computed (`DependsOn` is sorted by
    /// construct path).
    paths: RefCell<HashMap<String, String>>,
    /// Whether any item has dependencies, so `paths` is needed.
    record_paths: bool,
    /// The hashes of the file assets (`Code::Asset`).
    assets: &'a AssetHashes,
    /// Items with a value the render cut at [`MAX_VALUE_DEPTH`].
    too_deep: RefCell<Vec<NodeId>>,
    /// The attributes being computed, innermost last: one asked for again while it is being
    /// computed is a reference cycle (which the check pass reports as `reference.cycle`), and
    /// more than [`MAX_VALUE_DEPTH`] a chain it reports as `reference.chain`.
    resolving: RefCell<Vec<(NodeId, Discriminant<Attr>)>>,
    /// Items whose render met such a cycle or chain (cut there, as `null`).
    cycles: RefCell<Vec<NodeId>>,
}

impl<'a> Synth<'a> {
    /// A render of a stack of `nodes` items; `record_paths` keeps each logical id's construct
    /// path; `assets` are the stack's file assets, hashed.
    pub(crate) fn new<F: SynthFacts>(
        items: &'a F,
        nodes: usize,
        record_paths: bool,
        assets: &'a AssetHashes,
    ) -> Synth<'a> {
        Synth {
            facts: items,
            items,
            sections: Vec::new(),
            current: None,
            emitted: HashMap::with_capacity(nodes),
            clashes: Vec::new(),
            resources: Vec::new(),
            resource_ids: vec![OnceCell::new(); nodes],
            paths: RefCell::new(HashMap::new()),
            record_paths,
            assets,
            too_deep: RefCell::new(Vec::new()),
            resolving: RefCell::new(Vec::new()),
            cycles: RefCell::new(Vec::new()),
        }
    }

    /// Notes that the current item has a value nested too deep to render.
    pub(crate) fn too_deep(&self) {
        if let Some(node) = self.current {
            self.too_deep.borrow_mut().push(node);
        }
    }

    /// Makes `node` the item whose elements are being added.
    pub(crate) fn enter(&mut self, node: NodeId) {
        self.current = Some(node);
    }

    /// Ends the render.
    pub(crate) fn finish(self) -> Rendered {
        Rendered {
            sections: self.sections,
            clashes: self.clashes,
            resources: self.resources,
            owners: self.emitted,
            paths: self.paths.into_inner(),
            too_deep: self.too_deep.into_inner(),
            cycles: self.cycles.into_inner(),
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

    /// The node a reference points at (the check pass made sure there is one).
    pub fn resolve(&self, r: &ItemRef) -> Option<NodeId> {
        self.facts.lookup(self.current, r).found()
    }

    /// The logical id of `node`'s element at `node`'s path followed by `suffix`.
    pub fn logical_id(&self, node: NodeId, suffix: &[&str]) -> String {
        // The main resource's id is asked for by every item that refers to it: compute once.
        if suffix == ["Resource"]
            && let Some(cell) = self.resource_ids.get(node.index())
        {
            return cell.get_or_init(|| self.compute_logical_id(node, suffix)).clone();
        }
        self.compute_logical_id(node, suffix)
    }

    fn compute_logical_id(&self, node: NodeId, suffix: &[&str]) -> String {
        let mut path = self.facts.path(node);
        path.extend_from_slice(suffix);
        let id = self.items.reference_id(node, ids::logical_id(&path));
        if self.record_paths {
            self.paths.borrow_mut().insert(id.clone(), path.join("/"));
        }
        id
    }

    /// The stack's region: the literal, or `{"Ref": "AWS::Region"}`.
    pub fn region(&self) -> Json {
        pseudo(self.facts.env().region.as_deref(), "AWS::Region")
    }

    /// The partition of the ARNs the stack formats: `{"Ref": "AWS::Partition"}`, or under
    /// `@aws-cdk/core:enablePartitionLiterals` the partition of the stack's known region.
    pub fn partition(&self) -> Json {
        match (self.facts.flags().partition_literals, self.facts.env().region.as_deref()) {
            (true, Some(region)) => Json::from(partition_of(region)),
            _ => reference("AWS::Partition"),
        }
    }

    /// The file asset at `path`, as hashed for this render (`None`: not hashed, which a rule
    /// reported, or a render that does not keep its template, or an app's check).
    pub(crate) fn asset(&self, path: &Path) -> Option<&StagedAsset> {
        self.assets.get(path)
    }

    /// The bucket file assets are published to.
    pub(crate) fn asset_bucket(&self) -> Json {
        self.items.asset_bucket()
    }

    /// The stack's account: the literal, or `{"Ref": "AWS::AccountId"}`.
    pub fn account(&self) -> Json {
        pseudo(self.facts.env().account.as_deref(), "AWS::AccountId")
    }

    /// A string value as it goes into the template.
    pub(crate) fn value(&self, v: &Value) -> Json {
        self.value_at(v, 1)
    }

    /// `v`, `depth` functions deep: beyond [`MAX_VALUE_DEPTH`] the render stops (the check
    /// reports the value), so no template and no recursion goes deeper.
    fn value_at(&self, v: &Value, depth: usize) -> Json {
        if depth > MAX_VALUE_DEPTH {
            self.too_deep();
            return Json::Null;
        }
        match v {
            Value::Str(s) => Json::from(s.clone()),
            Value::Ref(r) => reference(r),
            Value::GetAtt(r, a) => get_att(r, a),
            Value::Join(sep, parts) => Json::obj1(
                "Fn::Join",
                Json::Arr(vec![
                    sep.clone().into(),
                    Json::Arr(parts.iter().map(|p| self.value_at(p, depth + 1)).collect()),
                ]),
            ),
            Value::Sub(s) => Json::obj1("Fn::Sub", s.clone()),
            Value::ImportValue(v) => Json::obj1("Fn::ImportValue", self.value_at(v, depth + 1)),
            Value::Attr(r, attr) => self.resolve(r).map_or(Json::Null, |n| self.attr(n, attr)),
        }
    }

    /// An attribute of the item at `node` (`null` when it has no such attribute, which the
    /// check pass reported).
    pub(crate) fn attr(&self, node: NodeId, attr: &Attr) -> Json {
        // An attribute computed from a value of its item (an imported pool's id) renders that
        // value, which may refer to another such attribute: the render follows the
        // references, and stops where one comes back or the chain grows longer than the
        // check pass lets it (`reference.chain`): no recursion without end or bound.
        let key = (node, std::mem::discriminant(attr));
        let cut = {
            let resolving = self.resolving.borrow();
            resolving.len() > MAX_VALUE_DEPTH || resolving.contains(&key)
        };
        if cut {
            if let Some(current) = self.current {
                self.cycles.borrow_mut().push(current);
            }
            return Json::Null;
        }
        self.resolving.borrow_mut().push(key);
        let value = self.items.attr(self, node, attr).unwrap_or(Json::Null);
        self.resolving.borrow_mut().pop();
        value
    }

    /// The ARN of a function or role: its `Fn::GetAtt`, or the value given.
    pub(crate) fn arn(&self, a: &Arn) -> Json {
        match a {
            Arn::Value(v) => self.value(v),
            Arn::Item(r) => self.resolve(r).and_then(|n| self.items.arn(self, n)).unwrap_or(Json::Null),
        }
    }

    /// The statements the grants of the stack give the role or function at `grantee`.
    pub(crate) fn grant_statements(&self, grantee: NodeId) -> Vec<Json> {
        self.items.grant_statements(self, grantee)
    }

    /// The pool the identity provider at `node` registers on, and its name in a client's
    /// default list; `None` for other items.
    pub(crate) fn registered_identity_provider(&self, node: NodeId) -> Option<(NodeId, Json)> {
        self.items.registered_identity_provider(self, node)
    }
}

fn pseudo(literal: Option<&str>, name: &str) -> Json {
    match literal {
        Some(v) => Json::from(v.to_owned()),
        None => reference(name),
    }
}
