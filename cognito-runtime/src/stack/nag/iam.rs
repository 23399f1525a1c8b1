//! cdk-nag's IAM rules of the AwsSolutions pack (rules/iam/IAMNoManagedPolicies.ts,
//! IAMNoWildcardPermissions.ts), on roles, users, groups and policies.

use super::flatten::flatten;
use super::js::{Threw, get, stringify};
use super::resource::Resource;
use super::rule::Outcome;
use crate::core::json::Json;

/// The resources that carry managed and inline policies (`CfnGroup`, `CfnUser`, `CfnRole`).
const PRINCIPALS: &[&str] = &["AWS::IAM::Group", "AWS::IAM::User", "AWS::IAM::Role"];

/// The resources that are a policy document (`CfnPolicy`, `CfnManagedPolicy`).
const POLICIES: &[&str] = &["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"];

/// cdk-nag AwsSolutions-IAM4 (`IAMNoManagedPolicies`): a role, user or group uses no AWS
/// managed policy; one finding `Policy::<arn>` per such policy.
pub(crate) fn no_managed_policies(r: &Resource) -> Result<Outcome, Threw> {
    if !PRINCIPALS.contains(&r.kind) {
        return Ok(Outcome::NotApplicable);
    }
    let mut findings = Vec::new();
    match r.prop("ManagedPolicyArns") {
        None => {}
        Some(Json::Arr(arns)) => {
            for arn in arns {
                let arn = flatten(Some(arn))?;
                if arn.contains(":iam::aws:") {
                    add(&mut findings, format!("Policy::{arn}"));
                }
            }
        }
        // `managedPolicyArns.map` on anything but an array throws.
        Some(_) => return Err(Threw),
    }
    Ok(granular(findings))
}

/// cdk-nag AwsSolutions-IAM5 (`IAMNoWildcardPermissions`): no `Allow` statement of a policy
/// has a wildcard action or resource; one finding `Action::<action>` or
/// `Resource::<resource>` per wildcard.
pub(crate) fn no_wildcard_permissions(r: &Resource) -> Result<Outcome, Threw> {
    let mut findings = Vec::new();
    if PRINCIPALS.contains(&r.kind) {
        match r.prop("Policies") {
            None | Some(Json::Null) => {}
            Some(Json::Arr(policies)) => {
                for policy in policies {
                    analyze(get(policy, "PolicyDocument"), &mut findings)?;
                }
            }
            Some(_) => return Err(Threw),
        }
    } else if POLICIES.contains(&r.kind) {
        analyze(r.prop("PolicyDocument"), &mut findings)?;
    } else {
        return Ok(Outcome::NotApplicable);
    }
    Ok(granular(findings))
}

/// cdk-nag's `analyzePolicy`: the wildcards of a policy document's `Allow` statements.
fn analyze(document: Option<&Json>, findings: &mut Vec<String>) -> Result<(), Threw> {
    // `policy.Statement` on undefined or null throws; `for … of` walks a string's characters
    // (none of which is an `Allow` statement) and throws on any other non-list.
    let statements = match document.ok_or(Threw)? {
        Json::Null => return Err(Threw),
        doc => match get(doc, "Statement") {
            None | Some(Json::Null | Json::Str(_)) => return Ok(()),
            Some(Json::Arr(statements)) => statements,
            Some(_) => return Err(Threw),
        },
    };
    for statement in statements {
        if *statement == Json::Null {
            return Err(Threw);
        }
        if get(statement, "Effect").and_then(Json::as_str) != Some("Allow") {
            continue;
        }
        for action in as_list(get(statement, "Action")) {
            if wildcard_action(action)? {
                add(findings, format!("Action::{}", action.map_or(String::new(), to_string)));
            }
        }
        for resource in as_list(get(statement, "Resource")) {
            let resource = flatten(resource)?;
            if resource.contains('*') {
                add(findings, format!("Resource::{resource}"));
            }
        }
    }
    Ok(())
}

/// `action.includes('*')`: a wildcard in a string, a `*` element of a list; anything else
/// has no `includes` and throws.
fn wildcard_action(action: Option<&Json>) -> Result<bool, Threw> {
    match action {
        Some(Json::Str(a)) => Ok(a.contains('*')),
        Some(Json::Arr(items)) => Ok(items.iter().any(|i| i.as_str() == Some("*"))),
        _ => Err(Threw),
    }
}

/// `String(value)` for the values an action can be.
fn to_string(value: &Json) -> String {
    match value {
        Json::Arr(items) => items.iter().map(to_string).collect::<Vec<_>>().join(","),
        Json::Null => String::new(),
        Json::Str(s) => s.to_string(),
        Json::Obj(_) => "[object Object]".to_owned(),
        Json::Bool(_) | Json::Num(_) => stringify(value),
    }
}

/// cdk-nag's `normalizeArray`: the elements of an array, or the value itself (even undefined).
fn as_list(value: Option<&Json>) -> Vec<Option<&Json>> {
    match value {
        Some(Json::Arr(items)) => items.iter().map(Some).collect(),
        other => vec![other],
    }
}

/// Adds to a `Set`: once, in first-seen order.
fn add(findings: &mut Vec<String>, finding: String) {
    if !findings.contains(&finding) {
        findings.push(finding);
    }
}

fn granular(findings: Vec<String>) -> Outcome {
    if findings.is_empty() { Outcome::Compliant } else { Outcome::Findings(findings) }
}
