//! Whether the CDK made a template under the recommended feature flags (those `cdk init`
//! writes into `cdk.json`): the marks they leave that the CDK's defaults never do. A template
//! with none of them is the same under both, so the stack keeps the defaults.

use crate::json::Json;
use crate::template::{Resource, Template};

/// The mark of the recommended flags in `t`, if it has one.
pub fn recommended(t: &Template) -> Option<&'static str> {
    if t.resources.iter().any(|r| managed_log_group(r, t)) {
        return Some("Lambda functions with the log group the CDK makes for them");
    }
    if t.resources.iter().any(partition_literal) {
        return Some("an SES identity's ARN with the partition written out");
    }
    let documents: Vec<&Json> = t.resources.iter().flat_map(policy_documents).collect();
    if documents.iter().any(|d| minimized(d)) && !documents.iter().any(|d| unmerged(d)) {
        return Some("IAM policies with their statements merged");
    }
    None
}

/// AWS CDK `@aws-cdk/aws-lambda:useCdkManagedLogGroup`: `FN/LogGroup/Resource` beside the
/// function `FN/Resource`.
fn managed_log_group(r: &Resource, t: &Template) -> bool {
    let [scope @ .., group, last] = r.path.as_slice() else { return false };
    r.kind == "AWS::Logs::LogGroup"
        && group == "LogGroup"
        && last == "Resource"
        && t.resources.iter().any(|f| {
            f.kind == "AWS::Lambda::Function"
                && matches!(f.path.as_slice(), [s @ .., l] if l == "Resource" && s == scope)
        })
}

/// AWS CDK `@aws-cdk/core:…` partition literals: a user pool's SES `SourceArn` that starts
/// `arn:aws:` where the CDK's default writes `{"Ref": "AWS::Partition"}`.
fn partition_literal(r: &Resource) -> bool {
    if r.kind != "AWS::Cognito::UserPool" {
        return false;
    }
    let arn =
        r.properties.iter().find(|(k, _)| k == "EmailConfiguration").and_then(|(_, v)| v.get("SourceArn"));
    let first = match arn {
        Some(Json::Str(s)) => Some(s.as_str()),
        Some(join) => join.get("Fn::Join").and_then(|j| match j {
            Json::Arr(args) => match args.get(1) {
                Some(Json::Arr(parts)) => parts.first().and_then(Json::as_str),
                _ => None,
            },
            _ => None,
        }),
        None => None,
    };
    first.is_some_and(|s| s.starts_with("arn:aws:ses:"))
}

/// The policy documents of an IAM policy or role.
fn policy_documents(r: &Resource) -> Vec<&Json> {
    let prop = |k: &str| r.properties.iter().find(|(key, _)| key == k).map(|(_, v)| v);
    match r.kind.as_str() {
        "AWS::IAM::Policy" => prop("PolicyDocument").into_iter().collect(),
        "AWS::IAM::Role" => match prop("Policies") {
            Some(Json::Arr(policies)) => policies.iter().filter_map(|p| p.get("PolicyDocument")).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn statements(document: &Json) -> &[Json] {
    match document.get("Statement") {
        Some(Json::Arr(s)) => s,
        _ => &[],
    }
}

/// AWS CDK `@aws-cdk/aws-iam:minimizePolicies`: merged statements list their actions or
/// resources sorted.
fn minimized(document: &Json) -> bool {
    statements(document).iter().any(|s| {
        ["Action", "Resource"].iter().any(|k| match s.get(k) {
            Some(Json::Arr(v)) => {
                let strings: Option<Vec<&str>> = v.iter().map(Json::as_str).collect();
                strings.is_some_and(|v| v.len() >= 2 && v.is_sorted())
            }
            _ => false,
        })
    })
}

/// Two statements the flag would have merged: alike but for their actions, or but for their
/// resources.
fn unmerged(document: &Json) -> bool {
    let s = statements(document);
    let rest = |st: &Json| -> Vec<(String, Json)> {
        st.entries()
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "Action" | "Resource" | "Sid"))
            .cloned()
            .collect()
    };
    s.iter().enumerate().any(|(i, a)| {
        s.iter().skip(i + 1).any(|b| {
            rest(a) == rest(b)
                && (a.get("Resource") == b.get("Resource") || a.get("Action") == b.get("Action"))
        })
    })
}
