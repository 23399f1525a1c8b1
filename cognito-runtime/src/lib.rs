//! The runtime of `cognito`: the model of Amazon Cognito resources, the rules they must
//! follow, and their synthesis into the CloudFormation template the AWS CDK produces.
//!
//! The `cognito!` macro lowers its input into these types and runs [`Stack::check`] at
//! compile time; at run time [`Stack::synth`] checks again (covering values only known then)
//! and renders the template.
//!
//! ```
//! use cognito_runtime::{Mfa, MfaSecondFactor, Stack, UserPool};
//!
//! let mut stack = Stack::new("Stack");
//! stack.add("myuserpool", UserPool {
//!     mfa: Some(Mfa::Required),
//!     mfa_second_factor: Some(MfaSecondFactor { sms: true, otp: true, email: false }),
//!     ..UserPool::default()
//! });
//! let template = stack.synth()?;
//! let props = &template["Resources"]["myuserpool01998219"]["Properties"];
//! assert_eq!(props["MfaConfiguration"], "ON");
//! assert_eq!(props["EnabledMfas"], serde_json::json!(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]));
//! # Ok::<(), cognito_runtime::Error>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod context;
mod core;
mod resources;
mod stack;

pub use crate::core::arn::Arn;
pub use crate::core::asset::StagedAsset;
pub use crate::core::attribute::StandardAttributeName;
pub use crate::core::cfn_value::{ClientRef, Document, Word};
pub use crate::core::duration::{Duration, TimeUnit};
pub use crate::core::env::Env;
pub use crate::core::error::{Error, Severity, Target, Violation};
pub use crate::core::flags::FeatureFlags;
pub use crate::core::ids::logical_id;
pub use crate::core::json::{Json, Obj};
pub use crate::core::nesting::MAX_VALUE_DEPTH;
pub use crate::core::node::NodeId;
pub use crate::core::overrides::Override;
pub use crate::core::raw::Raw;
pub use crate::core::tree::MAX_DOCUMENT_DEPTH;
pub use crate::core::value::{Attr, ItemRef, SignInUrl, Value};
pub use resources::cfn_resource::CfnResource;
pub use resources::client::{
    AnalyticsConfiguration, AuthFlow, ClientAttributes, ImportedUserPoolClient, OAuthFlows, OAuthScope,
    OAuthSettings, UserPoolClient, UserPoolClientIdentityProvider,
};
pub use resources::domain::*;
pub use resources::grant::Grant;
pub use resources::group::*;
pub use resources::iam::{ConditionValue, Principal, Role};
pub use resources::identity_pool::{Effect, PolicyStatement};
pub use resources::identity_pool::{
    IdentityPool, IdentityPoolAmazonLoginProvider, IdentityPoolAppleLoginProvider,
    IdentityPoolAuthenticationProviders, IdentityPoolFacebookLoginProvider, IdentityPoolGoogleLoginProvider,
    IdentityPoolProviderUrl, IdentityPoolRoleMapping, IdentityPoolTwitterLoginProvider, ImportedIdentityPool,
    PROVIDER_CLIENT_ID, RoleMappingMatchType, RoleMappingRule, UserPoolAuthenticationProvider,
};
pub use resources::idp::*;
pub use resources::imported::ImportedUserPool;
pub use resources::lambda::{Architecture, Code, LambdaFunction};
pub use resources::log_delivery::{
    CloudWatchLogsConfiguration, FirehoseConfiguration, LogConfiguration, LogDeliveryConfiguration,
    S3Configuration,
};
pub use resources::managed_login_branding::{ManagedLoginBranding, ManagedLoginBrandingAsset};
pub use resources::output::{Output, Parameter};
pub use resources::principal_tags::IdentityPoolPrincipalTag;
pub use resources::regional_configuration::{
    EumsSmsConfiguration, RegionalEmailConfiguration, RegionalLambdaConfig, RegionalLambdaTrigger,
    RegionalSmsConfiguration, UserPoolRegionalConfigurationAttachment,
};
pub use resources::replica::UserPoolReplica;
pub use resources::resource_server::{
    ImportedUserPoolResourceServer, ResourceServerScope, UserPoolResourceServer,
};
pub use resources::risk_configuration::{
    AccountTakeoverAction, AccountTakeoverActions, AccountTakeoverRiskConfiguration,
    CompromisedCredentialsActions, CompromisedCredentialsRiskConfiguration, NotifyConfiguration, NotifyEmail,
    RiskExceptionConfiguration, UserPoolRiskConfigurationAttachment,
};
pub use resources::terms::Terms;
pub use resources::ui_customization::UserPoolUiCustomizationAttachment;
pub use resources::user::{UserAttributes, UserPoolUser};
pub use resources::user_pool::*;
pub use stack::app::App;
pub use stack::app::assembly::{CloudAssembly, SynthesizedStack};
pub use stack::app::report::{AppError, Diagnostic};
pub use stack::assembly::WriteError;
pub use stack::change;
pub use stack::change::app::CheckedApp;
pub use stack::item::Item;
pub use stack::nag::finding::{Finding, Findings};
pub use stack::settings::{Acknowledgement, Pack, Synthesizer};
pub use stack::{Node, Stack};

/// CloudFormation resource schemas: every type the project emits (the 18 `AWS::Cognito::*`
/// types, and the Lambda, IAM and Logs types of the functions and roles a stack holds), as
/// cfn-lint 1.58.0 bundles them, and a validator of a resource's properties against them.
///
/// The table is generated (`scripts/gen_schemas.py`); the patterns are Java regular
/// expressions, matched by [`Pattern`](schema::Pattern).
///
/// ```
/// use cognito_runtime::schema;
/// use cognito_runtime::{Json, Obj};
///
/// let mut props = Obj::new();
/// props.insert("RoleName", "x".repeat(65));
/// props.insert("AssumeRolePolicyDocument", Obj::new());
/// let issues = schema::validate("AWS::IAM::Role", &Json::Obj(props)).unwrap();
/// assert_eq!(issues.len(), 1);
/// assert_eq!(issues[0].path_string(), "RoleName");
/// assert_eq!(issues[0].describe("role_name"), "`role_name` must be 1 to 64 characters long (got 65)");
/// ```
pub mod schema {
    pub use crate::core::schema::{
        Constraint, Lit, Pattern, PatternError, PropertyFlags, SchemaIssue, property_flags, resource_types,
        validate,
    };
}

/// What the `cognito!` macro, the facade's command line and its tests need of the runtime
/// beyond its public API. Not part of it.
#[doc(hidden)]
pub mod __internal {
    pub use crate::core::json::js_number;
    pub use crate::core::text::did_you_mean;

    /// The largest integer a template carries exactly (2^53 − 1), which bounds the numbers
    /// the macro lowers.
    pub const MAX_SAFE_INTEGER: i64 = crate::core::json::MAX_SAFE_INTEGER as i64;

    /// The machinery of the props tables (see `core::table`), which the macro's callbacks
    /// name, and the key reference of the language guide.
    pub mod table {
        pub use crate::core::table::*;
        pub use crate::stack::catalogue::{Entry, catalogue, key_reference};
    }
}
