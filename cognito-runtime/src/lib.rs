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

pub mod assembly;
mod check;
mod client;
mod deps;
mod domain;
pub mod duration;
pub mod error;
mod grant;
mod group;
mod iam;
mod identity_pool;
mod idp;
pub mod ids;
mod imported;
mod items;
pub mod json;
mod lambda;
mod md5;
mod output;
mod pool_child;
mod resource_server;
mod rules;
mod stack;
mod tags;
pub mod text;
mod user_pool;
pub mod value;

pub use assembly::WriteError;
pub use client::{
    AnalyticsConfiguration, AuthFlow, ClientAttributes, ImportedUserPoolClient, OAuthFlows, OAuthScope,
    OAuthSettings, UserPoolClient, UserPoolClientIdentityProvider,
};
pub use domain::*;
pub use duration::{Duration, TimeUnit};
pub use error::{Error, Target, Violation};
pub use grant::Grant;
pub use group::*;
pub use iam::{ConditionValue, Principal, Role};
pub use identity_pool::{
    IdentityPool, IdentityPoolAmazonLoginProvider, IdentityPoolAppleLoginProvider,
    IdentityPoolAuthenticationProviders, IdentityPoolFacebookLoginProvider, IdentityPoolGoogleLoginProvider,
    IdentityPoolProviderUrl, IdentityPoolRoleMapping, IdentityPoolTwitterLoginProvider, ImportedIdentityPool,
    PROVIDER_CLIENT_ID, RoleMappingMatchType, RoleMappingRule, UserPoolAuthenticationProvider,
};
pub use idp::*;
pub use imported::ImportedUserPool;
pub use items::Item;
pub use json::{Json, MAX_SAFE_INTEGER, Obj};
pub use lambda::{Code, LambdaFunction};
pub use output::{Output, Parameter};
pub use resource_server::{ImportedUserPoolResourceServer, ResourceServerScope, UserPoolResourceServer};
pub use stack::{Env, Node, NodeId, Stack};
pub use user_pool::*;
pub use value::{Attr, ItemRef, MAX_VALUE_DEPTH, SignInUrl, Value};
