//! Where a stack deploys.

/// The account and region a stack deploys to; both unknown (`AWS::AccountId`,
/// `AWS::Region`) for an environment-agnostic stack, the CDK's default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// The 12-digit account id.
    pub account: Option<String>,
    /// The region, e.g. `eu-west-1`.
    pub region: Option<String>,
}
