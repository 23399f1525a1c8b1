//! `AWS::Lambda::Function` → `lambda_function ID { … }`, the inverse of
//! `resources/lambda/mod.rs`: the function with its `ServiceRole` (and, under the recommended
//! feature flags, its `LogGroup`), which the item makes itself.

use super::{Item, get_att_arn, own_resource, prop, scalar_setting};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};
use crate::tree::Node;

/// The constructs a function holds that its item makes: its own resource, its service role
/// and its log group.
const MADE_BY_THE_ITEM: &[&str] = &["Resource", "ServiceRole", "LogGroup"];

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    if !node.children.iter().all(|c| MADE_BY_THE_ITEM.contains(&c.id.as_str())) {
        return None;
    }
    if !role_is_its_own(node, r, t) {
        return None;
    }
    let mut item = Item::new("lambda_function", &node.id, main);
    // A value known at deploy time (a parameter's) as the call that gives it.
    item.settings.push(("runtime", scalar_setting(prop(r, "Runtime")?)?));
    item.settings.push(("handler", scalar_setting(prop(r, "Handler")?)?));
    item.text("code", code(prop(r, "Code")?)?);
    if let Some(Json::Arr(archs)) = prop(r, "Architectures") {
        match archs.as_slice() {
            [Json::Str(a)] if a == "arm64" => item.text("architecture", "ARM_64"),
            [Json::Str(a)] if a == "x86_64" => item.text("architecture", "X86_64"),
            _ => return None,
        }
    }
    if let Some(Json::Num(seconds)) = prop(r, "Timeout") {
        item.text("timeout", format!("seconds({seconds})"));
    }
    if let Some(n @ Json::Num(_)) = prop(r, "MemorySize") {
        item.json("memory_size", n);
    }
    for (cfn, key) in [("Description", "description"), ("FunctionName", "function_name")] {
        if let Some(v) = prop(r, cfn) {
            item.settings.push((key, scalar_setting(v)?));
        }
    }
    if let Some(vars) = prop(r, "Environment").and_then(|e| e.get("Variables")) {
        let entries = vars.entries().iter().map(|(k, v)| Some((k.clone(), scalar_setting(v)?)));
        item.map("environment", entries.collect::<Option<Vec<_>>>()?);
    }
    Some(item)
}

/// `inline("…")` for code written in the template, `from_bucket("bucket", "key")` for an
/// object named by literals. A CDK asset (`Code.fromAsset`) names a hash of files the
/// template does not hold: it stays as CloudFormation has it.
fn code(code: &Json) -> Option<String> {
    if let [(k, Json::Str(source))] = code.entries()
        && k == "ZipFile"
    {
        return Some(format!("inline({})", string(source)));
    }
    let bucket = code.get("S3Bucket")?.as_str()?;
    let key = code.get("S3Key")?.as_str()?;
    (code.entries().len() == 2).then(|| format!("from_bucket({}, {})", string(bucket), string(key)))
}

/// Whether the function runs as the role the CDK made for it (`ServiceRole`), which is what
/// the item makes: `Role` is that role's `Arn`.
fn role_is_its_own(node: &Node, r: &Resource, t: &Template) -> bool {
    let Some(role) = node.children.iter().find(|c| c.id == "ServiceRole") else { return false };
    let Some((_, role)) = own_resource(role, t) else { return false };
    role.kind == "AWS::IAM::Role" && prop(r, "Role").and_then(get_att_arn) == Some(role.logical_id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn inline_code_and_a_bucket_object() {
        let inline = parse(r#"{"ZipFile": "exports.handler = async () => \"ok\""}"#).unwrap();
        assert_eq!(code(&inline).unwrap(), r#"inline("exports.handler = async () => \"ok\"")"#);
        let bucket = parse(r#"{"S3Bucket": "my-bucket", "S3Key": "fn.zip"}"#).unwrap();
        assert_eq!(code(&bucket).unwrap(), r#"from_bucket("my-bucket", "fn.zip")"#);
    }

    #[test]
    fn an_asset_stays_as_cloudformation_has_it() {
        let asset = parse(
            r#"{"S3Bucket": {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"}, "S3Key": "abc.zip"}"#,
        )
        .unwrap();
        assert_eq!(code(&asset), None);
    }
}
