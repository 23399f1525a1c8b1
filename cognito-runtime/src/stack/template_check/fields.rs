//! From a place in the rendered template back to the setting that wrote it: a CloudFormation
//! path (`Code.ZipFile`, `Tags.3.Value`, `Export.Name`) of an element an item emitted, to
//! the item's field path (`code`, `tags.Team`, `export_name`), so a violation found in the
//! template is reported under the token at fault.

use crate::core::json::{Json, Obj};
use crate::stack::change::field_of;
use crate::stack::item::Item;

/// Where an element sits: its template section and, for a resource, its type.
#[derive(Clone, Copy)]
pub(super) struct Element<'a> {
    pub section: &'a str,
    pub resource_type: &'a str,
    /// The element as rendered (a tag's key is read from it).
    pub json: &'a Json,
}

/// The field path of the item that wrote `path` (below `Properties` for a resource); empty
/// when no single setting did (a property the item derives).
pub(super) fn model_path(item: &Item, element: Element, path: &[String]) -> String {
    if let ("Resources", Some(field_of)) = (element.section, item.cfn_fields()) {
        return field_of(path).unwrap_or_default();
    }
    let Some((first, rest)) = path.split_first() else { return String::new() };
    match element.section {
        "Outputs" => output_path(first, rest),
        "Parameters" => snake_path(path),
        _ if matches!(first.as_str(), "Tags" | "UserPoolTags" | "IdentityPoolTags") => {
            tag_path(element, first, rest)
        }
        _ => resource_path(item, element.resource_type, first, rest),
    }
}

fn output_path(first: &str, rest: &[String]) -> String {
    match first {
        "Export" => "export_name".to_owned(),
        _ => snake_path(&[[first.to_owned()].as_slice(), rest].concat()),
    }
}

/// `tags.KEY`: the key of the tag at `rest[0]` (a list index, or the key of a map).
fn tag_path(element: Element, first: &str, rest: &[String]) -> String {
    let Some(entry) = rest.first() else { return "tags".to_owned() };
    let list = properties(element.json).and_then(|p| p.get(first));
    let key = match list {
        Some(Json::Arr(tags)) => {
            entry.parse::<usize>().ok().and_then(|i| tags.get(i)).and_then(|t| obj_str(t, "Key"))
        }
        _ => Some(entry.as_str()),
    };
    key.map_or_else(|| "tags".to_owned(), |k| format!("tags.{k}"))
}

fn properties(json: &Json) -> Option<&Obj> {
    match json {
        Json::Obj(o) => match o.get("Properties") {
            Some(Json::Obj(p)) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

fn obj_str<'a>(json: &'a Json, key: &str) -> Option<&'a str> {
    match json {
        Json::Obj(o) => o.get(key).and_then(Json::as_str),
        _ => None,
    }
}

/// The settings of the items that map to a property other than by name.
fn resource_path(item: &Item, resource_type: &str, first: &str, rest: &[String]) -> String {
    match (item, resource_type, first) {
        (Item::LambdaFunction(_), "AWS::Lambda::Function", "Code") => {
            match rest.first().map(String::as_str) {
                Some("S3Bucket") => "code.bucket".to_owned(),
                Some("S3Key") => "code.key".to_owned(),
                _ => "code".to_owned(),
            }
        }
        (Item::LambdaFunction(_), "AWS::Lambda::Function", "Environment") => match rest {
            [variables, name, ..] if variables == "Variables" => format!("environment.{name}"),
            _ => "environment".to_owned(),
        },
        (Item::LambdaFunction(_), "AWS::Lambda::Function", "Role") => String::new(),
        (Item::LambdaFunction(_), "AWS::Lambda::Function", _) => {
            snake_path(&[[first.to_owned()].as_slice(), rest].concat())
        }
        (Item::Role(_), "AWS::IAM::Role", "AssumeRolePolicyDocument") => "assumed_by".to_owned(),
        (Item::Role(_), "AWS::IAM::Role", "RoleName" | "Description") => snake_path(&[first.to_owned()]),
        // The change report's map of Cognito's properties to settings, a list's element at
        // its index; otherwise the CDK's props in PascalCase, most of them one to one.
        (_, t, _) if t.starts_with("AWS::Cognito::") => match field_of(t, first, None) {
            Some(field) => match rest.first().filter(|i| i.parse::<usize>().is_ok()) {
                Some(index) => format!("{field}.{index}"),
                None => field.to_owned(),
            },
            None => snake_path(&[[first.to_owned()].as_slice(), rest].concat()),
        },
        (Item::UserPool(_), "AWS::Lambda::Permission", _) => "lambda_triggers".to_owned(),
        (Item::AddedTrigger(_), "AWS::Lambda::Permission", _) => "function".to_owned(),
        // The other resources an item adds (a function's service role, a role's default
        // policy, a pool's SMS role) hold nothing written as one setting.
        _ => String::new(),
    }
}

/// `MemorySize` → `memory_size`; each name of a path, list indices kept.
fn snake_path(path: &[String]) -> String {
    path.iter().map(|s| snake(s)).collect::<Vec<_>>().join(".")
}

fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let after_lower = i > 0 && chars[i - 1].is_ascii_lowercase();
        let acronym_end = i > 0
            && chars[i - 1].is_ascii_uppercase()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
        if c.is_ascii_uppercase() && (after_lower || acronym_end) {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_snake_case() {
        for (cfn, ours) in [
            ("MemorySize", "memory_size"),
            ("FunctionName", "function_name"),
            ("AllowedPattern", "allowed_pattern"),
            ("KMSKeyArn", "kms_key_arn"),
            ("Runtime", "runtime"),
        ] {
            assert_eq!(snake(cfn), ours);
        }
    }
}
