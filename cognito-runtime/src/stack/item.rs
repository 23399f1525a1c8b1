//! Every kind of item a stack holds, and the dispatch of the two passes to them.

use std::any::Any;

use crate::context::cfn::{CfnPath, FieldOf};
use crate::context::check::Check;
use crate::context::facts::{
    Facts, LoginProviders, PoolUsers, ProviderFacts, ResourceServerFacts, SignInFlows,
};
use crate::context::pool::pool_of;
use crate::context::synth::Synth;
use crate::core::cfn::{get_att, reference};
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::table::Members;
use crate::core::value::{Attr, Value};
use crate::resources::cfn_resource::CfnResource;
use crate::resources::client::{self, ImportedUserPoolClient, UserPoolClient};
use crate::resources::domain::{self, ImportedUserPoolDomain, ManagedLoginVersion, UserPoolDomain};
use crate::resources::grant::Grant;
use crate::resources::group::{self, ImportedUserPoolGroup, UserPoolGroup};
use crate::resources::iam::Role;
use crate::resources::identity_pool::{self, IdentityPool, ImportedIdentityPool};
use crate::resources::idp::{
    self, ImportedUserPoolIdentityProvider, UserPoolIdentityProvider, UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderApple, UserPoolIdentityProviderFacebook, UserPoolIdentityProviderGoogle,
    UserPoolIdentityProviderOidc, UserPoolIdentityProviderSaml,
};
use crate::resources::imported::ImportedUserPool;
use crate::resources::lambda::LambdaFunction;
use crate::resources::log_delivery::LogDeliveryConfiguration;
use crate::resources::managed_login_branding::ManagedLoginBranding;
use crate::resources::output::{Output, Parameter};
use crate::resources::principal_tags::IdentityPoolPrincipalTag;
use crate::resources::regional_configuration::UserPoolRegionalConfigurationAttachment;
use crate::resources::replica::UserPoolReplica;
use crate::resources::resource_server::{self, ImportedUserPoolResourceServer, UserPoolResourceServer};
use crate::resources::risk_configuration::UserPoolRiskConfigurationAttachment;
use crate::resources::terms::Terms;
use crate::resources::ui_customization::UserPoolUiCustomizationAttachment;
use crate::resources::user::UserPoolUser;
use crate::resources::user_pool::{self, AddedTrigger, FeaturePlan, UserPool};

/// What an item is.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `user_pool ID { … }`.
    UserPool(Box<UserPool>),
    /// `user_pool ID = from_user_pool_id(…)` / `from_user_pool_arn(…)`.
    ImportedUserPool(ImportedUserPool),
    /// A trigger added to a pool after its props (`add_trigger`).
    AddedTrigger(AddedTrigger),
    /// `lambda_function ID { … }`.
    LambdaFunction(Box<LambdaFunction>),
    /// `role ID { … }`.
    Role(Role),
    /// `output ID { … }`.
    Output(Output),
    /// `parameter ID { … }`.
    Parameter(Parameter),
    /// `domain ID { … }` in a `user_pool`, or `user_pool_domain ID { user_pool: …, … }`.
    UserPoolDomain(UserPoolDomain),
    /// `user_pool_domain ID = from_domain_name(…)`.
    ImportedUserPoolDomain(ImportedUserPoolDomain),
    /// `group ID { … }` in a `user_pool`, or `user_pool_group ID { user_pool: …, … }`.
    UserPoolGroup(UserPoolGroup),
    /// `user_pool_group ID = from_group_name(…)`.
    ImportedUserPoolGroup(ImportedUserPoolGroup),
    /// `user_pool_identity_provider_google ID { … }` and the other identity providers.
    UserPoolIdentityProvider(Box<UserPoolIdentityProvider>),
    /// `user_pool_identity_provider ID = from_provider_name(…)`.
    ImportedUserPoolIdentityProvider(ImportedUserPoolIdentityProvider),
    /// `construct ID { items }`: a scope with no resources of its own, which puts its id in
    /// the construct path of the items inside (a CDK `Construct` that groups others).
    Construct,
    /// `user_pool_client ID { … }`, or `client ID { … }` in a `user_pool`.
    UserPoolClient(Box<UserPoolClient>),
    /// `user_pool_client ID = from_user_pool_client_id(…)`.
    ImportedUserPoolClient(ImportedUserPoolClient),
    /// `user_pool_resource_server ID { … }`, or `resource_server ID { … }` in a `user_pool`.
    UserPoolResourceServer(UserPoolResourceServer),
    /// `user_pool_resource_server ID = from_user_pool_resource_server_id(…)`.
    ImportedUserPoolResourceServer(ImportedUserPoolResourceServer),
    /// `identity_pool ID { … }`.
    IdentityPool(Box<IdentityPool>),
    /// `identity_pool ID = from_identity_pool_id(…)` / `from_identity_pool_arn(…)`.
    ImportedIdentityPool(ImportedIdentityPool),
    /// `grant ROLE { actions: [ … ] }` in a `user_pool`: the CDK's `pool.grant(role, …)`.
    Grant(Grant),
    /// `ui_customization ID { … }` in a `user_pool`: `CfnUserPoolUICustomizationAttachment`.
    UserPoolUiCustomizationAttachment(UserPoolUiCustomizationAttachment),
    /// `cfn_resource ID { type, properties }`: the CDK's `new CfnResource(…)`.
    CfnResource(CfnResource),
    /// `risk_configuration ID { … }` in a `user_pool`: `CfnUserPoolRiskConfigurationAttachment`.
    UserPoolRiskConfigurationAttachment(Box<UserPoolRiskConfigurationAttachment>),
    /// `user ID { … }` in a `user_pool`: `CfnUserPoolUser`, and its group memberships.
    UserPoolUser(Box<UserPoolUser>),
    /// `principal_tags ID { … }` in an `identity_pool`: `CfnIdentityPoolPrincipalTag`.
    IdentityPoolPrincipalTag(IdentityPoolPrincipalTag),
    /// `managed_login_branding ID { … }` in a `user_pool`: `CfnManagedLoginBranding`.
    ManagedLoginBranding(ManagedLoginBranding),
    /// `terms ID { … }` in a `user_pool`: `CfnTerms`.
    Terms(Terms),
    /// `log_delivery ID { … }` in a `user_pool`: `CfnLogDeliveryConfiguration`.
    LogDeliveryConfiguration(LogDeliveryConfiguration),
    /// `replica ID { … }` in a `user_pool`: `CfnUserPoolReplica`.
    UserPoolReplica(UserPoolReplica),
    /// `regional_configuration ID { … }` in a `user_pool`:
    /// `CfnUserPoolRegionalConfigurationAttachment`.
    UserPoolRegionalConfigurationAttachment(Box<UserPoolRegionalConfigurationAttachment>),
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
    Grant(Grant),
    CfnResource(CfnResource),
    UserPoolUiCustomizationAttachment(UserPoolUiCustomizationAttachment),
    UserPoolRiskConfigurationAttachment(UserPoolRiskConfigurationAttachment) boxed _,
    UserPoolUser(UserPoolUser) boxed _,
    IdentityPoolPrincipalTag(IdentityPoolPrincipalTag),
    ManagedLoginBranding(ManagedLoginBranding),
    Terms(Terms),
    LogDeliveryConfiguration(LogDeliveryConfiguration),
    UserPoolReplica(UserPoolReplica),
    UserPoolRegionalConfigurationAttachment(UserPoolRegionalConfigurationAttachment) boxed _,
    UserPool(UserPool) boxed _,
    ImportedUserPool(ImportedUserPool),
    AddedTrigger(AddedTrigger),
    LambdaFunction(LambdaFunction) boxed _,
    Role(Role),
    Output(Output),
    Parameter(Parameter),
    UserPoolDomain(UserPoolDomain),
    ImportedUserPoolDomain(ImportedUserPoolDomain),
    UserPoolGroup(UserPoolGroup),
    ImportedUserPoolGroup(ImportedUserPoolGroup),
    UserPoolIdentityProvider(UserPoolIdentityProvider) boxed _,
    ImportedUserPoolIdentityProvider(ImportedUserPoolIdentityProvider),
    UserPoolClient(UserPoolClient) boxed _,
    ImportedUserPoolClient(ImportedUserPoolClient),
    UserPoolResourceServer(UserPoolResourceServer),
    ImportedUserPoolResourceServer(ImportedUserPoolResourceServer),
    IdentityPool(IdentityPool) boxed _,
    ImportedIdentityPool(ImportedIdentityPool),
}

macro_rules! provider_from {
    ($($ty:ty,)*) => {$(
        impl From<$ty> for Item {
            fn from(p: $ty) -> Item {
                Item::UserPoolIdentityProvider(Box::new(p.into()))
            }
        }
    )*};
}

provider_from! {
    UserPoolIdentityProviderGoogle,
    UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderAmazon,
    UserPoolIdentityProviderApple,
    UserPoolIdentityProviderOidc,
    UserPoolIdentityProviderSaml,
}

impl Item {
    /// The keyword that declares this kind of item in `cognito!`.
    pub fn kind(&self) -> &'static str {
        match self {
            Item::UserPool(_) | Item::ImportedUserPool(_) => "user_pool",
            Item::AddedTrigger(_) => "trigger",
            Item::LambdaFunction(_) => "lambda_function",
            Item::Role(_) => "role",
            Item::Output(_) => "output",
            Item::Parameter(_) => "parameter",
            Item::UserPoolDomain(_) | Item::ImportedUserPoolDomain(_) => "user_pool_domain",
            Item::UserPoolGroup(_) | Item::ImportedUserPoolGroup(_) => "user_pool_group",
            Item::UserPoolIdentityProvider(p) => p.kind(),
            Item::ImportedUserPoolIdentityProvider(_) => "user_pool_identity_provider",
            Item::Construct => "construct",
            Item::Grant(_) => "grant",
            Item::UserPoolUiCustomizationAttachment(_) => "ui_customization",
            Item::CfnResource(_) => "cfn_resource",
            Item::UserPoolRiskConfigurationAttachment(_) => "risk_configuration",
            Item::UserPoolUser(_) => "user",
            Item::IdentityPoolPrincipalTag(_) => "principal_tags",
            Item::ManagedLoginBranding(_) => "managed_login_branding",
            Item::Terms(_) => "terms",
            Item::LogDeliveryConfiguration(_) => "log_delivery",
            Item::UserPoolReplica(_) => "replica",
            Item::UserPoolRegionalConfigurationAttachment(_) => "regional_configuration",
            Item::UserPoolClient(_) | Item::ImportedUserPoolClient(_) => "user_pool_client",
            Item::UserPoolResourceServer(_) | Item::ImportedUserPoolResourceServer(_) => {
                "user_pool_resource_server"
            }
            Item::IdentityPool(_) | Item::ImportedIdentityPool(_) => "identity_pool",
        }
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        match self {
            Item::UserPool(p) => user_pool::rules::check(p, cx),
            Item::ImportedUserPool(p) => p.check(cx),
            Item::AddedTrigger(t) => user_pool::rules::check_added_trigger(t, cx),
            Item::LambdaFunction(f) => f.check(cx),
            Item::Role(r) => r.check(cx),
            Item::Output(o) => o.check(cx),
            Item::Parameter(p) => p.check(cx),
            Item::UserPoolDomain(d) => domain::rules::check(d, cx),
            Item::ImportedUserPoolDomain(d) => domain::rules::check_imported(d, cx),
            Item::UserPoolGroup(g) => group::rules::check(g, cx),
            Item::ImportedUserPoolGroup(g) => group::rules::check_imported(g, cx),
            Item::UserPoolIdentityProvider(p) => idp::rules::check(p, cx),
            Item::ImportedUserPoolIdentityProvider(p) => idp::rules::check_imported(p, cx),
            Item::Construct => {}
            Item::Grant(g) => g.check(cx),
            Item::UserPoolUiCustomizationAttachment(u) => u.check(cx),
            Item::CfnResource(r) => r.check(cx),
            Item::UserPoolRiskConfigurationAttachment(r) => r.check(cx),
            Item::UserPoolUser(u) => u.check(cx),
            Item::IdentityPoolPrincipalTag(t) => t.check(cx),
            Item::ManagedLoginBranding(b) => b.check(cx),
            Item::Terms(t) => t.check(cx),
            Item::LogDeliveryConfiguration(l) => l.check(cx),
            Item::UserPoolReplica(r) => r.check(cx),
            Item::UserPoolRegionalConfigurationAttachment(r) => r.check(cx),
            Item::UserPoolClient(c) => client::rules::check(c, cx),
            Item::ImportedUserPoolClient(c) => client::rules::check_imported(c, cx),
            Item::UserPoolResourceServer(r) => resource_server::rules::check(r, cx),
            Item::ImportedUserPoolResourceServer(r) => resource_server::rules::check_imported(r, cx),
            Item::IdentityPool(p) => identity_pool::rules::check(p, cx),
            Item::ImportedIdentityPool(p) => identity_pool::rules::check_imported(p, cx),
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        match self {
            Item::UserPool(p) => p.synth(cx, node),
            Item::AddedTrigger(t) => t.synth(cx, node),
            Item::LambdaFunction(f) => f.synth(cx, node),
            Item::Role(r) => r.synth(cx, node),
            Item::Output(o) => o.synth(cx, node),
            Item::Parameter(p) => p.synth(cx, node),
            Item::UserPoolDomain(d) => d.synth(cx, node),
            Item::UserPoolGroup(g) => g.synth(cx, node),
            Item::UserPoolIdentityProvider(p) => p.synth(cx, node),
            Item::UserPoolClient(c) => c.synth(cx, node),
            Item::UserPoolResourceServer(r) => r.synth(cx, node),
            Item::IdentityPool(p) => p.synth(cx, node),
            Item::UserPoolUiCustomizationAttachment(u) => u.synth(cx, node),
            Item::CfnResource(r) => r.synth(cx, node),
            Item::UserPoolRiskConfigurationAttachment(r) => r.synth(cx, node),
            Item::UserPoolUser(u) => u.synth(cx, node),
            Item::IdentityPoolPrincipalTag(t) => t.synth(cx, node),
            Item::ManagedLoginBranding(b) => b.synth(cx, node),
            Item::Terms(t) => t.synth(cx, node),
            Item::LogDeliveryConfiguration(l) => l.synth(cx, node),
            Item::UserPoolReplica(r) => r.synth(cx, node),
            Item::UserPoolRegionalConfigurationAttachment(r) => r.synth(cx, node),
            Item::ImportedUserPool(_)
            | Item::ImportedUserPoolClient(_)
            | Item::ImportedIdentityPool(_)
            | Item::ImportedUserPoolDomain(_)
            | Item::ImportedUserPoolGroup(_)
            | Item::ImportedUserPoolIdentityProvider(_)
            | Item::ImportedUserPoolResourceServer(_)
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

    /// The setting of this item that the value of `attr` is computed from (its path, as the
    /// item's check names it, and its value), when [`Item::attr`] renders one of the item's
    /// own values: the links a reference cycle runs through (`user_pool p =
    /// from_user_pool_id(p.user_pool_id);`). Every other attribute is the item's own
    /// resource's (`Ref`, `Fn::GetAtt`), which reads no value.
    pub(crate) fn attr_source(&self, attr: &Attr) -> Option<(&'static str, &Value)> {
        let computed = match self {
            Item::ImportedUserPool(_) | Item::ImportedIdentityPool(_) => true,
            Item::ImportedUserPoolDomain(_) => matches!(attr, Attr::DomainName),
            Item::ImportedUserPoolGroup(_) => matches!(attr, Attr::GroupName),
            Item::ImportedUserPoolIdentityProvider(_) => matches!(attr, Attr::ProviderName),
            Item::UserPoolClient(_) => matches!(attr, Attr::UserPoolClientName),
            Item::ImportedUserPoolClient(_) => matches!(attr, Attr::UserPoolClientId),
            Item::ImportedUserPoolResourceServer(_) => matches!(attr, Attr::UserPoolResourceServerId),
            _ => false,
        };
        self.value_setting().filter(|_| computed)
    }

    /// The one setting of this item some of its attributes are computed from (see
    /// [`Item::attr_source`]).
    pub(crate) fn value_setting(&self) -> Option<(&'static str, &Value)> {
        Some(match self {
            Item::ImportedUserPool(ImportedUserPool::FromId(v)) => ("from_user_pool_id", v),
            Item::ImportedUserPool(ImportedUserPool::FromArn(v)) => ("from_user_pool_arn", v),
            Item::ImportedUserPoolDomain(d) => ("from_domain_name", &d.domain_name),
            Item::ImportedUserPoolGroup(g) => ("from_group_name", &g.group_name),
            Item::ImportedUserPoolIdentityProvider(p) => ("from_provider_name", &p.provider_name),
            Item::UserPoolClient(c) => ("user_pool_client_name", c.user_pool_client_name.as_ref()?),
            Item::ImportedUserPoolClient(c) => ("from_user_pool_client_id", &c.user_pool_client_id),
            Item::ImportedUserPoolResourceServer(r) => {
                ("from_user_pool_resource_server_id", &r.user_pool_resource_server_id)
            }
            Item::ImportedIdentityPool(ImportedIdentityPool::FromId(v)) => ("from_identity_pool_id", v),
            Item::ImportedIdentityPool(ImportedIdentityPool::FromArn(v)) => ("from_identity_pool_arn", v),
            _ => return None,
        })
    }

    /// The value of one of the item's attributes (`None` when it has no such attribute).
    pub(crate) fn attr(&self, cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
        let resource = || cx.logical_id(node, &["Resource"]);
        match (self, attr) {
            (Item::UserPool(_), _) => user_pool::pool_attr(cx, node, attr),
            (Item::ImportedUserPool(p), _) => p.attr(cx, node, attr),
            (Item::LambdaFunction(_), Attr::FunctionArn) => Some(get_att(&resource(), "Arn")),
            (Item::LambdaFunction(_), Attr::FunctionName) => Some(reference(&resource())),
            (Item::Role(_), Attr::RoleArn) => Some(get_att(&resource(), "Arn")),
            (Item::Role(_), Attr::RoleName) => Some(reference(&resource())),
            (Item::Parameter(_), Attr::ValueAsString) => Some(reference(&cx.logical_id(node, &[]))),
            (Item::UserPoolDomain(d), _) => domain::domain_attr(d, cx, node, attr),
            (Item::ImportedUserPoolDomain(d), Attr::DomainName) => Some(cx.value(&d.domain_name)),
            (Item::UserPoolGroup(_), Attr::GroupName) => Some(reference(&resource())),
            (Item::ImportedUserPoolGroup(g), Attr::GroupName) => Some(cx.value(&g.group_name)),
            (Item::ImportedUserPoolIdentityProvider(p), Attr::ProviderName) => {
                Some(cx.value(&p.provider_name))
            }
            (Item::UserPoolIdentityProvider(_), _) => idp::idp_attr(cx, node, attr),
            (Item::UserPoolClient(c), _) => client::client_attr(cx, node, c, attr),
            (Item::ImportedUserPoolClient(c), _) => c.attr(cx, attr),
            (Item::UserPoolResourceServer(_), _) => resource_server::resource_server_attr(cx, node, attr),
            (Item::ImportedUserPoolResourceServer(r), Attr::UserPoolResourceServerId) => {
                Some(cx.value(&r.user_pool_resource_server_id))
            }
            (Item::IdentityPool(_), _) => identity_pool::identity_pool_attr(cx, node, attr),
            (Item::ImportedIdentityPool(p), _) => p.attr(cx, attr),
            _ => None,
        }
    }

    /// Checks that `attr` exists on this item (and the references inside it).
    pub(crate) fn check_attr(&self, cx: &mut Check, path: &str, attr: &Attr) -> Result<(), String> {
        let ok = match self {
            Item::UserPoolClient(c) => {
                return client::rules::check_client_attr(Some(c), cx, path, attr);
            }
            Item::ImportedUserPoolClient(_) => {
                return client::rules::check_client_attr(None, cx, path, attr);
            }
            Item::UserPoolResourceServer(_) | Item::ImportedUserPoolResourceServer(_) => {
                matches!(attr, Attr::UserPoolResourceServerId)
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
            Item::UserPoolDomain(_) => match attr {
                Attr::SignInUrl(s) => return domain::rules::check_sign_in_url(s, cx, path),
                _ => matches!(attr, Attr::DomainName | Attr::CloudFrontEndpoint | Attr::BaseUrl { .. }),
            },
            Item::ImportedUserPoolDomain(_) => matches!(attr, Attr::DomainName),
            Item::UserPoolGroup(_) | Item::ImportedUserPoolGroup(_) => matches!(attr, Attr::GroupName),
            Item::UserPoolIdentityProvider(_) | Item::ImportedUserPoolIdentityProvider(_) => {
                matches!(attr, Attr::ProviderName)
            }
            Item::IdentityPool(_) => {
                matches!(attr, Attr::IdentityPoolId | Attr::IdentityPoolArn | Attr::IdentityPoolName)
            }
            Item::ImportedIdentityPool(_) => matches!(attr, Attr::IdentityPoolId | Attr::IdentityPoolArn),
            Item::AddedTrigger(_)
            | Item::Output(_)
            | Item::Construct
            | Item::Grant(_)
            | Item::UserPoolUiCustomizationAttachment(_)
            | Item::UserPoolRiskConfigurationAttachment(_)
            | Item::UserPoolUser(_)
            | Item::IdentityPoolPrincipalTag(_)
            | Item::ManagedLoginBranding(_)
            | Item::Terms(_)
            | Item::LogDeliveryConfiguration(_)
            | Item::UserPoolReplica(_)
            | Item::UserPoolRegionalConfigurationAttachment(_)
            | Item::CfnResource(_) => false,
        };
        if ok {
            return Ok(());
        }
        let hint = match (self, attr) {
            (Item::ImportedUserPool(_), Attr::UserPoolProviderUrl) => {
                "; an imported pool has no provider URL (the CDK's `IUserPool` does not expose it)"
            }
            (
                Item::ImportedUserPoolDomain(_),
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
            Item::UserPoolIdentityProvider(p) => idp::registered(p, cx, node),
            Item::UserPool(_)
            | Item::ImportedUserPool(_)
            | Item::AddedTrigger(_)
            | Item::LambdaFunction(_)
            | Item::Role(_)
            | Item::Output(_)
            | Item::Parameter(_)
            | Item::UserPoolClient(_)
            | Item::ImportedUserPoolClient(_)
            | Item::UserPoolResourceServer(_)
            | Item::UserPoolDomain(_)
            | Item::ImportedUserPoolDomain(_)
            | Item::UserPoolGroup(_)
            | Item::ImportedUserPoolGroup(_)
            | Item::ImportedUserPoolIdentityProvider(_)
            | Item::ImportedUserPoolResourceServer(_)
            | Item::IdentityPool(_)
            | Item::ImportedIdentityPool(_)
            | Item::Construct
            | Item::Grant(_)
            | Item::UserPoolUiCustomizationAttachment(_)
            | Item::UserPoolRiskConfigurationAttachment(_)
            | Item::UserPoolUser(_)
            | Item::IdentityPoolPrincipalTag(_)
            | Item::ManagedLoginBranding(_)
            | Item::Terms(_)
            | Item::LogDeliveryConfiguration(_)
            | Item::UserPoolReplica(_)
            | Item::UserPoolRegionalConfigurationAttachment(_)
            | Item::CfnResource(_) => None,
        }
    }

    /// The items this item's resources wait for without a `depends_on`, as the CDK's
    /// constructs call `node.addDependency` themselves: an identity pool waits for the pool
    /// and the app client of each user pool provider.
    pub(crate) fn implied_dependencies(&self, facts: &dyn Facts, node: NodeId) -> Vec<NodeId> {
        match self {
            Item::IdentityPool(p) => identity_pool::dependencies(p, facts, node),
            _ => Vec::new(),
        }
    }
}

/// What the other items may ask of this one (see `context::facts`).
impl Item {
    /// The props, for a resource reading an item of its own kind.
    pub(crate) fn any(&self) -> Option<&dyn Any> {
        Some(match self {
            Item::UserPool(p) => &**p,
            Item::ImportedUserPool(p) => p,
            Item::AddedTrigger(t) => t,
            Item::LambdaFunction(f) => &**f,
            Item::Role(r) => r,
            Item::Output(o) => o,
            Item::Parameter(p) => p,
            Item::UserPoolDomain(d) => d,
            Item::ImportedUserPoolDomain(d) => d,
            Item::UserPoolGroup(g) => g,
            Item::ImportedUserPoolGroup(g) => g,
            Item::UserPoolIdentityProvider(p) => &**p,
            Item::ImportedUserPoolIdentityProvider(p) => p,
            Item::Construct => return None,
            Item::UserPoolClient(c) => &**c,
            Item::ImportedUserPoolClient(c) => c,
            Item::UserPoolResourceServer(r) => r,
            Item::ImportedUserPoolResourceServer(r) => r,
            Item::IdentityPool(p) => &**p,
            Item::ImportedIdentityPool(p) => p,
            Item::Grant(g) => g,
            Item::UserPoolUiCustomizationAttachment(u) => u,
            Item::CfnResource(r) => r,
            Item::UserPoolRiskConfigurationAttachment(r) => &**r,
            Item::UserPoolUser(u) => &**u,
            Item::IdentityPoolPrincipalTag(t) => t,
            Item::ManagedLoginBranding(b) => b,
            Item::Terms(t) => t,
            Item::LogDeliveryConfiguration(l) => l,
            Item::UserPoolReplica(r) => r,
            Item::UserPoolRegionalConfigurationAttachment(r) => &**r,
        })
    }

    /// The statement a grant at `node` gives `grantee`, when it names it.
    pub(crate) fn grant_statement(&self, cx: &Synth, node: NodeId, grantee: NodeId) -> Option<Json> {
        let Item::Grant(grant) = self else { return None };
        grant.statement(cx, cx.facts.parent(node)?, grantee)
    }

    /// An identity provider's pool and name.
    pub(crate) fn identity_provider(&self, facts: &dyn Facts, node: NodeId) -> Option<ProviderFacts> {
        let Item::UserPoolIdentityProvider(p) = self else { return None };
        Some(idp::provider_facts(p, facts, node))
    }

    /// The custom attributes a created pool declares.
    pub(crate) fn custom_attributes(&self) -> Option<Vec<&str>> {
        let Item::UserPool(p) = self else { return None };
        Some(p.custom_attribute_names())
    }

    /// A created resource server's pool and scopes.
    pub(crate) fn resource_server(&self, facts: &dyn Facts, node: NodeId) -> Option<ResourceServerFacts<'_>> {
        let Item::UserPoolResourceServer(rs) = self else { return None };
        Some(resource_server::server_facts(facts, node, rs))
    }

    /// A created app client's sign-in flows.
    pub(crate) fn sign_in_flows(&self) -> Option<SignInFlows> {
        let Item::UserPoolClient(c) = self else { return None };
        Some(c.sign_in_flows())
    }

    /// For an item the CDK has only as a `Cfn*` class (props from a `define_cfn_props!`
    /// table, which names each field's property): the map from a place in its resource's
    /// properties to the setting that writes it. `None` for the other items, whose Cognito
    /// resources their hand-written rules cover.
    pub(crate) fn cfn_fields(&self) -> Option<FieldOf> {
        match self {
            Item::UserPoolUiCustomizationAttachment(_) => {
                Some(<UserPoolUiCustomizationAttachment as CfnPath>::field_of)
            }
            Item::ManagedLoginBranding(_) => Some(<ManagedLoginBranding as CfnPath>::field_of),
            Item::Terms(_) => Some(<Terms as CfnPath>::field_of),
            Item::LogDeliveryConfiguration(_) => Some(<LogDeliveryConfiguration as CfnPath>::field_of),
            Item::UserPoolReplica(_) => Some(<UserPoolReplica as CfnPath>::field_of),
            Item::UserPoolRegionalConfigurationAttachment(_) => {
                Some(<UserPoolRegionalConfigurationAttachment as CfnPath>::field_of)
            }
            Item::CfnResource(_) => Some(CfnResource::field_of),
            Item::UserPoolRiskConfigurationAttachment(_) => {
                Some(<UserPoolRiskConfigurationAttachment as CfnPath>::field_of)
            }
            Item::UserPoolUser(_) => Some(<UserPoolUser as CfnPath>::field_of),
            Item::IdentityPoolPrincipalTag(_) => Some(<IdentityPoolPrincipalTag as CfnPath>::field_of),
            _ => None,
        }
    }

    /// Where the item's main resource is below it (its `node.defaultChild`, which the CDK's
    /// `addOverride` escape hatch reaches): `Resource` for the CDK's L2 constructs, the item
    /// itself for an item the CDK has only as a `Cfn*` class and for a `cfn_resource`; `None`
    /// for an item with no resource of its own (an output, an import, a construct).
    pub(crate) fn main_resource(&self) -> Option<&'static [&'static str]> {
        match self {
            Item::UserPool(_)
            | Item::LambdaFunction(_)
            | Item::Role(_)
            | Item::UserPoolDomain(_)
            | Item::UserPoolGroup(_)
            | Item::UserPoolIdentityProvider(_)
            | Item::UserPoolClient(_)
            | Item::UserPoolResourceServer(_)
            | Item::IdentityPool(_) => Some(&["Resource"]),
            _ if self.cfn_fields().is_some() => Some(&[]),
            _ => None,
        }
    }

    /// Whether the item's resources are the CDK's L1 classes, whose render cdk-nag reads
    /// and `Tags.of` tags: every item's but a `cfn_resource`'s (a bare `CfnResource`).
    pub(crate) fn is_typed(&self) -> bool {
        !matches!(self, Item::CfnResource(_))
    }

    /// An imported app client's id.
    pub(crate) fn imported_client_id(&self) -> Option<&Value> {
        let Item::ImportedUserPoolClient(c) = self else { return None };
        Some(&c.user_pool_client_id)
    }

    /// A created app client's user pool: the one its `user_pool` names, or its parent.
    pub(crate) fn client_pool(&self, facts: &dyn Facts, node: NodeId) -> Option<NodeId> {
        let Item::UserPoolClient(c) = self else { return None };
        pool_of(facts, node, c.user_pool.as_ref())
    }

    /// A created domain's user pool: the one its `user_pool` names, or its parent.
    pub(crate) fn domain_pool(&self, facts: &dyn Facts, node: NodeId) -> Option<NodeId> {
        let Item::UserPoolDomain(d) = self else { return None };
        pool_of(facts, node, d.user_pool.as_ref())
    }

    /// How a created user pool's users sign in.
    pub(crate) fn pool_users(&self) -> Option<PoolUsers> {
        let Item::UserPool(p) = self else { return None };
        Some(p.users())
    }

    /// Whether a created user pool has threat protection on.
    pub(crate) fn threat_protection(&self) -> Option<bool> {
        let Item::UserPool(p) = self else { return None };
        Some(p.threat_protection_on())
    }

    /// A created group's user pool: the one its `user_pool` names, or its parent.
    pub(crate) fn group_pool(&self, facts: &dyn Facts, node: NodeId) -> Option<NodeId> {
        let Item::UserPoolGroup(g) = self else { return None };
        pool_of(facts, node, g.user_pool.as_ref())
    }

    /// The providers a created identity pool accepts.
    pub(crate) fn login_providers(&self, facts: &dyn Facts) -> Option<LoginProviders> {
        let Item::IdentityPool(p) = self else { return None };
        Some(identity_pool::login_providers(p, facts))
    }

    /// A created user pool's feature plan as CloudFormation spells it: the one it sets, or
    /// Cognito's default for a new pool (`ESSENTIALS`).
    pub(crate) fn feature_plan(&self) -> Option<&'static str> {
        let Item::UserPool(p) = self else { return None };
        let plan = p.feature_plan.unwrap_or(FeaturePlan::Essentials);
        FeaturePlan::MEMBERS.iter().find(|(_, _, m)| *m == plan).map(|(cdk, _, _)| *cdk)
    }

    /// Whether a created domain serves managed login (`NEWER_MANAGED_LOGIN`).
    pub(crate) fn serves_managed_login(&self) -> Option<bool> {
        let Item::UserPoolDomain(d) = self else { return None };
        Some(d.managed_login_version == Some(ManagedLoginVersion::NewerManagedLogin))
    }

    /// The app client a managed login branding names, when it resolves.
    pub(crate) fn branded_client(&self, facts: &dyn Facts) -> Option<Option<NodeId>> {
        let Item::ManagedLoginBranding(b) = self else { return None };
        Some(b.client.as_ref().and_then(|c| facts.resolve(&c.0)))
    }

    /// The Region a user pool is in, when known: the stack's for a created one, the one an
    /// imported one's id or ARN names.
    pub(crate) fn pool_region(&self, facts: &dyn Facts) -> Option<String> {
        match self {
            Item::UserPool(_) => facts.env().region.clone(),
            Item::ImportedUserPool(p) => p.region().map(str::to_owned),
            _ => None,
        }
    }

    /// Whether the item is a user pool created in the stack (not imported).
    pub(crate) fn is_created_pool(&self) -> bool {
        matches!(self, Item::UserPool(_))
    }

    /// Whether the item takes the construct id `id` for one of its own children (a pool's
    /// `Resource`, `smsRole`, trigger permissions), so no item may be added under it with it.
    pub(crate) fn reserves_child_id(&self, id: &str) -> bool {
        match self {
            Item::UserPool(pool) => user_pool::reserves_child_id(pool, id),
            _ => false,
        }
    }
}
