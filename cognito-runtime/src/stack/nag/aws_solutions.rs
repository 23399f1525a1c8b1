//! cdk-nag 3.0.2's `AwsSolutionsChecks` (packs/aws-solutions.ts): the rules of the pack that
//! can fire on a resource a stack emits (IAM roles and policies, Lambda functions, Cognito
//! user and identity pools), in the pack's order, with its severities and descriptions. The
//! pack's other rules concern resource types no item emits.

use super::rule::Rule;
use super::{cognito, iam, lambda};
use crate::core::error::Severity::{Error, Warning};

/// The rules, in the order `AwsSolutionsChecks.checkResource` applies them.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "AwsSolutions-IAM4",
        severity: Error,
        info: "The IAM user, role, or group uses AWS managed policies.",
        reads: "",
        check: iam::no_managed_policies,
    },
    Rule {
        id: "AwsSolutions-IAM5",
        severity: Error,
        info: "The IAM entity contains wildcard permissions and does not have a cdk-nag rule suppression with evidence for those permission.",
        reads: "",
        check: iam::no_wildcard_permissions,
    },
    Rule {
        id: "AwsSolutions-COG1",
        severity: Error,
        info: "The Cognito user pool does not have a password policy that minimally specify a password length of at least 8 characters, as well as requiring uppercase, numeric, and special characters.",
        reads: "password_policy",
        check: cognito::strong_password_policy,
    },
    Rule {
        id: "AwsSolutions-COG2",
        severity: Warning,
        info: "The Cognito user pool does not require MFA.",
        reads: "mfa",
        check: cognito::mfa_required,
    },
    Rule {
        id: "AwsSolutions-COG7",
        severity: Error,
        info: "The Cognito identity pool allows for unauthenticated logins and does not have a cdk-nag rule suppression with a reason.",
        reads: "allow_unauthenticated_identities",
        check: cognito::no_unauthenticated_logins,
    },
    Rule {
        id: "AwsSolutions-COG8",
        severity: Error,
        info: "The Cognito user pool is not on the plus tier / feature plan.",
        reads: "feature_plan",
        check: cognito::plus_tier,
    },
    Rule {
        id: "AwsSolutions-L1",
        severity: Error,
        info: "The non-container Lambda function is not configured to use the latest runtime version.",
        reads: "runtime",
        check: lambda::latest_runtime,
    },
];
