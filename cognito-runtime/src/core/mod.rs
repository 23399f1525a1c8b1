//! The bottom layer: values and algorithms that know nothing of items or stacks — ids,
//! string values, ARNs, durations, errors, the JSON tree and its writer, text helpers.
//! Every module here uses only `core` and the standard library.

pub(crate) mod arn;
pub(crate) mod attribute;
pub(crate) mod cfn;
pub(crate) mod collation;
pub(crate) mod duration;
pub(crate) mod env;
pub(crate) mod error;
pub(crate) mod ids;
pub(crate) mod json;
pub(crate) mod md5;
pub(crate) mod node;
pub(crate) mod text;
pub(crate) mod value;
