//! `UserPoolGroup`: the props of the AWS CDK's `UserPoolGroup` construct
//! (`AWS::Cognito::UserPoolGroup`), added with `pool.addGroup(id, …)` (`group ID { … }` inside
//! a `user_pool`) or created on its own (`user_pool_group ID { user_pool: …, … }`); and groups
//! imported with `UserPoolGroup.fromGroupName`.

mod render;
pub(crate) mod rules;

use crate::core::arn::Arn;
use crate::core::value::{ItemRef, Value};

/// The props table of `user_pool_group` (`group` in a pool): the single source of its fields
/// (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __group_props {
    ($cb:path) => {
        $cb! {
        /// The props of a user pool group.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolGroup "group" {
            /// `userPool`: the pool, for a group declared at the top level (a group nested in a pool
            /// belongs to it and leaves this `None`).
            user_pool: Option<ItemRef> => pool_ref,
            /// `groupName` (default: CloudFormation generates one).
            group_name: Option<Value>,
            /// `description`.
            description: Option<Value>,
            /// `precedence`: the lower, the more the group's role wins (`cognito:preferred_role`).
            precedence: Option<i64>,
            /// `role`: the IAM role of the group's members (a `role` item, or its ARN).
            role: Option<Arn>,
        }
        }
    };
}

__group_props!(crate::define_props);

/// A group imported with `UserPoolGroup.fromGroupName(scope, id, groupName)`: it creates no
/// resource and exposes its name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolGroup {
    /// The group's name.
    pub group_name: Value,
}
