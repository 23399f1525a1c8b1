//! The bottom layer: values and algorithms that know nothing of items or stacks — ids,
//! string values, ARNs, durations, errors, the JSON tree and its writer, text helpers, the
//! grammar of the props tables, the CDK's feature flags, staged assets, policy statements,
//! CloudFormation's resource schemas (`schema`: the generated table, a pattern matcher, a
//! validator).
//! Every module here uses only `core` and the standard library.

pub(crate) mod arn;
pub(crate) mod asset;
pub(crate) mod attribute;
pub(crate) mod cfn;
pub(crate) mod cfn_value;
pub(crate) mod collation;
pub(crate) mod duration;
pub(crate) mod env;
pub(crate) mod error;
pub(crate) mod flags;
pub(crate) mod ids;
pub(crate) mod json;
pub(crate) mod md5;
pub(crate) mod nesting;
pub(crate) mod node;
pub(crate) mod overrides;
pub(crate) mod policy;
pub(crate) mod raw;
pub(crate) mod schema;
pub(crate) mod table;
pub(crate) mod text;
pub(crate) mod tree;
pub(crate) mod value;
