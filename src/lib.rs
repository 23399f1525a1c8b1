//! # cognito
//!
//! Amazon Cognito resources as a compile-time-checked Rust language. Describe user pools,
//! app clients, domains, identity providers and identity pools in a [`cognito!`] block:
//! `cargo build` rejects every invalid configuration with an error under the token at
//! fault, and [`Stack::synth`] produces the CloudFormation template the AWS CDK
//! (`aws-cdk-lib` 2.276) synthesizes for the same configuration — logical ids included, so
//! a pool defined with the CDK moves here without CloudFormation replacing it.
//!
//! ```
//! use cognito::cognito;
//!
//! let stack = cognito! {
//!     user_pool myuserpool {
//!         user_pool_name: "myawesomeapp-userpool",
//!         self_sign_up_enabled: true,
//!         sign_in_aliases: { username, email },
//!         mfa: REQUIRED,
//!         mfa_second_factor: { sms, otp },
//!         password_policy: { min_length: 12, temp_password_validity: days(3) },
//!     }
//! };
//! let template = stack.synth()?;
//! let pool = &template["Resources"]["myuserpool01998219"];
//! assert_eq!(pool["Properties"]["MfaConfiguration"], "ON");
//! assert_eq!(pool["DeletionPolicy"], "Retain");
//! # Ok::<(), cognito::Error>(())
//! ```
//!
//! - [`language`]: the language, item by item, with examples.
//! - [`rules`]: every rule the macro checks, and where it comes from.
//! - [`Stack`] and the types re-exported from `cognito-runtime`: the same model as builders,
//!   for stacks assembled in code (the macro expands to these calls).
//!
//! Output: [`Stack::synth`] (a `serde_json::Value`), [`Stack::synth_to_string`] (the CDK's
//! exact text), [`Stack::write_template`], and [`Stack::write_assembly`] — a cloud assembly
//! the AWS CDK CLI reads: `cdk synth --app DIR`, `cdk deploy --app DIR`. Several stacks make
//! an [`App`] ([`App::synth`], [`App::write_assembly`]); [`cli::main`] runs a command line
//! for either.

#![forbid(unsafe_code)]

/// Declares Amazon Cognito resources as a block of items, checked when your crate compiles;
/// the block is an expression of type [`Stack`], or of type [`App`] when it holds several
/// `stack`s.
///
/// ```
/// use cognito::cognito;
///
/// let stack = cognito! {
///     user_pool pool {
///         sign_in_aliases: { email },
///         mfa: OPTIONAL,
///         mfa_second_factor: { otp },
///         client web {
///             o_auth: {
///                 flows: { authorization_code_grant },
///                 callback_urls: ["https://app.example.com/callback"],
///             },
///         }
///     }
///     output ClientId { value: web.user_pool_client_id }
/// };
/// let template = stack.synth()?;
/// assert_eq!(template["Outputs"]["ClientId"]["Value"]["Ref"], "poolwebD5960704");
/// # Ok::<(), cognito::Error>(())
/// ```
///
/// # The language in short
///
/// - **Items**: `KIND ID { settings and nested items }`. `KIND` is a CDK construct in
///   snake_case (`user_pool`, `user_pool_client`, `identity_pool`, `lambda_function`, …);
///   inside a `user_pool`, `client`, `domain`, `resource_server`, `group`, `trigger` and
///   `grant` nest as the CDK's `pool.addClient(…)` and friends. An import is
///   `KIND ID = from_…("…");`.
/// - **Ids**: `ID` is the construct id and the name other items refer to it by; a string
///   (`client "customer-app"`) is a construct id nothing refers to, `name as "construct-id"`
///   is both. The construct id goes verbatim into the logical ids, so they are the CDK's.
/// - **Settings**: `key: value`, keys as the CDK's props in snake_case; a bare key means
///   `true` (`sign_in_aliases: { username, email }`).
/// - **Values**: strings, numbers, `true`/`false`, enum members as the CDK spells them
///   (`REQUIRED`, `Mfa::REQUIRED`), durations (`days(3)`), nested settings `{ … }`, lists
///   `[ … ]`, references to items (`triggers: { pre_sign_up: my_function }`), their
///   attributes (`pool.user_pool_id`), CloudFormation functions (`import_value("Name")`),
///   and any Rust expression in parentheses, checked when the stack is synthesized:
///
/// ```
/// # use cognito::cognito;
/// let min_length: u32 = 12;
/// let stack = cognito! {
///     user_pool pool { password_policy: { min_length: (min_length) } }
/// };
/// assert!(stack.synth().is_ok());
/// ```
///
/// - **The stack**: `stack NAME { env: { account, region }, tags: { … }, synthesizer, items }`
///   names the stack (default `Stack`), its environment, its tags and its synthesizer. Several
///   `stack`s make an [`App`]: an item refers to another stack's item as to its own, and the
///   app exports and imports it as the CDK does.
/// - **Code**: a function's `code` is `inline("…")`, `asset("PATH")` (a directory or a `.zip`
///   relative to your `Cargo.toml`, checked to exist when you build) or
///   `from_bucket(BUCKET, "key")`.
/// - **Best-practice checks**: `stack NAME { checks: [AWS_SOLUTIONS], … }` gives cdk-nag's
///   verdicts as compile errors and warnings under the item at fault;
///   `acknowledge: { "AwsSolutions-COG2": "reason" }` on an item (or the stack) silences one.
/// - **A renamed dependency**: a crate that depends on `cognito` under another name starts
///   the block with `#![crate = my_cognito]` (a path from `crate`, `self` or `super` works
///   too, for a re-export), as serde's `#[serde(crate = "…")]`.
///
/// # Errors
///
/// Every mistake is a compile error under the token at fault: an unknown key (with the key
/// you probably meant), a value of the wrong kind, a reference to an undeclared item, and
/// every rule of the CDK, of CloudFormation and of Cognito that a literal breaks. This block
/// does not compile:
///
/// ```compile_fail
/// let stack = cognito::cognito! {
///     user_pool pool { password_policy: { min_length: 5 } }
/// };
/// ```
///
/// ```text
/// error: `min_length` must be between 6 and 99 (got 5)
///   |     user_pool pool { password_policy: { min_length: 5 } }
///   |                                                     ^
/// ```
///
/// The [language guide](crate::language) describes every item, key and value; the
/// [rulebook](crate::rules) lists every rule and where it comes from.
pub use cognito_macros::cognito;

// The model a block expands to, for stacks built in code as well.
pub use cognito_runtime::{
    Arn, Attr, Duration, Env, Error, FeatureFlags, Item, ItemRef, Json, MAX_DOCUMENT_DEPTH, MAX_VALUE_DEPTH,
    Node, NodeId, Obj, Severity, SignInUrl, Stack, StandardAttributeName, Target, TimeUnit, Value, Violation,
    WriteError, logical_id,
};
// User pools, their triggers and grants.
pub use cognito_runtime::{
    AccountRecovery, AddedTrigger, AdvancedSecurityMode, AllowedFirstAuthFactors, AutoVerifiedAttrs,
    CustomAttribute, CustomAttributeProps, CustomThreatProtectionMode, DeviceTracking, EmailSettings,
    FeaturePlan, Grant, ImportedUserPool, KeepOriginalAttrs, LambdaVersion, Mfa, MfaSecondFactor,
    NumberAttributeProps, PasskeyUserVerification, PasswordPolicy, RemovalPolicy, SesOptions, SignInAliases,
    SignInPolicy, StandardAttribute, StandardThreatProtectionMode, StringAttributeProps, UserInvitation,
    UserPool, UserPoolEmail, UserPoolOperation, UserVerification, VerificationEmailStyle,
    WebAuthnFactorConfiguration,
};
// App clients, resource servers, domains, groups.
pub use cognito_runtime::{
    AnalyticsConfiguration, AuthFlow, ClientAttributes, CognitoDomainOptions, CustomDomainOptions,
    ImportedUserPoolClient, ImportedUserPoolDomain, ImportedUserPoolGroup, ImportedUserPoolResourceServer,
    ManagedLoginVersion, OAuthFlows, OAuthScope, OAuthSettings, ResourceServerScope, UserPoolClient,
    UserPoolClientIdentityProvider, UserPoolDomain, UserPoolGroup, UserPoolResourceServer,
};
// Identity providers.
pub use cognito_runtime::{
    AttributeMapping, ImportedUserPoolIdentityProvider, OidcAttributeRequestMethod, OidcEndpoints,
    ProviderAttribute, SamlMetadata, SigningAlgorithm, UserPoolIdentityProvider,
    UserPoolIdentityProviderAmazon, UserPoolIdentityProviderApple, UserPoolIdentityProviderFacebook,
    UserPoolIdentityProviderGoogle, UserPoolIdentityProviderOidc, UserPoolIdentityProviderSaml,
};
// Identity pools.
pub use cognito_runtime::{
    IdentityPool, IdentityPoolAmazonLoginProvider, IdentityPoolAppleLoginProvider,
    IdentityPoolAuthenticationProviders, IdentityPoolFacebookLoginProvider, IdentityPoolGoogleLoginProvider,
    IdentityPoolProviderUrl, IdentityPoolRoleMapping, IdentityPoolTwitterLoginProvider, ImportedIdentityPool,
    PROVIDER_CLIENT_ID, RoleMappingMatchType, RoleMappingRule, UserPoolAuthenticationProvider,
};
// Statements of the identity pool's default roles.
pub use cognito_runtime::{Effect, PolicyStatement};
// Functions, roles, outputs and parameters.
pub use cognito_runtime::{
    Architecture, Code, ConditionValue, LambdaFunction, Output, Parameter, Principal, Role,
};
// Items the CDK has only as `Cfn*` classes, and their values.
pub use cognito_runtime::{ClientRef, Document, UserPoolUiCustomizationAttachment, Word};
// The escape hatches: a resource of any type (`cfn_resource`), overrides of any item's resource.
pub use cognito_runtime::{CfnResource, Override, Raw};
// `risk_configuration`: threat protection's settings.
pub use cognito_runtime::{
    AccountTakeoverAction, AccountTakeoverActions, AccountTakeoverRiskConfiguration,
    CompromisedCredentialsActions, CompromisedCredentialsRiskConfiguration, NotifyConfiguration, NotifyEmail,
    RiskExceptionConfiguration, UserPoolRiskConfigurationAttachment,
};
// `user`: a user seeded in its pool, and its groups.
pub use cognito_runtime::{UserAttributes, UserPoolUser};
// `principal_tags`: attributes for access control in an identity pool.
pub use cognito_runtime::IdentityPoolPrincipalTag;
// Managed login branding, terms, log delivery, replicas and regional configurations.
pub use cognito_runtime::{
    CloudWatchLogsConfiguration, EumsSmsConfiguration, FirehoseConfiguration, LogConfiguration,
    LogDeliveryConfiguration, ManagedLoginBranding, ManagedLoginBrandingAsset, RegionalEmailConfiguration,
    RegionalLambdaConfig, RegionalLambdaTrigger, RegionalSmsConfiguration, S3Configuration, Terms,
    UserPoolRegionalConfigurationAttachment, UserPoolReplica,
};
// Apps: several stacks, their references, assets and the cloud assembly.
pub use cognito_runtime::{
    App, AppError, CloudAssembly, Diagnostic, StagedAsset, SynthesizedStack, Synthesizer,
};
// Best-practice checks (cdk-nag's packs) and changes to a deployed stack.
pub use cognito_runtime::{Acknowledgement, Finding, Findings, Pack, change};
// CloudFormation's resource schemas: the validator and the pattern matcher the rules use.
pub use cognito_runtime::schema;

pub mod cli;

#[doc = include_str!("../docs/language.md")]
pub mod language {}

#[doc = include_str!("../docs/rules.md")]
pub mod rules {}

/// The README's examples, compiled as doc tests so they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// What `cognito!` expands to. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use cognito_runtime::*;
    pub use std::boxed::Box;
    pub use std::convert::Into;
    pub use std::default::Default;
    pub use std::option::Option::{None, Some};
    pub use std::vec;

    /// A `String` from a literal (keeps the expansion short).
    #[inline]
    pub fn string(s: &str) -> String {
        s.to_owned()
    }

    /// A literal string value.
    #[inline]
    pub fn str_value(s: &str) -> Value {
        Value::Str(s.to_owned())
    }
}
