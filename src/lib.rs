//! `cognito`: Amazon Cognito resources as a compile-time-checked Rust language.
//!
//! (Crate documentation in progress.)

#![forbid(unsafe_code)]

pub use cognito_macros::cognito;
pub use cognito_runtime::*;

/// What `cognito!` expands to. Not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use cognito_runtime::*;

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
