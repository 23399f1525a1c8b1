//! The stack as the resources see it (`Facts`, and what the passes ask: `CheckFacts`,
//! `SynthFacts`), answered from the stack's nodes and the pass's index, dispatching on
//! `Item` for what only an item knows.

use std::any::Any;
use std::cell::OnceCell;
use std::collections::HashMap;

use super::Stack;
use super::app::synthesizer::bucket_in_template;
use super::appended::ForeignUse;
use super::index::Index;
use super::links::ValueLinks;
use crate::context::check::{Check, CheckFacts, ValueLink};
use crate::context::facts::{
    Facts, LoginProviders, Lookup, PoolUsers, ProviderFacts, ResourceServerFacts, SignInFlows,
};
use crate::context::synth::{Synth, SynthFacts};
use crate::core::env::Env;
use crate::core::flags::FeatureFlags;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef, Value};
use crate::stack::item::Item;

/// A stack and the index of one pass over it.
pub(crate) struct View<'a> {
    pub stack: &'a Stack,
    pub index: Index<'a>,
    /// How the values attributes are computed from refer to one another, once asked.
    links: OnceCell<ValueLinks>,
}

impl<'a> View<'a> {
    pub(crate) fn new(stack: &'a Stack) -> View<'a> {
        View { stack, index: Index::new(stack), links: OnceCell::new() }
    }

    fn item(&self, node: NodeId) -> Option<&'a Item> {
        self.stack.node(node).map(|n| &n.item)
    }

    /// The providers of each pool by literal name, the first of each name (in one pass).
    fn provider_names(&self) -> HashMap<NodeId, HashMap<String, NodeId>> {
        let mut out: HashMap<NodeId, HashMap<String, NodeId>> = HashMap::new();
        for &node in self.index.providers() {
            let Some(ProviderFacts { user_pool: Some(pool), name: Some(name) }) =
                self.identity_provider(node)
            else {
                continue;
            };
            // The first declared: in an app, the items appended from an earlier stack come
            // after the stack's own, but were declared before them.
            let first = out.entry(pool).or_default().entry(name).or_insert(node);
            if self.declared_before(node, *first) {
                *first = node;
            }
        }
        out
    }
}

impl Facts for View<'_> {
    fn stack_name(&self) -> &str {
        self.stack.name()
    }

    fn env(&self) -> &Env {
        self.stack.env()
    }

    fn flags(&self) -> FeatureFlags {
        self.stack.feature_flags()
    }

    fn kind(&self, node: NodeId) -> Option<&'static str> {
        self.item(node).map(Item::kind)
    }

    fn parent(&self, node: NodeId) -> Option<NodeId> {
        self.stack.node(node)?.parent()
    }

    fn construct_id(&self, node: NodeId) -> Option<&str> {
        self.stack.node(node).map(|n| n.id.as_str())
    }

    fn name(&self, node: NodeId) -> Option<&str> {
        self.stack.node(node)?.name.as_deref()
    }

    fn created_by(&self, node: NodeId) -> Option<NodeId> {
        self.stack.node(node)?.created_by()
    }

    fn depends_on(&self, node: NodeId) -> &[ItemRef] {
        self.stack.node(node).map_or(&[], |n| n.depends_on.as_slice())
    }

    fn path(&self, node: NodeId) -> Vec<&str> {
        self.stack.path(node)
    }

    fn children(&self, parent: Option<NodeId>) -> &[NodeId] {
        self.index.children(parent)
    }

    fn resolve(&self, r: &ItemRef) -> Option<NodeId> {
        self.index.resolve(r)
    }

    fn lookup(&self, from: Option<NodeId>, r: &ItemRef) -> Lookup {
        self.index.lookup(from, r)
    }

    fn reference_path(&self, node: NodeId) -> String {
        self.stack.reference_path(node)
    }

    fn identity_providers_of(&self, pool: NodeId) -> &[NodeId] {
        self.index.providers_of(pool)
    }

    fn declared_at(&self, node: NodeId) -> (Option<usize>, usize) {
        match &self.stack.foreign {
            Some(foreign) => foreign.declared_at(node),
            None => (None, node.index()),
        }
    }

    fn identity_provider_named(&self, pool: NodeId, name: &str) -> Option<NodeId> {
        let names = self.index.provider_names.get_or_init(|| self.provider_names());
        names.get(&pool)?.get(name).copied()
    }

    fn created(&self, creator: NodeId) -> &[NodeId] {
        self.index.created(creator)
    }

    fn any(&self, node: NodeId) -> Option<&dyn Any> {
        self.item(node)?.any()
    }

    fn identity_provider(&self, node: NodeId) -> Option<ProviderFacts> {
        self.item(node)?.identity_provider(self, node)
    }

    fn custom_attributes(&self, pool: NodeId) -> Option<Vec<&str>> {
        self.item(pool)?.custom_attributes()
    }

    fn resource_server(&self, node: NodeId) -> Option<ResourceServerFacts<'_>> {
        self.item(node)?.resource_server(self, node)
    }

    fn sign_in_flows(&self, node: NodeId) -> Option<SignInFlows> {
        self.item(node)?.sign_in_flows()
    }

    fn imported_client_id(&self, node: NodeId) -> Option<&Value> {
        self.item(node)?.imported_client_id()
    }

    fn client_pool(&self, node: NodeId) -> Option<NodeId> {
        self.item(node)?.client_pool(self, node)
    }

    fn has_domain(&self, pool: NodeId) -> Option<bool> {
        let domain_of_pool = |n: NodeId| self.item(n).and_then(|i| i.domain_pool(self, n)) == Some(pool);
        self.item(pool)?.is_created_pool().then(|| self.stack.ids().any(domain_of_pool))
    }

    fn pool_users(&self, pool: NodeId) -> Option<PoolUsers> {
        self.item(pool)?.pool_users()
    }

    fn threat_protection(&self, pool: NodeId) -> Option<bool> {
        self.item(pool)?.threat_protection()
    }

    fn group_pool(&self, node: NodeId) -> Option<NodeId> {
        self.item(node)?.group_pool(self, node)
    }

    fn login_providers(&self, node: NodeId) -> Option<LoginProviders> {
        self.item(node)?.login_providers(self)
    }

    fn feature_plan(&self, pool: NodeId) -> Option<&'static str> {
        self.item(pool)?.feature_plan()
    }

    fn domains_of(&self, pool: NodeId) -> Option<Vec<(NodeId, bool)>> {
        let domain = |n: NodeId| {
            let item = self.item(n)?;
            (item.domain_pool(self, n) == Some(pool))
                .then(|| Some((n, item.serves_managed_login()?)))
                .flatten()
        };
        self.item(pool)?.is_created_pool().then(|| self.stack.ids().filter_map(domain).collect())
    }

    fn clients_of(&self, pool: NodeId) -> Vec<NodeId> {
        let of_pool = |n: &NodeId| self.item(*n).and_then(|i| i.client_pool(self, *n)) == Some(pool);
        self.stack.ids().filter(of_pool).collect()
    }

    fn brandings_of(&self, pool: NodeId) -> Vec<(NodeId, Option<NodeId>)> {
        let in_pool = |n: &NodeId| self.parent(*n) == Some(pool);
        let branding = |n: NodeId| Some((n, self.item(n)?.branded_client(self)?));
        self.index.children(Some(pool)).iter().copied().filter(in_pool).filter_map(branding).collect()
    }

    fn pool_region(&self, pool: NodeId) -> Option<String> {
        self.item(pool)?.pool_region(self)
    }
}

impl CheckFacts for View<'_> {
    fn check_attr(&self, cx: &mut Check, path: &str, node: NodeId, attr: &Attr) -> Result<(), String> {
        match self.item(node) {
            Some(item) => item.check_attr(cx, path, attr),
            None => Ok(()),
        }
    }

    fn value_link(&self, from: NodeId, path: &str, target: NodeId, attr: &Attr) -> ValueLink {
        let links = self.links.get_or_init(|| ValueLinks::new(self.stack, self));
        links.link(self.stack, (from, path), target, attr)
    }

    fn note_reference(&self, from: Option<NodeId>, path: &str, target: NodeId) {
        if target.index() >= self.stack.local_len() {
            let use_ = ForeignUse { node: from, path: path.to_owned(), target };
            self.index.foreign_uses.borrow_mut().push(use_);
        }
    }
}

impl SynthFacts for View<'_> {
    fn attr(&self, cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
        self.item(node)?.attr(cx, node, attr)
    }

    fn arn(&self, cx: &Synth, node: NodeId) -> Option<Json> {
        self.item(node)?.arn(cx, node)
    }

    fn grant_statements(&self, cx: &Synth, grantee: NodeId) -> Vec<Json> {
        let grants = self.index.grants_to(grantee).iter();
        grants.filter_map(|&g| self.item(g)?.grant_statement(cx, g, grantee)).collect()
    }

    fn registered_identity_provider(&self, cx: &Synth, node: NodeId) -> Option<(NodeId, Json)> {
        self.item(node)?.registered_identity_provider(cx, node)
    }

    fn reference_id(&self, node: NodeId, logical_id: String) -> String {
        match &self.stack.foreign {
            Some(foreign) => foreign.token(node, logical_id),
            None => logical_id,
        }
    }

    fn asset_bucket(&self) -> Json {
        bucket_in_template(self.stack)
    }
}
