//! What the grants of a stack (`pool.grant(grantee, …)`) give a role or a function: the
//! grantee's default policy (`<role>/DefaultPolicy`, an `AWS::IAM::Policy`), as the CDK's
//! `Grant.addToPrincipal` writes it. Roles and functions render it; each grant's statement
//! comes from the grant itself.

use crate::context::synth::Synth;
use crate::core::cfn::{policy_document, reference};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::policy::{merge_statements, same_statement};

/// Emits the default policy of the role whose path below `node` is `role` (`["Resource"]`
/// for a role item, `["ServiceRole", "Resource"]` for a function's), when some grant names
/// `node`; returns its logical id.
pub(crate) fn default_policy(cx: &mut Synth, node: NodeId, role: &[&str]) -> Option<String> {
    let statements = cx.grant_statements(node);
    default_policy_of(cx, node, role, statements)
}

/// Emits the default policy of the role whose path below `node` is `role`, holding
/// `statements` (the CDK's `role.addToPrincipalPolicy(statement)` for each; a statement given
/// twice, its actions or resources in another order included, is kept once, the first, as
/// the CDK's policy document does: `same_statement`); returns its logical id, `None` when
/// there is no statement.
pub(crate) fn default_policy_of(
    cx: &mut Synth,
    node: NodeId,
    role: &[&str],
    given: Vec<Json>,
) -> Option<String> {
    let mut statements: Vec<Json> = Vec::with_capacity(given.len());
    for statement in given {
        if !statements.iter().any(|s| same_statement(s, &statement)) {
            statements.push(statement);
        }
    }
    if statements.is_empty() {
        return None;
    }
    let role_id = cx.logical_id(node, role);
    let mut path: Vec<&str> = role.split_last().map_or(&[][..], |(_, init)| init).to_vec();
    path.extend(["DefaultPolicy", "Resource"]);
    let id = cx.logical_id(node, &path);
    let statements =
        if cx.facts.flags().minimize_policies { merge_statements(statements) } else { statements };
    let mut props = Obj::new();
    props.insert("PolicyDocument", policy_document(statements));
    props.insert("PolicyName", policy_name(&id));
    props.insert("Roles", Json::Arr(vec![reference(&role_id)]));
    let mut policy = Obj::new();
    policy.insert("Type", "AWS::IAM::Policy");
    policy.insert("Properties", props);
    cx.resource(id.clone(), Json::Obj(policy));
    Some(id)
}

/// The name of a default policy: the CDK's `generatePolicyName`, the last 128 characters of
/// its logical id (a logical id is up to 255; IAM takes a policy name of 128 at most).
fn policy_name(logical_id: &str) -> String {
    let skip = logical_id.chars().count().saturating_sub(128);
    logical_id.chars().skip(skip).collect()
}
