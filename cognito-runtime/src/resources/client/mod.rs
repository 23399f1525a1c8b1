//! `UserPoolClient`: the props of the AWS CDK's `UserPoolClient` construct
//! (`AWS::Cognito::UserPoolClient`), and clients imported with `fromUserPoolClientId`.
//!
//! Field names are the CDK's props in snake_case, as the CDK's Python bindings spell them;
//! `None` means "not given", which the CDK often treats differently from any value.

mod render;
pub(crate) mod rules;

pub(crate) use render::client_attr;

use crate::core::arn::Arn;
use crate::core::attribute::StandardAttributeName;
use crate::core::duration::Duration;
use crate::core::value::{ItemRef, Value};

/// The props table of `user_pool_client` (`client` in a pool) and of the blocks inside it:
/// the single source of their fields (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __client_props {
    ($cb:path) => {
        $cb! {
        /// The props of an app client.
        ///
        /// A client nested in a user pool (`pool.addClient(id, …)`, `Stack::add_child(pool, …)`)
        /// belongs to that pool and leaves `user_pool` unset; a top-level client
        /// (`new UserPoolClient(scope, id, { userPool })`) names its pool in `user_pool`.
        ///
        /// ```
        /// use cognito_runtime::{AuthFlow, Stack, UserPool, UserPoolClient};
        ///
        /// let mut stack = Stack::new("Stack");
        /// let pool = stack.add("Pool", UserPool::default());
        /// stack.add_child(pool, "web", UserPoolClient {
        ///     auth_flows: Some(AuthFlow { user_srp: Some(true), ..AuthFlow::default() }),
        ///     ..UserPoolClient::default()
        /// });
        /// let template = stack.synth()?;
        /// let client = &template["Resources"]["PoolwebB04E50B4"]["Properties"];
        /// assert_eq!(client["ExplicitAuthFlows"], serde_json::json!(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]));
        /// # Ok::<(), cognito_runtime::Error>(())
        /// ```
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolClient "user_pool_client" {
            /// `userPool`: the pool of a top-level client (a `user_pool` item, created or imported).
            user_pool: Option<ItemRef>,
            /// `userPoolClientName` (CloudFormation generates a name when it is not given).
            user_pool_client_name: Option<Value>,
            /// `generateSecret`.
            generate_secret: Option<bool>,
            /// `authFlows`: the `ExplicitAuthFlows`.
            auth_flows: Option<AuthFlow>,
            /// `disableOAuth` (default false).
            disable_o_auth: Option<bool>,
            /// `oAuth` (default: code and implicit grants, every standard scope).
            o_auth: Option<OAuthSettings>,
            /// `authSessionValidity`: 3 to 15 minutes, whole minutes.
            auth_session_validity: Option<Duration>,
            /// `preventUserExistenceErrors`: `ENABLED` (true) or `LEGACY` (false).
            prevent_user_existence_errors: Option<bool>,
            /// `supportedIdentityProviders` (default: the identity providers registered on the pool
            /// before the client, then `COGNITO`).
            supported_identity_providers: Option<Vec<UserPoolClientIdentityProvider>>,
            /// `idTokenValidity`: 5 minutes to 1 day (and at most `refresh_token_validity`).
            id_token_validity: Option<Duration>,
            /// `accessTokenValidity`: 5 minutes to 1 day (and at most `refresh_token_validity`).
            access_token_validity: Option<Duration>,
            /// `refreshTokenValidity`: 60 minutes to 3650 days.
            refresh_token_validity: Option<Duration>,
            /// `readAttributes` (default: every attribute).
            read_attributes: Option<ClientAttributes>,
            /// `writeAttributes` (default: every writable attribute).
            write_attributes: Option<ClientAttributes>,
            /// `enableTokenRevocation`.
            enable_token_revocation: Option<bool>,
            /// `enablePropagateAdditionalUserContextData` (needs `generate_secret`).
            enable_propagate_additional_user_context_data: Option<bool>,
            /// `analytics`: the Amazon Pinpoint analytics configuration.
            analytics: Option<AnalyticsConfiguration>,
            /// `refreshTokenRotationGracePeriod`: 0 to 60 whole seconds; turns refresh token rotation
            /// on.
            refresh_token_rotation_grace_period: Option<Duration>,
        }

        /// `AuthFlow`: the sign-in flows the client allows. A flag left unset and a flag set to
        /// `false` mean the same, except that `AuthFlow::default()` (no flag set at all) is the CDK's
        /// `authFlows: {}` and emits no `ExplicitAuthFlows`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct AuthFlow "auth_flows" {
            /// `adminUserPassword` → `ALLOW_ADMIN_USER_PASSWORD_AUTH`.
            admin_user_password: Option<bool>,
            /// `custom` → `ALLOW_CUSTOM_AUTH`.
            custom: Option<bool>,
            /// `userPassword` → `ALLOW_USER_PASSWORD_AUTH`.
            user_password: Option<bool>,
            /// `userSrp` → `ALLOW_USER_SRP_AUTH`.
            user_srp: Option<bool>,
            /// `user` → `ALLOW_USER_AUTH` (choice-based sign-in).
            user: Option<bool>,
        }

        /// `OAuthSettings`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct OAuthSettings "o_auth" {
            /// `flows` (default: authorization code and implicit grants).
            flows: Option<OAuthFlows>,
            /// `callbackUrls` (default `["https://example.com"]` with the code or implicit grant).
            callback_urls: Option<Vec<Value>>,
            /// `logoutUrls`.
            logout_urls: Option<Vec<Value>>,
            /// `scopes` (default: `PROFILE`, `PHONE`, `EMAIL`, `OPENID`, `COGNITO_ADMIN`).
            scopes: Option<Vec<OAuthScope>>,
            /// `defaultRedirectUri`: one of the callback URLs.
            default_redirect_uri: Option<Value>,
        }

        /// `OAuthFlows`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct OAuthFlows "flows" {
            /// `authorizationCodeGrant` → `code`.
            authorization_code_grant: bool,
            /// `implicitCodeGrant` → `implicit`.
            implicit_code_grant: bool,
            /// `clientCredentials` → `client_credentials`.
            client_credentials: bool,
        }

        /// `ClientAttributes`: a set of standard and custom attributes, emitted sorted.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct ClientAttributes "client attributes" {
            /// `withStandardAttributes({ … })`: the standard attributes whose flag is `true`.
            standard_attributes: Vec<(StandardAttributeName, bool)>,
            /// `withCustomAttributes(…)`: custom attribute names, with or without the `custom:`
            /// prefix.
            custom_attributes: Vec<String>,
        }

        /// `AnalyticsConfiguration`: Amazon Pinpoint analytics for the client. Give either
        /// `application`, or all of `application_id`, `external_id` and `role`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AnalyticsConfiguration "analytics" {
            /// `application`: the ARN of the Pinpoint application. (The CDK takes a `pinpoint.CfnApp`
            /// and emits its `Arn`; we do not synthesize Pinpoint applications.)
            application: Option<Value>,
            /// `applicationId`: the Pinpoint project id.
            application_id: Option<Value>,
            /// `externalId`.
            external_id: Option<Value>,
            /// `role`: the role Cognito assumes to publish to Pinpoint (a `role` item or its ARN).
            role: Option<Arn>,
            /// `shareUserData`.
            share_user_data: Option<bool>,
        }
        }
    };
}

__client_props!(crate::define_props);

/// `OAuthScope`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum OAuthScope {
    /// `PHONE` → `phone`.
    Phone,
    /// `EMAIL` → `email`.
    Email,
    /// `OPENID` → `openid`.
    #[default]
    Openid,
    /// `PROFILE` → `profile`.
    Profile,
    /// `COGNITO_ADMIN` → `aws.cognito.signin.user.admin`.
    CognitoAdmin,
    /// `OAuthScope.custom(name)`: any scope, written as Cognito expects it
    /// (`resource-server-identifier/scope`).
    Custom(String),
    /// `OAuthScope.resourceServer(server, scope)`: a scope of a resource server of the stack,
    /// rendered `{"Fn::Join": ["", [{"Ref": server}, "/scope"]]}`.
    ResourceServer {
        /// The `user_pool_resource_server` item.
        server: ItemRef,
        /// The scope's `scope_name`.
        scope: String,
    },
}

impl OAuthScope {
    /// The scope's name when it is a constant (every scope but a resource server's).
    pub fn name(&self) -> Option<&str> {
        match self {
            OAuthScope::Custom(name) => Some(name),
            standard => standard.standard_name(),
        }
    }

    /// The name of one of Cognito's own scopes (`None` for a custom or resource server scope):
    /// a constant, so that a template borrows it.
    pub(crate) fn standard_name(&self) -> Option<&'static str> {
        Some(match self {
            OAuthScope::Phone => "phone",
            OAuthScope::Email => "email",
            OAuthScope::Openid => "openid",
            OAuthScope::Profile => "profile",
            OAuthScope::CognitoAdmin => "aws.cognito.signin.user.admin",
            OAuthScope::Custom(_) | OAuthScope::ResourceServer { .. } => return None,
        })
    }
}

/// `UserPoolClientIdentityProvider`.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum UserPoolClientIdentityProvider {
    /// `COGNITO`: the user pool itself.
    #[default]
    Cognito,
    /// `GOOGLE` → `Google`.
    Google,
    /// `FACEBOOK` → `Facebook`.
    Facebook,
    /// `AMAZON` → `LoginWithAmazon`.
    Amazon,
    /// `APPLE` → `SignInWithApple`.
    Apple,
    /// `UserPoolClientIdentityProvider.custom(name)`: a provider by its name, a literal (an OIDC
    /// or SAML provider made elsewhere) or a provider of the stack by its `provider_name`
    /// (`custom(corp.provider_name)`, as the CDK's `custom(provider.providerName)`: a
    /// `{"Ref": …}` that makes CloudFormation create the provider first).
    Custom(Value),
}

impl UserPoolClientIdentityProvider {
    /// The provider's name in `SupportedIdentityProviders`, when it is known before
    /// deployment (`None` for a provider named by a value such as `corp.provider_name`).
    pub fn name(&self) -> Option<&str> {
        match self {
            UserPoolClientIdentityProvider::Custom(name) => name.literal(),
            built_in => built_in.built_in_name(),
        }
    }

    /// The name of a provider Cognito knows (`None` for a custom one): a constant, so that a
    /// template borrows it.
    pub(crate) fn built_in_name(&self) -> Option<&'static str> {
        Some(match self {
            UserPoolClientIdentityProvider::Cognito => "COGNITO",
            UserPoolClientIdentityProvider::Google => "Google",
            UserPoolClientIdentityProvider::Facebook => "Facebook",
            UserPoolClientIdentityProvider::Amazon => "LoginWithAmazon",
            UserPoolClientIdentityProvider::Apple => "SignInWithApple",
            UserPoolClientIdentityProvider::Custom(_) => return None,
        })
    }
}

impl ClientAttributes {
    /// `attributes()`: the Cognito names, de-duplicated and sorted as JavaScript sorts
    /// strings (UTF-16 code units).
    pub fn attributes(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (name, on) in &self.standard_attributes {
            if *on {
                out.push(name.cognito_name().to_owned());
            }
        }
        for name in &self.custom_attributes {
            out.push(if name.starts_with("custom:") { name.clone() } else { format!("custom:{name}") });
        }
        out.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        out.dedup();
        out
    }
}

/// A client imported with `UserPoolClient.fromUserPoolClientId(scope, id, clientId)`: it
/// creates no resource and exposes its id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolClient {
    /// The client id.
    pub user_pool_client_id: Value,
}

impl crate::core::table::Segment for OAuthScope {}
impl crate::core::table::Segment for UserPoolClientIdentityProvider {}

/// A provider's name is a string value (which may name a provider of the stack).
impl crate::core::table::Walk for UserPoolClientIdentityProvider {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        if let UserPoolClientIdentityProvider::Custom(name) = self {
            crate::core::table::Walk::walk(name, w);
        }
    }
}

/// A resource server's scope names its server.
impl crate::core::table::Walk for OAuthScope {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        if let OAuthScope::ResourceServer { server, .. } = self {
            server.walk(w);
        }
    }
}
