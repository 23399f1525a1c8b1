//! `pool.grant(grantee, ...actions)`: an `Allow` statement on the pool's ARN in the
//! grantee's default policy (`<role>/DefaultPolicy`, an `AWS::IAM::Policy`), as the CDK's
//! `Grant.addToPrincipal` writes it.

use crate::context::check::{Check, Issue};
use crate::context::rules::is_service_action;
use crate::context::synth::Synth;
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::{Attr, ItemRef};

/// The props table of `grant`: the single source of its fields (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __grant_props {
    ($cb:path) => {
        $cb! {
        /// A grant of `actions` on the enclosing user pool to `grantee` (a `role` or a
        /// `lambda_function`, whose service role gets it; in an app, the grantee's stack holds
        /// the statement).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Grant "grant" {
            /// The role or function that gets the permissions: the item's id (`grant my_role { … }`).
            [id] grantee: ItemRef,
            /// The IAM actions, e.g. `cognito-idp:AdminCreateUser`.
            [required] actions: Vec<String>,
        }
        }
    };
}

__grant_props!(crate::define_props);

/// The kinds of item a grant may name.
const GRANTEES: &[&str] = &["role", "lambda_function"];

impl Grant {
    /// AWS CDK (`IUserPool.grant`): a grant belongs to a user pool and names a role or a
    /// function; IAM (`MalformedPolicyDocument`): each action is `service:Action`.
    pub(crate) fn check(&self, cx: &mut Check) {
        let parent = cx.node.and_then(|n| cx.facts.parent(n));
        if parent.and_then(|p| cx.facts.kind(p)) != Some("user_pool") {
            cx.push(
                Issue::new(
                    "grant.parent",
                    "",
                    "a `grant` belongs to a user pool: write it inside `user_pool … { }`",
                )
                .target(Target::Id),
            );
        }
        cx.resolve("grantee", &self.grantee, GRANTEES);
        if self.actions.is_empty() {
            cx.push(Issue::new(
                "grant.actions",
                "actions",
                "`actions` must name at least one IAM action, e.g. `[\"cognito-idp:AdminCreateUser\"]`",
            ));
        }
        for (i, action) in self.actions.iter().enumerate() {
            let ok = is_service_action(action, |c| c.is_ascii_alphanumeric() || c == '*' || c == '?');
            if !ok {
                cx.push(
                    Issue::new(
                        "grant.action",
                        format!("actions.{i}"),
                        format!("an IAM action has the shape `service:Action`, such as `cognito-idp:AdminCreateUser` (got {action:?}); IAM rejects the policy at deploy time (\"MalformedPolicyDocument\")"),
                    )
                    .value(format!("{action:?}")),
                );
            }
        }
    }

    /// The statement this grant gives its grantee when it names the item at `grantee`: the
    /// actions, allowed on the ARN of the enclosing pool at `pool`.
    pub(crate) fn statement(&self, cx: &Synth, pool: NodeId, grantee: NodeId) -> Option<Json> {
        if cx.resolve(&self.grantee) != Some(grantee) {
            return None;
        }
        let action = match self.actions.as_slice() {
            [one] => Json::from(one.clone()),
            all => Json::strs(all.iter().cloned()),
        };
        let mut statement = Obj::new();
        statement.insert("Action", action);
        statement.insert("Effect", "Allow");
        statement.insert("Resource", cx.attr(pool, &Attr::UserPoolArn));
        Some(Json::Obj(statement))
    }
}
