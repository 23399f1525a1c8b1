//! The statements of an identity pool's default roles (`authenticated_role_statements`,
//! `unauthenticated_role_statements`): the CDK's `identityPool.authenticatedRole
//! .addToPrincipalPolicy(new PolicyStatement(…))`, rendered in the role's `DefaultPolicy`, and
//! the checks the CDK's `PolicyStatement` and IAM make of them.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::grants::default_policy_of;
use crate::context::rules::is_service_action;
use crate::context::synth::Synth;
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::policy::conditions_json;

/// A default role's statements: their key, the statements, and the key of the custom role
/// that replaces the default one, if given.
type RoleStatements<'a> = (&'static str, Option<&'a Vec<PolicyStatement>>, Option<&'static str>);

/// The statements of each default role.
fn roles(p: &IdentityPool) -> [RoleStatements<'_>; 2] {
    [
        (
            "authenticated_role_statements",
            p.authenticated_role_statements.as_ref(),
            p.authenticated_role.as_ref().map(|_| "authenticated_role"),
        ),
        (
            "unauthenticated_role_statements",
            p.unauthenticated_role_statements.as_ref(),
            p.unauthenticated_role.as_ref().map(|_| "unauthenticated_role"),
        ),
    ]
}

/// Runs every rule of the statements.
pub(crate) fn check(p: &IdentityPool, cx: &mut Check) {
    for (key, statements, custom) in roles(p) {
        let Some(statements) = statements else { continue };
        if let Some(custom) = custom {
            default_role_replaced(key, custom, cx);
        }
        for (i, s) in statements.iter().enumerate() {
            let path = format!("{key}.{i}");
            actions_given(s, &path, cx);
            action_shape(s, &path, cx);
            resources_given(s, &path, cx);
            resource_shape(s, &path, cx);
        }
    }
}

/// Cognito: the statements go into the policy of the role the identity pool creates; a custom
/// `authenticated_role` (or `unauthenticated_role`) replaces that role, so they would go nowhere.
fn default_role_replaced(key: &str, custom: &str, cx: &mut Check) {
    cx.push(
        Issue::new(
            "identity_pool.role_statements.custom_role",
            key,
            format!("`{key}` add to the default role the identity pool creates, but `{custom}` replaces it; give the permissions to that role instead, or remove `{custom}`"),
        )
        .related(custom)
        .target(Target::Key),
    );
}

/// AWS CDK `PolicyStatement` ("A PolicyStatement must specify at least one 'action' or
/// 'notAction'").
fn actions_given(s: &PolicyStatement, path: &str, cx: &mut Check) {
    if s.actions.is_empty() {
        cx.push(Issue::new(
            "identity_pool.role_statements.actions",
            format!("{path}.actions"),
            "`actions` must name at least one IAM action, e.g. `[\"s3:GetObject\"]`; the CDK rejects a statement without (\"A PolicyStatement must specify at least one 'action' or 'notAction'.\")",
        ));
    }
}

/// AWS CDK `PolicyStatement` (`/^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$/`, "Action '…' is
/// invalid"): an action is `*` or `service:Action`.
fn action_shape(s: &PolicyStatement, path: &str, cx: &mut Check) {
    for (i, action) in s.actions.iter().enumerate() {
        let ok = action == "*" || is_service_action(action, |c| c.is_ascii_alphanumeric() || c == '*');
        if !ok {
            cx.push(
                Issue::new(
                    "identity_pool.role_statements.action",
                    format!("{path}.actions.{i}"),
                    format!("an IAM action is `*` or `service:Action` of letters, digits and `*`, such as `s3:GetObject` (got {action:?}); the CDK rejects it (\"Action '{action}' is invalid. An action string consists of a service namespace, a colon, and the name of an action.\")"),
                )
                .value(format!("{action:?}")),
            );
        }
    }
}

/// AWS CDK `PolicyStatement.validateForIdentityPolicy` ("A PolicyStatement used in an
/// identity-based policy must specify at least one resource").
fn resources_given(s: &PolicyStatement, path: &str, cx: &mut Check) {
    if s.resources.is_empty() {
        cx.push(Issue::new(
            "identity_pool.role_statements.resources",
            format!("{path}.resources"),
            "`resources` must name at least one resource, e.g. `[\"arn:aws:s3:::my-bucket/*\"]`; the CDK rejects the policy (\"A PolicyStatement used in an identity-based policy must specify at least one resource.\")",
        ));
    }
}

/// IAM (`MalformedPolicyDocument`: "Resource … must be in ARN format or \"*\""): a literal
/// resource is `*` or an ARN.
fn resource_shape(s: &PolicyStatement, path: &str, cx: &mut Check) {
    for (i, resource) in s.resources.iter().enumerate() {
        let Some(text) = resource.literal() else { continue };
        if text != "*" && !text.starts_with("arn:") {
            cx.push(
                Issue::new(
                    "identity_pool.role_statements.resource",
                    format!("{path}.resources.{i}"),
                    format!("a resource is `*` or an ARN such as `arn:aws:s3:::my-bucket/*` (got {text:?}); IAM rejects the policy at deploy time (\"Resource {text} must be in ARN format or \\\"*\\\"\")"),
                )
                .value(resource),
            );
        }
    }
}

/// Emits the `DefaultPolicy` of the default role `kind` (`Authenticated`, `Unauthenticated`)
/// of the identity pool at `node`, when it has statements.
pub(crate) fn render(cx: &mut Synth, node: NodeId, kind: &str, statements: Option<&Vec<PolicyStatement>>) {
    let statements: Vec<Json> = statements.iter().flat_map(|s| s.iter()).map(|s| statement(cx, s)).collect();
    let role = format!("{kind}Role");
    default_policy_of(cx, node, &[&role, "Resource"], statements);
}

/// A statement as the CDK's `PolicyStatement.toStatementJson` writes it: one action or
/// resource as a string, several as a list (each once).
fn statement(cx: &Synth, s: &PolicyStatement) -> Json {
    let one_or_list = |values: Vec<Json>| {
        let mut unique: Vec<Json> = Vec::with_capacity(values.len());
        for v in values {
            if !unique.contains(&v) {
                unique.push(v);
            }
        }
        match unique.len() {
            0 => None,
            1 => unique.pop(),
            _ => Some(Json::Arr(unique)),
        }
    };
    let mut o = Obj::new();
    o.insert_opt("Action", one_or_list(s.actions.iter().map(|a| Json::from(a.clone())).collect()));
    let conditions = s.conditions.as_deref().filter(|c| !c.is_empty());
    o.insert_opt("Condition", conditions.map(|c| conditions_json(c, |v| cx.value(v))));
    o.insert("Effect", if s.effect == Some(Effect::Deny) { "Deny" } else { "Allow" });
    o.insert_opt("Resource", one_or_list(s.resources.iter().map(|r| cx.value(r)).collect()));
    Json::Obj(o)
}
