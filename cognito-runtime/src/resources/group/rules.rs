//! The rules of a user pool group: the CDK's checks (in its order), and the schema's rule
//! for the role ARN.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::pool::check_pool;
use crate::context::rules::{all_visible, arn};
use crate::core::text::utf16_len;

/// Runs every rule of a group.
pub(crate) fn check(g: &UserPoolGroup, cx: &mut Check) {
    cx.values(g);
    check_pool(cx, g.user_pool.as_ref(), "user_pool_group");
    description(g, cx);
    precedence(g, cx);
    group_name(g, cx);
    role(g, cx);
}

/// AWS CDK `UserPoolGroup`: "`description` must be between 0 and 2048 characters".
fn description(g: &UserPoolGroup, cx: &mut Check) {
    let Some(d) = g.description.as_ref() else { return };
    let Some(text) = d.literal() else { return };
    let len = utf16_len(text);
    if len > 2048 {
        cx.push(
            Issue::new(
                "group.description.length",
                "description",
                format!("`description` must be at most 2048 characters long (got {len})"),
            )
            .value(d),
        );
    }
}

/// AWS CDK `UserPoolGroup`: "`precedence` must be between 0 and 2^31-1".
fn precedence(g: &UserPoolGroup, cx: &mut Check) {
    let Some(p) = g.precedence else { return };
    if !(0..=i64::from(i32::MAX)).contains(&p) {
        cx.push(
            Issue::new(
                "group.precedence.range",
                "precedence",
                format!("`precedence` must be between 0 and 2^31-1 (2147483647) (got {p})"),
            )
            .value(p),
        );
    }
}

/// AWS CDK `UserPoolGroup` (`/^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u`): "`groupName` must be
/// between 1 and 128 characters and can include letters, numbers, and symbols."
fn group_name(g: &UserPoolGroup, cx: &mut Check) {
    if let Some(v) = &g.group_name {
        group_name_shape(v, "group_name", "", cx);
    }
}

/// The rules of an imported group: CloudFormation schema (`GroupName`: 1 to 128 characters
/// of `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`, the created group's rule).
pub(crate) fn check_imported(g: &ImportedUserPoolGroup, cx: &mut Check) {
    let path = "from_group_name";
    cx.value(path, &g.group_name);
    group_name_shape(&g.group_name, path, "; no group can have this name, so it names no existing group", cx);
}

/// A literal group name at `path` is 1 to 128 visible characters; `why` ends the message.
fn group_name_shape(v: &Value, path: &str, why: &str, cx: &mut Check) {
    let Some(name) = v.literal() else { return };
    let len = name.chars().count();
    let problem = if len == 0 {
        Some("is empty".to_owned())
    } else if len > 128 {
        Some(format!("is {len} characters long"))
    } else if !all_visible(name) {
        Some("contains a space or an invisible character".to_owned())
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.push(
            Issue::new(
                "group.group_name",
                path,
                format!(
                    "`{path}` must be 1 to 128 letters, numbers, symbols or punctuation, without spaces, but it {problem} (got {name:?}){why}"
                ),
            )
            .value(v),
        );
    }
}

/// The group's role: a `role` item of the stack, or an IAM role ARN (CloudFormation schema,
/// `RoleArn`).
fn role(g: &UserPoolGroup, cx: &mut Check) {
    match &g.role {
        Some(Arn::Item(r)) => {
            cx.resolve("role", r, &["role"]);
        }
        Some(Arn::Value(v)) => arn(cx, "group.role.arn", "role", v, Some("iam")),
        None => {}
    }
}
