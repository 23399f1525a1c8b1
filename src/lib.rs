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
//! the AWS CDK CLI reads: `cdk synth --app DIR`, `cdk deploy --app DIR`.

#![forbid(unsafe_code)]

pub use cognito_macros::cognito;
pub use cognito_runtime::*;

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
