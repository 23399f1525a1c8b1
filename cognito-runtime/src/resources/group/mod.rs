//! `UserPoolGroup`: the props of the AWS CDK's `UserPoolGroup` construct
//! (`AWS::Cognito::UserPoolGroup`), added with `pool.addGroup(id, …)` (`group ID { … }` inside
//! a `user_pool`) or created on its own (`user_pool_group ID { user_pool: …, … }`); and groups
//! imported with `UserPoolGroup.fromGroupName`.

mod render;
pub(crate) mod rules;

use crate::core::arn::Arn;
use crate::core::value::{ItemRef, Value};

/// The props of a user pool group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolGroup {
    /// `userPool`: the pool, for a group declared at the top level (a group nested in a pool
    /// belongs to it and leaves this `None`).
    pub user_pool: Option<ItemRef>,
    /// `groupName` (default: CloudFormation generates one).
    pub group_name: Option<Value>,
    /// `description`.
    pub description: Option<Value>,
    /// `precedence`: the lower, the more the group's role wins (`cognito:preferred_role`).
    pub precedence: Option<i64>,
    /// `role`: the IAM role of the group's members (a `role` item, or its ARN).
    pub role: Option<Arn>,
}

/// A group imported with `UserPoolGroup.fromGroupName(scope, id, groupName)`: it creates no
/// resource and exposes its name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolGroup {
    /// The group's name.
    pub group_name: Value,
}
