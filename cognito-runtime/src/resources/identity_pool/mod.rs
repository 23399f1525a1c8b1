//! `IdentityPool`: the props of the AWS CDK's `aws_cognito_identitypool.IdentityPool`
//! (`AWS::Cognito::IdentityPool`, its default roles and its
//! `AWS::Cognito::IdentityPoolRoleAttachment`), `UserPoolAuthenticationProvider`, role
//! mappings, and identity pools imported with `fromIdentityPoolId` / `fromIdentityPoolArn`.
//!
//! Field names are the CDK's props in snake_case; `None` means "not given".

mod render;
pub(crate) mod rules;
mod statements;

pub(crate) use render::{dependencies, identity_pool_attr};

use crate::context::facts::{Facts, LoginProviders};
use crate::core::arn::Arn;
use crate::core::node::NodeId;
use crate::core::policy::ConditionValue;
use crate::core::value::{ItemRef, Value};

/// The construct id of the app client a `UserPoolAuthenticationProvider` without
/// `user_pool_client` adds to its pool (`userPool.addClient('UserPoolAuthenticationProviderClient')`).
pub const PROVIDER_CLIENT_ID: &str = "UserPoolAuthenticationProviderClient";

/// The props table of `identity_pool` and of the blocks inside it: the single source of their
/// fields (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __identity_pool_props {
    ($cb:path) => {
        $cb! {
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
        pub struct IdentityPool "identity_pool" {
            /// `identityPoolName` (CloudFormation generates a name when it is not given).
            identity_pool_name: Option<Value>,
            /// `allowUnauthenticatedIdentities` (default false).
            allow_unauthenticated_identities: Option<bool>,
            /// `allowClassicFlow`.
            allow_classic_flow: Option<bool>,
            /// `authenticatedRole`: a `role` item or a role ARN (default: a role the pool creates).
            authenticated_role: Option<Arn>,
            /// `unauthenticatedRole`: a `role` item or a role ARN (default: a role the pool creates).
            unauthenticated_role: Option<Arn>,
            /// `roleMappings`: how identities of each provider get their role.
            role_mappings: Option<Vec<IdentityPoolRoleMapping>>,
            /// `authenticationProviders`.
            authentication_providers: Option<IdentityPoolAuthenticationProviders>,
            /// Statements for the default authenticated role (no `authenticated_role`), each added
            /// as `identityPool.authenticatedRole.addToPrincipalPolicy(new PolicyStatement(…))`
            /// adds it: in the role's `DefaultPolicy`.
            authenticated_role_statements: Option<Vec<PolicyStatement>>,
            /// Statements for the default unauthenticated role (no `unauthenticated_role`), as
            /// `identityPool.unauthenticatedRole.addToPrincipalPolicy(…)` adds them.
            unauthenticated_role_statements: Option<Vec<PolicyStatement>>,
        }

        /// `PolicyStatementProps`: a statement of an identity-based policy.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct PolicyStatement "policy statement" {
            /// `effect` (default `ALLOW`).
            effect: Option<Effect>,
            /// `actions`: IAM actions, `service:Action` (`*` wildcards allowed).
            [required] actions: Vec<String>,
            /// `resources`: what the actions apply to; a policy variable such as
            /// `${cognito-identity.amazonaws.com:sub}` is kept as written, for IAM to resolve.
            [required] resources: Vec<Value>,
            /// `conditions`: operator → condition key → a value or a list, in the order written.
            conditions: Option<Vec<(String, Vec<(String, ConditionValue)>)>>,
        }

        /// `Effect`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum Effect "Effect" {
            /// `ALLOW` → `Allow`.
            #[default]
            Allow = ALLOW,
            /// `DENY` → `Deny`.
            Deny = DENY,
        }

        /// `IdentityPoolAuthenticationProviders`: who may sign in to the identity pool.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolAuthenticationProviders "authentication_providers" {
            /// `amazon`: Login with Amazon (`www.amazon.com`).
            amazon: Option<IdentityPoolAmazonLoginProvider>,
            /// `facebook` (`graph.facebook.com`).
            facebook: Option<IdentityPoolFacebookLoginProvider>,
            /// `google` (`accounts.google.com`).
            google: Option<IdentityPoolGoogleLoginProvider>,
            /// `apple`: Sign in with Apple (`appleid.apple.com`).
            apple: Option<IdentityPoolAppleLoginProvider>,
            /// `twitter` (`api.twitter.com`).
            twitter: Option<IdentityPoolTwitterLoginProvider>,
            /// `customProvider`: the developer provider name (`DeveloperProviderName`).
            custom_provider: Option<Value>,
            /// `openIdConnectProviders`: the ARNs of IAM OpenID Connect providers.
            open_id_connect_providers: Option<Vec<Value>>,
            /// `samlProviders`: the ARNs of IAM SAML providers.
            saml_providers: Option<Vec<Value>>,
            /// `userPools`: Cognito user pools and their app clients.
            user_pools: Option<Vec<UserPoolAuthenticationProvider>> => user_pool_providers,
        }

        /// `IdentityPoolAmazonLoginProvider`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolAmazonLoginProvider "amazon" {
            /// `appId`.
            [required] app_id: Value,
        }

        /// `IdentityPoolFacebookLoginProvider`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolFacebookLoginProvider "facebook" {
            /// `appId`.
            [required] app_id: Value,
        }

        /// `IdentityPoolGoogleLoginProvider`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolGoogleLoginProvider "google" {
            /// `clientId`.
            [required] client_id: Value,
        }

        /// `IdentityPoolAppleLoginProvider`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolAppleLoginProvider "apple" {
            /// `servicesId`.
            [required] services_id: Value,
        }

        /// `IdentityPoolTwitterLoginProvider`: rendered `"<consumer_key>;<consumer_secret>"`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolTwitterLoginProvider "twitter" {
            /// `consumerKey`.
            [required] consumer_key: Value,
            /// `consumerSecret`.
            [required] consumer_secret: Value,
        }

        /// `UserPoolAuthenticationProvider`: a user pool and the app client identities sign in with.
        /// Without `user_pool_client` the provider adds a client with every default to the pool, at
        /// `<pool>/UserPoolAuthenticationProviderClient`
        /// ([`Stack::add_provider_clients`](crate::Stack::add_provider_clients)). The identity pool's
        /// resources wait for the pool (and everything in it) and the client.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolAuthenticationProvider "user_pool_authentication_provider" {
            /// `userPool`: a `user_pool` item, created or imported.
            [required] user_pool: ItemRef,
            /// `userPoolClient`: a `user_pool_client` item, created or imported.
            user_pool_client: Option<ItemRef>,
            /// `disableServerSideTokenCheck` (default false).
            disable_server_side_token_check: Option<bool>,
        }

        /// `IdentityPoolRoleMapping`: the role of the identities of one provider.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolRoleMapping "role mapping" {
            /// `providerUrl`: the provider.
            [required] provider_url: IdentityPoolProviderUrl,
            /// `mappingKey`: the key of the mapping in `RoleMappings` (default: the provider URL,
            /// which must then be a literal).
            mapping_key: Option<String>,
            /// `useToken`: take the role from the token's `cognito:preferred_role` (default false:
            /// use `rules`).
            use_token: Option<bool>,
            /// `resolveAmbiguousRoles`: give the authenticated role when no rule matches (default
            /// false: deny).
            resolve_ambiguous_roles: Option<bool>,
            /// `rules`: required unless `use_token`.
            rules: Option<Vec<RoleMappingRule>>,
        }

        /// `RoleMappingRule`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RoleMappingRule "role mapping rule" {
            /// `claim`: the token claim to match.
            [required] claim: Value,
            /// `claimValue`: the value the claim is matched against.
            [required] claim_value: Value,
            /// `mappedRole`: a `role` item or a role ARN.
            [required] mapped_role: Arn,
            /// `matchType` (default `EQUALS`).
            match_type: Option<RoleMappingMatchType>,
        }

        /// `RoleMappingMatchType`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum RoleMappingMatchType "RoleMappingMatchType" {
            /// `EQUALS` → `Equals`.
            #[default]
            Equals = EQUALS,
            /// `CONTAINS` → `Contains`.
            Contains = CONTAINS,
            /// `STARTS_WITH` → `StartsWith`.
            StartsWith = STARTS_WITH,
            /// `NOTEQUAL` → `NotEqual`.
            NotEqual = NOTEQUAL,
        }
        }
    };
}

__identity_pool_props!(crate::define_props);

impl UserPoolAuthenticationProvider {
    /// A provider for `user_pool` with an automatic client.
    pub fn new(user_pool: impl Into<ItemRef>) -> UserPoolAuthenticationProvider {
        UserPoolAuthenticationProvider {
            user_pool: user_pool.into(),
            ..UserPoolAuthenticationProvider::default()
        }
    }
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

/// The pool `r` names, when it is a user pool (created or imported), found by name as
/// `Stack::check` finds it (the first item declared with the name).
pub(crate) fn user_pool_node(facts: &dyn Facts, r: &ItemRef) -> Option<NodeId> {
    facts.resolve(r).filter(|node| facts.kind(*node) == Some("user_pool"))
}

/// The app clients the identity pool at `identity_pool` created under `pool`, in order
/// (looked up in the pass's index: every rule asks for them).
fn created_clients(
    facts: &dyn Facts,
    identity_pool: NodeId,
    pool: NodeId,
) -> impl Iterator<Item = NodeId> + '_ {
    facts.created(identity_pool).iter().copied().filter(move |c| facts.parent(*c) == Some(pool))
}

/// The automatic client of provider `index` of the identity pool at `identity_pool`: the
/// k-th client it created under the provider's pool, for the k-th provider of that pool
/// without a client.
pub(crate) fn automatic_client(facts: &dyn Facts, identity_pool: NodeId, index: usize) -> Option<NodeId> {
    let p = facts.props::<IdentityPool>(identity_pool)?;
    let providers = p.user_pool_providers();
    let provider = providers.get(index)?;
    if provider.user_pool_client.is_some() {
        return None;
    }
    let pool = user_pool_node(facts, &provider.user_pool)?;
    let rank = providers[..index]
        .iter()
        .filter(|q| q.user_pool_client.is_none() && user_pool_node(facts, &q.user_pool) == Some(pool))
        .count();
    created_clients(facts, identity_pool, pool).nth(rank)
}

/// The providers the identity pool `p` accepts: its social providers by Cognito's names, its
/// user pools, and whether its authenticated role may tag sessions (a `role` item's trust
/// policy has one action, `sts:AssumeRoleWithWebIdentity` for an identity pool's).
pub(crate) fn login_providers(p: &IdentityPool, facts: &dyn Facts) -> LoginProviders {
    let a = p.authentication_providers.clone().unwrap_or_default();
    let social = [
        (a.amazon.is_some(), IdentityPoolProviderUrl::Amazon),
        (a.facebook.is_some(), IdentityPoolProviderUrl::Facebook),
        (a.google.is_some(), IdentityPoolProviderUrl::Google),
        (a.apple.is_some(), IdentityPoolProviderUrl::Apple),
        (a.twitter.is_some(), IdentityPoolProviderUrl::Twitter),
    ];
    let tag_session = match &p.authenticated_role {
        None | Some(Arn::Item(_)) => Some(false),
        Some(Arn::Value(_)) => None,
    };
    LoginProviders {
        social: social.iter().filter(|(on, _)| *on).filter_map(|(_, url)| url.fixed_url()).collect(),
        user_pools: p
            .user_pool_providers()
            .iter()
            .filter_map(|u| user_pool_node(facts, &u.user_pool))
            .collect(),
        tag_session,
    }
}

impl crate::core::table::Segment for UserPoolAuthenticationProvider {}
impl crate::core::table::Segment for IdentityPoolRoleMapping {}
impl crate::core::table::Segment for RoleMappingRule {}
impl crate::core::table::Segment for PolicyStatement {}

/// A provider URL is a value (`open_id`, `saml`, `custom`) or names a pool and its client.
impl crate::core::table::Walk for IdentityPoolProviderUrl {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        match self {
            IdentityPoolProviderUrl::OpenId(v)
            | IdentityPoolProviderUrl::Saml(v)
            | IdentityPoolProviderUrl::Custom(v) => v.walk(w),
            IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client } => {
                user_pool.walk(w);
                user_pool_client.walk(w);
            }
            IdentityPoolProviderUrl::Facebook
            | IdentityPoolProviderUrl::Google
            | IdentityPoolProviderUrl::Amazon
            | IdentityPoolProviderUrl::Apple
            | IdentityPoolProviderUrl::Twitter => {}
        }
    }
}
