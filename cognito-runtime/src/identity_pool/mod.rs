//! `IdentityPool`: the props of the AWS CDK's `aws_cognito_identitypool.IdentityPool`
//! (`AWS::Cognito::IdentityPool`, its default roles and its
//! `AWS::Cognito::IdentityPoolRoleAttachment`), `UserPoolAuthenticationProvider`, role
//! mappings, and identity pools imported with `fromIdentityPoolId` / `fromIdentityPoolArn`.
//!
//! Field names are the CDK's props in snake_case; `None` means "not given".

mod render;
pub(crate) mod rules;

pub(crate) use render::{dependencies, identity_pool_attr};

use crate::client::UserPoolClient;
use crate::items::Item;
use crate::stack::{Index, NodeId, Stack};
use crate::user_pool::Arn;
use crate::value::{ItemRef, Value};

/// The construct id of the app client a `UserPoolAuthenticationProvider` without
/// `user_pool_client` adds to its pool (`userPool.addClient('UserPoolAuthenticationProviderClient')`).
pub const PROVIDER_CLIENT_ID: &str = "UserPoolAuthenticationProviderClient";

/// The props of an identity pool.
///
/// Without `authenticated_role` / `unauthenticated_role` the pool creates its default roles
/// (`AuthenticatedRole`, `UnauthenticatedRole`), which identities of this pool may assume;
/// the roles go into the pool's `DefaultRoleAttachment`.
///
/// ```
/// use cognito_runtime::*;
///
/// let mut stack = Stack::new("Stack");
/// let pool = stack.add("Pool", UserPool::default());
/// stack.add("IdentityPool", IdentityPool {
///     authentication_providers: Some(IdentityPoolAuthenticationProviders {
///         user_pools: Some(vec![UserPoolAuthenticationProvider::new(pool)]),
///         ..IdentityPoolAuthenticationProviders::default()
///     }),
///     ..IdentityPool::default()
/// });
/// let template = stack.synth()?;
/// // The provider added an app client to the pool, as the CDK's does.
/// assert!(template["Resources"]["PoolUserPoolAuthenticationProviderClient20F2FFC4"].is_object());
/// # Ok::<(), cognito_runtime::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPool {
    /// `identityPoolName` (CloudFormation generates a name when it is not given).
    pub identity_pool_name: Option<Value>,
    /// `allowUnauthenticatedIdentities` (default false).
    pub allow_unauthenticated_identities: Option<bool>,
    /// `allowClassicFlow`.
    pub allow_classic_flow: Option<bool>,
    /// `authenticatedRole`: a `role` item or a role ARN (default: a role the pool creates).
    pub authenticated_role: Option<Arn>,
    /// `unauthenticatedRole`: a `role` item or a role ARN (default: a role the pool creates).
    pub unauthenticated_role: Option<Arn>,
    /// `roleMappings`: how identities of each provider get their role.
    pub role_mappings: Option<Vec<IdentityPoolRoleMapping>>,
    /// `authenticationProviders`.
    pub authentication_providers: Option<IdentityPoolAuthenticationProviders>,
}

/// `IdentityPoolAuthenticationProviders`: who may sign in to the identity pool.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolAuthenticationProviders {
    /// `amazon`: Login with Amazon (`www.amazon.com`).
    pub amazon: Option<IdentityPoolAmazonLoginProvider>,
    /// `facebook` (`graph.facebook.com`).
    pub facebook: Option<IdentityPoolFacebookLoginProvider>,
    /// `google` (`accounts.google.com`).
    pub google: Option<IdentityPoolGoogleLoginProvider>,
    /// `apple`: Sign in with Apple (`appleid.apple.com`).
    pub apple: Option<IdentityPoolAppleLoginProvider>,
    /// `twitter` (`api.twitter.com`).
    pub twitter: Option<IdentityPoolTwitterLoginProvider>,
    /// `customProvider`: the developer provider name (`DeveloperProviderName`).
    pub custom_provider: Option<Value>,
    /// `openIdConnectProviders`: the ARNs of IAM OpenID Connect providers.
    pub open_id_connect_providers: Option<Vec<Value>>,
    /// `samlProviders`: the ARNs of IAM SAML providers.
    pub saml_providers: Option<Vec<Value>>,
    /// `userPools`: Cognito user pools and their app clients.
    pub user_pools: Option<Vec<UserPoolAuthenticationProvider>>,
}

/// `IdentityPoolAmazonLoginProvider`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolAmazonLoginProvider {
    /// `appId`.
    pub app_id: Value,
}

/// `IdentityPoolFacebookLoginProvider`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolFacebookLoginProvider {
    /// `appId`.
    pub app_id: Value,
}

/// `IdentityPoolGoogleLoginProvider`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolGoogleLoginProvider {
    /// `clientId`.
    pub client_id: Value,
}

/// `IdentityPoolAppleLoginProvider`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolAppleLoginProvider {
    /// `servicesId`.
    pub services_id: Value,
}

/// `IdentityPoolTwitterLoginProvider`: rendered `"<consumer_key>;<consumer_secret>"`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolTwitterLoginProvider {
    /// `consumerKey`.
    pub consumer_key: Value,
    /// `consumerSecret`.
    pub consumer_secret: Value,
}

/// `UserPoolAuthenticationProvider`: a user pool and the app client identities sign in with.
/// Without `user_pool_client` the provider adds a client with every default to the pool, at
/// `<pool>/UserPoolAuthenticationProviderClient` ([`Stack::add_provider_clients`]). The
/// identity pool's resources wait for the pool (and everything in it) and the client.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolAuthenticationProvider {
    /// `userPool`: a `user_pool` item, created or imported.
    pub user_pool: ItemRef,
    /// `userPoolClient`: a `user_pool_client` item, created or imported.
    pub user_pool_client: Option<ItemRef>,
    /// `disableServerSideTokenCheck` (default false).
    pub disable_server_side_token_check: Option<bool>,
}

impl UserPoolAuthenticationProvider {
    /// A provider for `user_pool` with an automatic client.
    pub fn new(user_pool: impl Into<ItemRef>) -> UserPoolAuthenticationProvider {
        UserPoolAuthenticationProvider {
            user_pool: user_pool.into(),
            ..UserPoolAuthenticationProvider::default()
        }
    }
}

/// `IdentityPoolRoleMapping`: the role of the identities of one provider.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentityPoolRoleMapping {
    /// `providerUrl`: the provider.
    pub provider_url: IdentityPoolProviderUrl,
    /// `mappingKey`: the key of the mapping in `RoleMappings` (default: the provider URL,
    /// which must then be a literal).
    pub mapping_key: Option<String>,
    /// `useToken`: take the role from the token's `cognito:preferred_role` (default false:
    /// use `rules`).
    pub use_token: Option<bool>,
    /// `resolveAmbiguousRoles`: give the authenticated role when no rule matches (default
    /// false: deny).
    pub resolve_ambiguous_roles: Option<bool>,
    /// `rules`: required unless `use_token`.
    pub rules: Option<Vec<RoleMappingRule>>,
}

/// `RoleMappingRule`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleMappingRule {
    /// `claim`: the token claim to match.
    pub claim: Value,
    /// `claimValue`: the value the claim is matched against.
    pub claim_value: Value,
    /// `mappedRole`: a `role` item or a role ARN.
    pub mapped_role: Arn,
    /// `matchType` (default `EQUALS`).
    pub match_type: Option<RoleMappingMatchType>,
}

/// `RoleMappingMatchType`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoleMappingMatchType {
    /// `EQUALS` → `Equals`.
    #[default]
    Equals,
    /// `CONTAINS` → `Contains`.
    Contains,
    /// `STARTS_WITH` → `StartsWith`.
    StartsWith,
    /// `NOTEQUAL` → `NotEqual`.
    NotEqual,
}

impl RoleMappingMatchType {
    /// The value CloudFormation takes.
    pub fn name(self) -> &'static str {
        match self {
            RoleMappingMatchType::Equals => "Equals",
            RoleMappingMatchType::Contains => "Contains",
            RoleMappingMatchType::StartsWith => "StartsWith",
            RoleMappingMatchType::NotEqual => "NotEqual",
        }
    }
}

/// `IdentityPoolProviderUrl`: the provider a role mapping is for.
#[derive(Clone, Debug, PartialEq)]
pub enum IdentityPoolProviderUrl {
    /// `FACEBOOK`: `graph.facebook.com`.
    Facebook,
    /// `GOOGLE`: `accounts.google.com`.
    Google,
    /// `AMAZON`: `www.amazon.com`.
    Amazon,
    /// `APPLE`: `appleid.apple.com`.
    Apple,
    /// `TWITTER`: `api.twitter.com`.
    Twitter,
    /// `openId(url)`: an OpenID Connect provider, by its URL without `https://`.
    OpenId(Value),
    /// `saml(url)`: a SAML provider, by its ARN.
    Saml(Value),
    /// `custom(url)`: any provider name.
    Custom(Value),
    /// `userPool(pool, client)`: `<pool provider name>:<client id>`. Without a client, the
    /// client of this identity pool's provider for `user_pool` (the automatic one included).
    UserPool {
        /// The `user_pool` item.
        user_pool: ItemRef,
        /// The `user_pool_client` item.
        user_pool_client: Option<ItemRef>,
    },
}

/// An empty `custom("")`, which the rules reject (a placeholder while a value is built).
impl Default for IdentityPoolProviderUrl {
    fn default() -> IdentityPoolProviderUrl {
        IdentityPoolProviderUrl::Custom(Value::default())
    }
}

impl IdentityPoolProviderUrl {
    /// The URL of a fixed provider (`www.amazon.com`), `None` for the others.
    pub fn fixed_url(&self) -> Option<&'static str> {
        Some(match self {
            IdentityPoolProviderUrl::Facebook => "graph.facebook.com",
            IdentityPoolProviderUrl::Google => "accounts.google.com",
            IdentityPoolProviderUrl::Amazon => "www.amazon.com",
            IdentityPoolProviderUrl::Apple => "appleid.apple.com",
            IdentityPoolProviderUrl::Twitter => "api.twitter.com",
            _ => return None,
        })
    }

    /// The URL when it is a literal (`None` for a user pool's, which is resolved at deploy
    /// time, and for CloudFormation values).
    pub fn literal(&self) -> Option<&str> {
        match self {
            IdentityPoolProviderUrl::OpenId(v)
            | IdentityPoolProviderUrl::Saml(v)
            | IdentityPoolProviderUrl::Custom(v) => v.literal(),
            IdentityPoolProviderUrl::UserPool { .. } => None,
            fixed => fixed.fixed_url(),
        }
    }
}

/// How an identity pool was imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportedIdentityPool {
    /// `from_identity_pool_id("us-east-1:1234abcd-…")`.
    FromId(Value),
    /// `from_identity_pool_arn("arn:aws:cognito-identity:…:identitypool/us-east-1:1234abcd-…")`.
    FromArn(Value),
}

impl Default for ImportedIdentityPool {
    fn default() -> ImportedIdentityPool {
        ImportedIdentityPool::FromId(Value::default())
    }
}

impl IdentityPool {
    /// The user pool providers, in order.
    pub(crate) fn user_pool_providers(&self) -> &[UserPoolAuthenticationProvider] {
        self.authentication_providers.as_ref().and_then(|a| a.user_pools.as_deref()).unwrap_or_default()
    }
}

/// The position of `r` when it names a user pool (created or imported), found by name as
/// `Stack::check` finds it (the first item declared with the name).
fn user_pool_node(stack: &Stack, r: &ItemRef) -> Option<NodeId> {
    let node = match r {
        ItemRef::Name(n) => stack.find(n)?,
        ItemRef::Node(n) => *n,
    };
    matches!(stack.node(node)?.item, Item::UserPool(_) | Item::ImportedUserPool(_)).then_some(node)
}

/// The app clients the identity pool at `identity_pool` created under `pool`, in order: all
/// after it, as it adds them once it is added.
fn created_clients(stack: &Stack, identity_pool: NodeId, pool: NodeId) -> Vec<NodeId> {
    let after = stack.nodes().iter().enumerate().skip(identity_pool.0.saturating_add(1));
    after
        .filter(|(_, n)| n.created_by == Some(identity_pool) && n.parent == Some(pool))
        .map(|(i, _)| NodeId(i))
        .collect()
}

/// The automatic client of provider `position` of the identity pool at `identity_pool`: the
/// k-th client it created under the provider's pool, for the k-th provider of that pool
/// without a client. Looked up in the pass's index: every rule asks for it.
pub(crate) fn automatic_client(
    stack: &Stack,
    index: &Index,
    identity_pool: NodeId,
    position: usize,
) -> Option<NodeId> {
    let Item::IdentityPool(p) = &stack.node(identity_pool)?.item else { return None };
    let providers = p.user_pool_providers();
    let provider = providers.get(position)?;
    if provider.user_pool_client.is_some() {
        return None;
    }
    let pool_of = |r: &ItemRef| {
        index.resolve(stack, r).filter(|n| {
            matches!(stack.node(*n).map(|n| &n.item), Some(Item::UserPool(_) | Item::ImportedUserPool(_)))
        })
    };
    let pool = pool_of(&provider.user_pool)?;
    let rank = providers[..position]
        .iter()
        .filter(|q| q.user_pool_client.is_none() && pool_of(&q.user_pool) == Some(pool))
        .count();
    let created = index.created_by(identity_pool).iter().copied();
    created.filter(|c| stack.node(*c).is_some_and(|n| n.parent == Some(pool))).nth(rank)
}

impl Stack {
    /// Adds to its pool the app client of every `UserPoolAuthenticationProvider` of the
    /// identity pool at `identity_pool` that names no `user_pool_client`, as the CDK's
    /// provider does when it is constructed: `UserPoolAuthenticationProviderClient`, with
    /// every client default. [`Stack::add_node`] calls it; call it again after replacing an
    /// identity pool's props (clients already added are kept). Returns the provider index and
    /// the node of each client added. A provider whose pool is not declared yet gets none
    /// (the rules report it).
    pub fn add_provider_clients(&mut self, identity_pool: NodeId) -> Vec<(usize, NodeId)> {
        let Some(Item::IdentityPool(p)) = self.node(identity_pool).map(|n| &n.item) else {
            return Vec::new();
        };
        let wanted: Vec<(usize, NodeId)> = p
            .user_pool_providers()
            .iter()
            .enumerate()
            .filter(|(_, q)| q.user_pool_client.is_none())
            .filter_map(|(i, q)| user_pool_node(self, &q.user_pool).map(|pool| (i, pool)))
            .collect();
        let mut added = Vec::new();
        for (k, &(index, pool)) in wanted.iter().enumerate() {
            let rank = wanted[..k].iter().filter(|(_, other)| *other == pool).count();
            if created_clients(self, identity_pool, pool).len() > rank {
                continue;
            }
            let client = self.add_node(Some(pool), PROVIDER_CLIENT_ID, None, UserPoolClient::default());
            self.set_created_by(client, identity_pool);
            added.push((index, client));
        }
        added
    }
}
