//! Apps: several stacks, the references between them, file assets, and the whole cloud
//! assembly the AWS CDK CLI deploys.

pub(crate) mod fingerprint;
pub(crate) mod sha256;
