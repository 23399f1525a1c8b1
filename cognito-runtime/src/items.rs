//! Every kind of item a stack holds, and the dispatch of the two passes to them.

use crate::check::Check;
use crate::client::{ImportedUserPoolClient, UserPoolClient};
use crate::domain::{ImportedUserPoolDomain, UserPoolDomain};
use crate::group::{ImportedUserPoolGroup, UserPoolGroup};
use crate::iam::Role;
use crate::identity_pool::{IdentityPool, ImportedIdentityPool};
use crate::idp::{IdentityProvider, ImportedUserPoolIdentityProvider};
use crate::imported::ImportedUserPool;
use crate::json::Json;
use crate::lambda::LambdaFunction;
use crate::output::{Output, Parameter};
use crate::resource_server::{ImportedUserPoolResourceServer, UserPoolResourceServer};
use crate::stack::{Index, NodeId, Stack, Synth, get_att, reference};
use crate::user_pool::{AddedTrigger, Arn, UserPool};
use crate::value::{Attr, MAX_VALUE_DEPTH, Value};

/// What an item is.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `user_pool ID { … }`.
    UserPool(Box<UserPool>),
    /// `user_pool ID = from_user_pool_id(…)` / `from_user_pool_arn(…)`.
    ImportedUserPool(ImportedUserPool),
    /// A trigger added to a pool after its props (`add_trigger`).
    Trigger(AddedTrigger),
    /// `lambda_function ID { … }`.
    LambdaFunction(Box<LambdaFunction>),
    /// `role ID { … }`.
    Role(Role),
    /// `output ID { … }`.
    Output(Output),
    /// `parameter ID { … }`.
    Parameter(Parameter),
    /// `domain ID { … }` in a `user_pool`, or `user_pool_domain ID { user_pool: …, … }`.
    Domain(UserPoolDomain),
    /// `user_pool_domain ID = from_domain_name(…)`.
    ImportedDomain(ImportedUserPoolDomain),
    /// `group ID { … }` in a `user_pool`, or `user_pool_group ID { user_pool: …, … }`.
    Group(UserPoolGroup),
    /// `user_pool_group ID = from_group_name(…)`.
    ImportedGroup(ImportedUserPoolGroup),
    /// `user_pool_identity_provider_google ID { … }` and the other identity providers.
    IdentityProvider(Box<IdentityProvider>),
    /// `user_pool_identity_provider ID = from_provider_name(…)`.
    ImportedIdentityProvider(ImportedUserPoolIdentityProvider),
    /// `construct ID { items }`: a scope with no resources of its own, which puts its id in
    /// the construct path of the items inside (a CDK `Construct` that groups others).
    Construct,
    /// `user_pool_client ID { … }`, or `client ID { … }` in a `user_pool`.
    UserPoolClient(Box<UserPoolClient>),
    /// `user_pool_client ID = from_user_pool_client_id(…)`.
    ImportedUserPoolClient(ImportedUserPoolClient),
    /// `user_pool_resource_server ID { … }`, or `resource_server ID { … }` in a `user_pool`.
    ResourceServer(UserPoolResourceServer),
    /// `user_pool_resource_server ID = from_user_pool_resource_server_id(…)`.
    ImportedResourceServer(ImportedUserPoolResourceServer),
    /// `identity_pool ID { … }`.
    IdentityPool(Box<IdentityPool>),
    /// `identity_pool ID = from_identity_pool_id(…)` / `from_identity_pool_arn(…)`.
    ImportedIdentityPool(ImportedIdentityPool),
    /// `grant ROLE { actions: [ … ] }` in a `user_pool`: the CDK's `pool.grant(role, …)`.
    Grant(crate::Grant),
}

macro_rules! item_from {
    ($($variant:ident($ty:ty) $(boxed $boxed:tt)?,)*) => {$(
        impl From<$ty> for Item {
            fn from(v: $ty) -> Item {
                item_from!(@wrap $variant v $($boxed)?)
            }
        }
    )*};
    (@wrap $variant:ident $v:ident) => { Item::$variant($v) };
    (@wrap $variant:ident $v:ident $boxed:tt) => { Item::$variant(Box::new($v)) };
}

item_from! {
    Grant(crate::Grant),
    UserPool(UserPool) boxed _,
    ImportedUserPool(ImportedUserPool),
    Trigger(AddedTrigger),
    LambdaFunction(LambdaFunction) boxed _,
    Role(Role),
    Output(Output),
    Parameter(Parameter),
    Domain(UserPoolDomain),
    ImportedDomain(ImportedUserPoolDomain),
    Group(UserPoolGroup),
    ImportedGroup(ImportedUserPoolGroup),
    IdentityProvider(IdentityProvider) boxed _,
    ImportedIdentityProvider(ImportedUserPoolIdentityProvider),
    UserPoolClient(UserPoolClient) boxed _,
    ImportedUserPoolClient(ImportedUserPoolClient),
    ResourceServer(UserPoolResourceServer),
    ImportedResourceServer(ImportedUserPoolResourceServer),
    IdentityPool(IdentityPool) boxed _,
    ImportedIdentityPool(ImportedIdentityPool),
}

impl Item {
    /// The keyword that declares this kind of item in `cognito!`.
    pub fn kind(&self) -> &'static str {
        match self {
            Item::UserPool(_) | Item::ImportedUserPool(_) => "user_pool",
            Item::Trigger(_) => "trigger",
            Item::LambdaFunction(_) => "lambda_function",
            Item::Role(_) => "role",
            Item::Output(_) => "output",
            Item::Parameter(_) => "parameter",
            Item::Domain(_) | Item::ImportedDomain(_) => "user_pool_domain",
            Item::Group(_) | Item::ImportedGroup(_) => "user_pool_group",
            Item::IdentityProvider(p) => p.kind(),
            Item::ImportedIdentityProvider(_) => "user_pool_identity_provider",
            Item::Construct => "construct",
            Item::Grant(_) => "grant",
            Item::UserPoolClient(_) | Item::ImportedUserPoolClient(_) => "user_pool_client",
            Item::ResourceServer(_) | Item::ImportedResourceServer(_) => "user_pool_resource_server",
            Item::IdentityPool(_) | Item::ImportedIdentityPool(_) => "identity_pool",
        }
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        match self {
            Item::UserPool(p) => crate::user_pool::rules::check(p, cx),
            Item::ImportedUserPool(p) => p.check(cx),
            Item::Trigger(t) => crate::user_pool::rules::check_added_trigger(t, cx),
            Item::LambdaFunction(f) => f.check(cx),
            Item::Role(r) => r.check(cx),
            Item::Output(o) => o.check(cx),
            Item::Parameter(p) => p.check(cx),
            Item::Domain(d) => crate::domain::rules::check(d, cx),
            Item::ImportedDomain(d) => crate::domain::rules::check_imported(d, cx),
            Item::Group(g) => crate::group::rules::check(g, cx),
            Item::ImportedGroup(g) => crate::group::rules::check_imported(g, cx),
            Item::IdentityProvider(p) => crate::idp::rules::check(p, cx),
            Item::ImportedIdentityProvider(p) => crate::idp::rules::check_imported(p, cx),
            Item::Construct => {}
            Item::Grant(g) => g.check(cx),
            Item::UserPoolClient(c) => crate::client::rules::check(c, cx),
            Item::ImportedUserPoolClient(c) => crate::client::rules::check_imported(c, cx),
            Item::ResourceServer(r) => crate::resource_server::rules::check(r, cx),
            Item::ImportedResourceServer(r) => crate::resource_server::rules::check_imported(r, cx),
            Item::IdentityPool(p) => crate::identity_pool::rules::check(p, cx),
            Item::ImportedIdentityPool(p) => crate::identity_pool::rules::check_imported(p, cx),
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        match self {
            Item::UserPool(p) => p.synth(cx, node),
            Item::Trigger(t) => {
                if crate::user_pool::rules::is_duplicate_trigger(cx.stack, cx.index, node, t.operation) {
                    return;
                }
                if let Some(pool) = cx.stack.node(node).and_then(|n| n.parent) {
                    crate::user_pool::trigger_permission(cx, pool, t.operation, &t.function);
                }
            }
            Item::LambdaFunction(f) => f.synth(cx, node),
            Item::Role(r) => r.synth(cx, node),
            Item::Output(o) => o.synth(cx, node),
            Item::Parameter(p) => p.synth(cx, node),
            Item::Domain(d) => d.synth(cx, node),
            Item::Group(g) => g.synth(cx, node),
            Item::IdentityProvider(p) => p.synth(cx, node),
            Item::UserPoolClient(c) => c.synth(cx, node),
            Item::ResourceServer(r) => r.synth(cx, node),
            Item::IdentityPool(p) => p.synth(cx, node),
            Item::ImportedUserPool(_)
            | Item::ImportedUserPoolClient(_)
            | Item::ImportedIdentityPool(_)
            | Item::ImportedDomain(_)
            | Item::ImportedGroup(_)
            | Item::ImportedIdentityProvider(_)
            | Item::ImportedResourceServer(_)
            | Item::Construct
            | Item::Grant(_) => {}
        }
    }

    /// The ARN of an item that has one (a function, a role).
    pub(crate) fn arn(&self, cx: &Synth, node: NodeId) -> Option<Json> {
        match self {
            Item::LambdaFunction(_) | Item::Role(_) => {
                Some(get_att(&cx.logical_id(node, &["Resource"]), "Arn"))
            }
            _ => None,
        }
    }

    /// The value of one of the item's attributes (`None` when it has no such attribute).
    pub(crate) fn attr(&self, cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
        let resource = || cx.logical_id(node, &["Resource"]);
        match (self, attr) {
            (Item::UserPool(_), _) => crate::user_pool::pool_attr(cx, node, attr),
            (Item::ImportedUserPool(p), _) => p.attr(cx, node, attr),
            (Item::LambdaFunction(_), Attr::FunctionArn) => Some(get_att(&resource(), "Arn")),
            (Item::LambdaFunction(_), Attr::FunctionName) => Some(reference(&resource())),
            (Item::Role(_), Attr::RoleArn) => Some(get_att(&resource(), "Arn")),
            (Item::Role(_), Attr::RoleName) => Some(reference(&resource())),
            (Item::Parameter(_), Attr::ValueAsString) => Some(reference(&cx.logical_id(node, &[]))),
            (Item::Domain(d), _) => crate::domain::domain_attr(d, cx, node, attr),
            (Item::ImportedDomain(d), Attr::DomainName) => Some(cx.value(&d.domain_name)),
            (Item::Group(_), Attr::GroupName) => Some(reference(&resource())),
            (Item::ImportedGroup(g), Attr::GroupName) => Some(cx.value(&g.group_name)),
            (Item::ImportedIdentityProvider(p), Attr::ProviderName) => Some(cx.value(&p.provider_name)),
            (Item::IdentityProvider(_), _) => crate::idp::idp_attr(cx, node, attr),
            (Item::UserPoolClient(c), _) => crate::client::client_attr(cx, node, c, attr),
            (Item::ImportedUserPoolClient(c), _) => c.attr(cx, attr),
            (Item::ResourceServer(_), _) => crate::resource_server::resource_server_attr(cx, node, attr),
            (Item::ImportedResourceServer(r), Attr::ResourceServerId) => {
                Some(cx.value(&r.user_pool_resource_server_id))
            }
            (Item::IdentityPool(_), _) => crate::identity_pool::identity_pool_attr(cx, node, attr),
            (Item::ImportedIdentityPool(p), _) => p.attr(cx, attr),
            _ => None,
        }
    }

    /// Checks that `attr` exists on this item (and the references inside it).
    pub(crate) fn check_attr(
        &self,
        cx: &mut Check,
        path: &str,
        _node: NodeId,
        attr: &Attr,
    ) -> Result<(), String> {
        let ok = match self {
            Item::UserPoolClient(c) => {
                return crate::client::rules::check_client_attr(Some(c), cx, path, attr);
            }
            Item::ImportedUserPoolClient(_) => {
                return crate::client::rules::check_client_attr(None, cx, path, attr);
            }
            Item::ResourceServer(_) | Item::ImportedResourceServer(_) => {
                matches!(attr, Attr::ResourceServerId)
            }
            Item::UserPool(_) => matches!(
                attr,
                Attr::UserPoolId | Attr::UserPoolArn | Attr::UserPoolProviderName | Attr::UserPoolProviderUrl
            ),
            Item::ImportedUserPool(_) => {
                matches!(attr, Attr::UserPoolId | Attr::UserPoolArn | Attr::UserPoolProviderName)
            }
            Item::LambdaFunction(_) => matches!(attr, Attr::FunctionArn | Attr::FunctionName),
            Item::Role(_) => matches!(attr, Attr::RoleArn | Attr::RoleName),
            Item::Parameter(_) => matches!(attr, Attr::ValueAsString),
            Item::Domain(_) => match attr {
                Attr::SignInUrl(s) => return crate::domain::rules::check_sign_in_url(s, cx, path),
                _ => matches!(attr, Attr::DomainName | Attr::CloudFrontEndpoint | Attr::BaseUrl { .. }),
            },
            Item::ImportedDomain(_) => matches!(attr, Attr::DomainName),
            Item::Group(_) | Item::ImportedGroup(_) => matches!(attr, Attr::GroupName),
            Item::IdentityProvider(_) | Item::ImportedIdentityProvider(_) => {
                matches!(attr, Attr::ProviderName)
            }
            Item::IdentityPool(_) => {
                matches!(attr, Attr::IdentityPoolId | Attr::IdentityPoolArn | Attr::IdentityPoolName)
            }
            Item::ImportedIdentityPool(_) => matches!(attr, Attr::IdentityPoolId | Attr::IdentityPoolArn),
            Item::Trigger(_) | Item::Output(_) | Item::Construct | Item::Grant(_) => false,
        };
        if ok {
            return Ok(());
        }
        let hint = match (self, attr) {
            (Item::ImportedUserPool(_), Attr::UserPoolProviderUrl) => {
                "; an imported pool has no provider URL (the CDK's `IUserPool` does not expose it)"
            }
            (
                Item::ImportedDomain(_),
                Attr::CloudFrontEndpoint | Attr::BaseUrl { .. } | Attr::SignInUrl(_),
            ) => {
                "; an imported domain exposes only its `domain_name` (the CDK's `IUserPoolDomain` has no URLs)"
            }
            (Item::ImportedIdentityPool(_), Attr::IdentityPoolName) => {
                "; an imported identity pool has no name (the CDK leaves its `identityPoolName` undefined)"
            }
            _ => "",
        };
        let kind = self.kind();
        // `an identity_pool`, `a user_pool`: as the kind is spoken.
        let a = if kind.starts_with(['a', 'e', 'i', 'o']) { "an" } else { "a" };
        Err(format!("{a} `{kind}` has no attribute `{}`{hint}", attr.name()))
    }
}

impl Item {
    /// The identity provider this item registers on a user pool (the CDK's
    /// `userPool.registerIdentityProvider(this)`): the pool, and the provider name as it goes
    /// into a client's default `SupportedIdentityProviders`. `None` for items that are not
    /// identity providers.
    pub(crate) fn registered_identity_provider(&self, cx: &Synth, node: NodeId) -> Option<(NodeId, Json)> {
        match self {
            Item::IdentityProvider(p) => crate::idp::registered(p, cx, node),
            Item::UserPool(_)
            | Item::ImportedUserPool(_)
            | Item::Trigger(_)
            | Item::LambdaFunction(_)
            | Item::Role(_)
            | Item::Output(_)
            | Item::Parameter(_)
            | Item::UserPoolClient(_)
            | Item::ImportedUserPoolClient(_)
            | Item::ResourceServer(_)
            | Item::Domain(_)
            | Item::ImportedDomain(_)
            | Item::Group(_)
            | Item::ImportedGroup(_)
            | Item::ImportedIdentityProvider(_)
            | Item::ImportedResourceServer(_)
            | Item::IdentityPool(_)
            | Item::ImportedIdentityPool(_)
            | Item::Construct
            | Item::Grant(_) => None,
        }
    }

    /// The items this item's resources wait for without a `depends_on`, as the CDK's
    /// constructs call `node.addDependency` themselves: an identity pool waits for the pool
    /// and the app client of each user pool provider.
    pub(crate) fn implied_dependencies(&self, stack: &Stack, index: &Index, node: NodeId) -> Vec<NodeId> {
        match self {
            Item::IdentityPool(p) => crate::identity_pool::dependencies(p, stack, index, node),
            _ => Vec::new(),
        }
    }
}

impl Synth<'_> {
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
            Value::Attr(r, attr) => self
                .resolve(r)
                .and_then(|n| self.stack.nodes()[n.0].item.attr(self, n, attr))
                .unwrap_or(Json::Null),
        }
    }

    /// The ARN of a function or role: its `Fn::GetAtt`, or the value given.
    pub(crate) fn arn(&self, a: &Arn) -> Json {
        match a {
            Arn::Value(v) => self.value(v),
            Arn::Item(r) => {
                self.resolve(r).and_then(|n| self.stack.nodes()[n.0].item.arn(self, n)).unwrap_or(Json::Null)
            }
        }
    }
}
