//! A rule of a pack, and what it says of a resource.

use super::js::Threw;
use super::resource::Resource;
use crate::core::error::Severity;

/// One rule of a pack: what cdk-nag's `applyRule` is given.
pub(crate) struct Rule {
    /// `AwsSolutions-COG1`.
    pub id: &'static str,
    pub severity: Severity,
    /// cdk-nag's `info`: the finding's description.
    pub info: &'static str,
    /// The item setting the verdict reads, on top of what made the resource exist.
    pub reads: &'static str,
    pub check: fn(&Resource) -> Result<Outcome, Threw>,
}

/// What a rule says about a resource: cdk-nag's `NagRuleCompliance`, or the finding ids of a
/// granular rule. A rule that throws (a value it needs is not a literal) is reported by
/// cdk-nag under the bare rule id with [`THREW`] as the description.
#[derive(Debug, PartialEq)]
pub(crate) enum Outcome {
    NotApplicable,
    Compliant,
    NonCompliant,
    /// A granular rule's findings (`Resource::*`), each reported as `RULE[finding]`.
    Findings(Vec<String>),
}

/// cdk-nag's description of a finding whose rule threw (without `verbose`).
pub(crate) const THREW: &str = "Rule threw an error during validation. This is generally caused by a parameter referencing an intrinsic function.";
