//! What a resource may know of the other items of its stack. The resources cannot name
//! `Item` or `Stack` (they sit above this layer), so the stack answers through this trait:
//! the tree (parents, paths, references), and the facts one kind of item needs of another,
//! in core types. What only a pass can compute (an attribute's template value, whether an
//! attribute exists) the passes ask through `check::CheckFacts` and `synth::SynthFacts`.

use std::any::Any;

use crate::core::env::Env;
use crate::core::flags::FeatureFlags;
use crate::core::node::NodeId;
use crate::core::value::{ItemRef, Value};

/// An identity provider, as an app client and the other providers see it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ProviderFacts {
    /// The pool its `user_pool` names, when it resolves.
    pub user_pool: Option<NodeId>,
    /// Its provider name, when known before deployment.
    pub name: Option<String>,
}

/// A created resource server, as an app client's scopes see it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ResourceServerFacts<'a> {
    /// The user pool it belongs to, when it resolves to one.
    pub pool: Option<NodeId>,
    /// The names of its scopes (`None`: it declares none).
    pub scopes: Option<Vec<&'a str>>,
}

/// The OAuth grants of a created app client that its hosted sign-in page serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SignInFlows {
    /// `authorization_code_grant`.
    pub code: bool,
    /// `implicit_code_grant`.
    pub implicit: bool,
    /// OAuth is on (not `disable_o_auth`): the client's users sign in on the hosted pages.
    pub o_auth: bool,
}

/// What a reference names (see [`ItemRef`]: names are scoped to their parent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// One item.
    Found(NodeId),
    /// No item of the stack.
    Unknown,
    /// Several items in scopes none of which is nearer the reference than the others.
    Ambiguous(Vec<NodeId>),
}

impl Lookup {
    /// The item, when there is one.
    pub(crate) fn found(self) -> Option<NodeId> {
        match self {
            Lookup::Found(node) => Some(node),
            Lookup::Unknown | Lookup::Ambiguous(_) => None,
        }
    }
}

/// A created user pool as the users seeded in it see it: how they sign in, and what their
/// profiles must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct PoolUsers {
    /// `UsernameAttributes`: users sign in with these (`email`, `phone_number`) instead of a
    /// username, which Cognito generates.
    pub username_attributes: Vec<&'static str>,
    /// `AliasAttributes`: users have a username, and may also sign in with these.
    pub alias_attributes: Vec<&'static str>,
    /// The standard attributes the pool requires, by Cognito's names (`email`, `name`).
    pub required: Vec<&'static str>,
}

/// The providers a created identity pool accepts, as its principal tags see them.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct LoginProviders {
    /// Its social providers, by the names Cognito knows them by (`accounts.google.com`).
    pub social: Vec<&'static str>,
    /// Its user pools (a pool that does not resolve is left out).
    pub user_pools: Vec<NodeId>,
    /// Whether its authenticated role's trust policy allows `sts:TagSession`, when known: the
    /// CDK's default role and a `role` item allow only `sts:AssumeRoleWithWebIdentity`; a role
    /// given by its ARN is not known.
    pub tag_session: Option<bool>,
}

/// The stack, as the check and render passes see it.
pub(crate) trait Facts {
    /// The stack's name (the root of every construct path).
    fn stack_name(&self) -> &str;
    /// Where the stack deploys.
    fn env(&self) -> &Env;
    /// The AWS CDK feature flags the stack is synthesized under.
    fn flags(&self) -> FeatureFlags;
    /// The DSL keyword of the item at `node` (`user_pool`, `user_pool_client`, …).
    fn kind(&self, node: NodeId) -> Option<&'static str>;
    /// The item that encloses `node`.
    fn parent(&self, node: NodeId) -> Option<NodeId>;
    /// The construct id of `node`.
    fn construct_id(&self, node: NodeId) -> Option<&str>;
    /// The reference name of `node`.
    fn name(&self, node: NodeId) -> Option<&str>;
    /// The item whose construction added `node` (an identity pool's provider client).
    fn created_by(&self, node: NodeId) -> Option<NodeId>;
    /// The items `node` was told to wait for (`depends_on`).
    fn depends_on(&self, node: NodeId) -> &[ItemRef];
    /// The construct ids from below the stack down to `node`.
    fn path(&self, node: NodeId) -> Vec<&str>;
    /// The children of `parent` (or of the stack), in declaration order.
    fn children(&self, parent: Option<NodeId>) -> &[NodeId];
    /// The item a reference written at the top level names, when it is one of this stack.
    fn resolve(&self, r: &ItemRef) -> Option<NodeId>;
    /// What a reference written in the item at `from` (`None`: the stack) names.
    fn lookup(&self, from: Option<NodeId>, r: &ItemRef) -> Lookup;
    /// How a reference from the top level names `node` (`pool_a.web`).
    fn reference_path(&self, node: NodeId) -> String;
    /// The identity providers registered on `pool` (the pool their `user_pool` names, else
    /// their parent), in declaration order: looked up, not searched for.
    fn identity_providers_of(&self, pool: NodeId) -> &[NodeId];
    /// Where item `node` is declared, as a key that orders items as the CDK program constructs
    /// them: in the stack's order, and in an app the items of an earlier stack before a later
    /// one's (those appended from other stacks): the stack's position in the app (`None` in a
    /// stack alone), then the item's.
    fn declared_at(&self, node: NodeId) -> (Option<usize>, usize);
    /// Whether item `a` is declared before item `b` (see [`Facts::declared_at`]).
    fn declared_before(&self, a: NodeId, b: NodeId) -> bool {
        self.declared_at(a) < self.declared_at(b)
    }
    /// The first identity provider whose `user_pool` is `pool` and whose name, known before
    /// deployment, is `name`: looked up, so rules about providers stay linear in the stack.
    fn identity_provider_named(&self, pool: NodeId, name: &str) -> Option<NodeId>;
    /// The items `creator` created (an identity pool's provider clients), in order.
    fn created(&self, creator: NodeId) -> &[NodeId];

    /// The props of the item at `node`, for a resource reading items of its own kind (a
    /// pool's added triggers, the other identity providers): see `props`.
    fn any(&self, node: NodeId) -> Option<&dyn Any>;
    /// The identity provider at `node`.
    fn identity_provider(&self, node: NodeId) -> Option<ProviderFacts>;
    /// The custom attributes a created user pool declares (`None` for other items).
    fn custom_attributes(&self, pool: NodeId) -> Option<Vec<&str>>;
    /// The created resource server at `node`.
    fn resource_server(&self, node: NodeId) -> Option<ResourceServerFacts<'_>>;
    /// The sign-in flows of the created app client at `node` (`None` for an imported one).
    fn sign_in_flows(&self, node: NodeId) -> Option<SignInFlows>;
    /// The id of the imported app client at `node` (`None` for other items).
    fn imported_client_id(&self, node: NodeId) -> Option<&Value>;
    /// The user pool the created app client at `node` belongs to: the pool its `user_pool`
    /// names, or its parent (`None` for an imported client, or a pool that does not resolve).
    fn client_pool(&self, node: NodeId) -> Option<NodeId>;
    /// Whether a created domain belongs to the created user pool at `pool` (`None` when
    /// `pool` is not a created user pool).
    fn has_domain(&self, pool: NodeId) -> Option<bool>;
    /// How the users of the created user pool at `pool` sign in (`None` for other items).
    fn pool_users(&self, pool: NodeId) -> Option<PoolUsers>;
    /// Whether the created user pool at `pool` has threat protection on (`None` for other
    /// items).
    fn threat_protection(&self, pool: NodeId) -> Option<bool>;
    /// The user pool the created group at `node` belongs to: the pool its `user_pool` names,
    /// or its parent (`None` for an imported group).
    fn group_pool(&self, node: NodeId) -> Option<NodeId>;
    /// The providers the created identity pool at `node` accepts (`None` for other items).
    fn login_providers(&self, node: NodeId) -> Option<LoginProviders>;
    /// The feature plan of the created user pool at `pool` (`LITE`, `ESSENTIALS`, `PLUS`): the
    /// one it sets, else Cognito's default for a new pool, `ESSENTIALS`; `None` when `pool` is
    /// not a created user pool (an imported pool's plan is not known).
    fn feature_plan(&self, pool: NodeId) -> Option<&'static str>;
    /// The created domains of the created user pool at `pool`, each with whether it serves
    /// managed login (`NEWER_MANAGED_LOGIN`); `None` when `pool` is not a created user pool.
    fn domains_of(&self, pool: NodeId) -> Option<Vec<(NodeId, bool)>>;
    /// The created app clients of the user pool at `pool`, in declaration order.
    fn clients_of(&self, pool: NodeId) -> Vec<NodeId>;
    /// The `managed_login_branding` items of the user pool at `pool`, each with the app client
    /// it names (`None`: none given, or one that does not resolve).
    fn brandings_of(&self, pool: NodeId) -> Vec<(NodeId, Option<NodeId>)>;
    /// The Region the user pool at `pool` is in, when known before deployment: the stack's
    /// (when given) for a pool it creates, the one an imported pool's id or ARN names.
    fn pool_region(&self, pool: NodeId) -> Option<String>;
}

impl dyn Facts + '_ {
    /// The props of the item at `node` when they are a `T`: how a resource reads the items
    /// of its own kind. (Another kind's props type is another resource's module, which a
    /// resource does not import: `scripts/layers.py` fails on it.)
    pub(crate) fn props<T: Any>(&self, node: NodeId) -> Option<&T> {
        self.any(node)?.downcast_ref()
    }

    /// `node` and the items that enclose it, innermost first.
    pub(crate) fn ancestors(&self, node: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(node), |n| self.parent(*n))
    }

    /// Whether the resources of `node` wait for those of `target`: `depends_on` on `node` or an
    /// item enclosing it, naming `target` or an item enclosing it (`DependsOn` goes to every
    /// resource below both).
    pub(crate) fn waits_for(&self, node: NodeId, target: NodeId) -> bool {
        let targets: Vec<NodeId> = self.ancestors(target).collect();
        self.ancestors(node).any(|n| {
            let named = |r: &ItemRef| self.lookup(Some(n), r).found();
            self.depends_on(n).iter().any(|r| named(r).is_some_and(|t| targets.contains(&t)))
        })
    }
}
