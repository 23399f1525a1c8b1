//! `pool.grant(grantee, ...actions)`: an `Allow` statement on the pool's ARN in the
//! grantee's default policy (`<role>/DefaultPolicy`, an `AWS::IAM::Policy`), as the CDK's
//! `Grant.addToPrincipal` writes it.

use crate::check::{Check, Issue};
use crate::error::Target;
use crate::iam::policy_document;
use crate::items::Item;
use crate::json::{Json, Obj};
use crate::stack::{NodeId, Synth, reference};
use crate::value::{Attr, ItemRef};

/// A grant of `actions` on the enclosing user pool to `grantee` (a `role` or a
/// `lambda_function` of the stack, whose service role gets it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grant {
    /// The role or function that gets the permissions.
    pub grantee: ItemRef,
    /// The IAM actions, e.g. `cognito-idp:AdminCreateUser`.
    pub actions: Vec<String>,
}

/// The kinds of item a grant may name.
const GRANTEES: &[&str] = &["role", "lambda_function"];

impl Grant {
    /// AWS CDK (`IUserPool.grant`): a grant belongs to a user pool and names a role or a
    /// function; IAM (`MalformedPolicyDocument`): each action is `service:Action`.
    pub(crate) fn check(&self, cx: &mut Check) {
        let stack = cx.stack;
        let parent = cx.node.and_then(|n| stack.node(n)).and_then(|n| n.parent);
        if parent.and_then(|p| stack.node(p)).is_none_or(|p| p.item.kind() != "user_pool") {
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
            let ok = action.split_once(':').is_some_and(|(service, name)| {
                !service.is_empty()
                    && service.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '*' || c == '?')
            });
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
}

/// The grants that name the item at `grantee`, in declaration order, as statements.
fn statements(cx: &Synth, grantee: NodeId) -> Vec<Json> {
    let mut out = Vec::new();
    for &node in cx.index.grants_to(grantee) {
        let Some(n) = cx.stack.node(node) else { continue };
        let Item::Grant(grant) = &n.item else { continue };
        let Some(pool) = n.parent else { continue };
        let arn =
            cx.stack.node(pool).and_then(|p| p.item.attr(cx, pool, &Attr::UserPoolArn)).unwrap_or(Json::Null);
        let action = match grant.actions.as_slice() {
            [one] => Json::from(one.clone()),
            all => Json::strs(all.iter().cloned()),
        };
        let mut statement = Obj::new();
        statement.insert("Action", action);
        statement.insert("Effect", "Allow");
        statement.insert("Resource", arn);
        out.push(Json::Obj(statement));
    }
    out
}

/// Emits the default policy of the role whose path below `node` is `role` (`["Resource"]`
/// for a role item, `["ServiceRole", "Resource"]` for a function's), when some grant names
/// `node`; returns its logical id.
pub(crate) fn default_policy(cx: &mut Synth, node: NodeId, role: &[&str]) -> Option<String> {
    let statements = statements(cx, node);
    if statements.is_empty() {
        return None;
    }
    let role_id = cx.logical_id(node, role);
    let mut path: Vec<&str> = role[..role.len() - 1].to_vec();
    path.extend(["DefaultPolicy", "Resource"]);
    let id = cx.logical_id(node, &path);
    let mut props = Obj::new();
    props.insert("PolicyDocument", policy_document(statements));
    props.insert("PolicyName", id.clone());
    props.insert("Roles", Json::Arr(vec![reference(&role_id)]));
    let mut policy = Obj::new();
    policy.insert("Type", "AWS::IAM::Policy");
    policy.insert("Properties", props);
    cx.resource(id.clone(), Json::Obj(policy));
    Some(id)
}
