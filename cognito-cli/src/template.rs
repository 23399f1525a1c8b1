//! Reading a CDK-synthesized template: its stack, its resources with their construct paths,
//! outputs and parameters; the CDK's bookkeeping dropped; what the language cannot say refused
//! with a message that names it.

use crate::Error;
use crate::json::{self, Json};
use crate::yaml;

/// A template read for import.
#[derive(Debug)]
pub struct Template {
    /// The stack's construct id (the first step of every path).
    pub stack: String,
    pub resources: Vec<Resource>,
    pub outputs: Vec<(String, Json)>,
    pub parameters: Vec<(String, Json)>,
    /// Why the template was made under the recommended feature flags, when it shows it.
    pub recommended_flags: Option<&'static str>,
    /// The tags every tagged resource carries (the CDK's `Tags.of(stack)`), tried as the
    /// stack's `tags` (see [`common_tags`]).
    pub stack_tags: Vec<(String, String)>,
}

/// One resource and where the CDK put it.
#[derive(Clone, Debug)]
pub struct Resource {
    pub logical_id: String,
    /// The construct path below the stack (`["pool", "web", "Resource"]`).
    pub path: Vec<String>,
    pub kind: String,
    pub properties: Vec<(String, Json)>,
    /// `DependsOn`, `DeletionPolicy` and the other resource attributes, as written.
    pub attributes: Vec<(String, Json)>,
    /// `Metadata` other than the CDK's `aws:cdk:path`.
    pub metadata: Vec<(String, Json)>,
}

/// The stack's name when no resource says it: the language's default.
pub const DEFAULT_STACK: &str = "Stack";

/// Resource attributes an item's `overrides` can write.
pub const ATTRIBUTES: &[&str] =
    &["DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy"];

/// The document in `text`: JSON when it starts as JSON does, CloudFormation's YAML otherwise
/// (short-form tags as their long form).
pub fn document(text: &str) -> Result<Json, Error> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(Error::new(
            "the file is empty; give a CloudFormation template the CDK synthesized (`cdk.out/STACK.template.json`)",
        ));
    }
    if is_json(text) {
        return json::parse(trimmed).map_err(|e| Error::new(format!("the file is not valid JSON: {e}")));
    }
    yaml::parse(trimmed)
        .map_err(|e| Error::new(format!("the file is not CloudFormation's JSON or YAML: {e}")))
}

/// Whether `text` is JSON rather than YAML (JSON is YAML too, but its own reader's errors are
/// clearer).
pub fn is_json(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim_start().starts_with(['{', '['])
}

/// Reads `text`, a template as `cdk synth` or `aws cloudformation get-template` gives it.
pub fn read(text: &str) -> Result<Template, Error> {
    from_document(&document(text)?)
}

/// Reads a template already parsed.
pub fn from_document(json: &Json) -> Result<Template, Error> {
    let mut template = Template {
        stack: String::new(),
        resources: Vec::new(),
        outputs: Vec::new(),
        parameters: Vec::new(),
        recommended_flags: None,
        stack_tags: Vec::new(),
    };
    let mut stacks: Vec<String> = Vec::new();
    for (key, value) in json.entries() {
        match key.as_str() {
            "Resources" => resources(value, &mut template.resources, &mut stacks)?,
            "Outputs" => template.outputs = section(value, "Outputs")?,
            "Parameters" => template.parameters = parameters(value)?,
            "Conditions" => bookkeeping(value, "Conditions", "CDKMetadataAvailable")?,
            "Rules" => bookkeeping(value, "Rules", "CheckBootstrapVersion")?,
            other => return Err(unsupported_section(other)),
        }
    }
    if json.get("Resources").is_none() {
        return Err(Error::new("the file is not a CloudFormation template: it has no `Resources`"));
    }
    template.stack = match stacks.as_slice() {
        [one] => one.clone(),
        [] => return Err(no_resources(metadata_stack(json).unwrap_or(DEFAULT_STACK))),
        many => {
            return Err(Error::new(format!(
                "the resources belong to several stacks ({}); import each stack's own template (`cdk.out/STACK.template.json`)",
                many.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
            )));
        }
    };
    template.recommended_flags = crate::flags::recommended(&template);
    template.stack_tags = common_tags(&template.resources);
    Ok(template)
}

/// The tags, as `(key, value)` in the order of the first tagged resource, that every resource
/// with tags carries (a pool's `UserPoolTags`, an identity pool's `IdentityPoolTags`, the
/// `Tags` of IAM, Lambda, Logs, …), and every resource of a kind the CDK always tags: what
/// `Tags.of(stack)` or `Tags.of(app)` gives them. Only a guess: the importer proves the block
/// with them and, failing that, without.
pub fn common_tags(resources: &[Resource]) -> Vec<(String, String)> {
    const ALWAYS_TAGGED: &[&str] = &[
        "AWS::Cognito::UserPool",
        "AWS::Cognito::IdentityPool",
        "AWS::IAM::Role",
        "AWS::Lambda::Function",
        "AWS::Logs::LogGroup",
    ];
    let tagged = resources.iter().filter_map(|r| match tags_of(r) {
        Some(tags) => Some(tags),
        None => ALWAYS_TAGGED.contains(&r.kind.as_str()).then(Vec::new),
    });
    let mut common: Option<Vec<(String, String)>> = None;
    for tags in tagged {
        match &mut common {
            None => common = Some(tags),
            Some(c) => c.retain(|t| tags.contains(t)),
        }
    }
    common.unwrap_or_default()
}

/// The tags of `r` whose values are strings, if it has a tag property.
pub fn tags_of(r: &Resource) -> Option<Vec<(String, String)>> {
    let (_, value) = r
        .properties
        .iter()
        .find(|(k, _)| matches!(k.as_str(), "UserPoolTags" | "IdentityPoolTags" | "Tags"))?;
    let pair = |(k, v): (&str, &Json)| Some((k.to_string(), v.as_str()?.to_string()));
    Some(match value {
        // `{ key: value }` (a user pool's).
        Json::Obj(entries) => entries.iter().filter_map(|(k, v)| pair((k, v))).collect(),
        // `[{ Key, Value }]` (everything else).
        Json::Arr(list) => {
            list.iter().filter_map(|t| pair((t.get("Key")?.as_str()?, t.get("Value")?))).collect()
        }
        _ => Vec::new(),
    })
}

/// The stack's name from the path of the CDK's `AWS::CDK::Metadata` resource.
fn metadata_stack(json: &Json) -> Option<&str> {
    let resources = json.get("Resources")?.entries();
    let (_, cdk) =
        resources.iter().find(|(_, r)| r.get("Type").and_then(Json::as_str) == Some("AWS::CDK::Metadata"))?;
    cdk.get("Metadata")?.get("aws:cdk:path")?.as_str()?.split('/').next()
}

fn section(value: &Json, name: &str) -> Result<Vec<(String, Json)>, Error> {
    match value {
        Json::Obj(entries) => Ok(entries.clone()),
        _ => Err(Error::new(format!("`{name}` is not an object; the file is not a CloudFormation template"))),
    }
}

/// The `BootstrapVersion` parameter is the CDK's bookkeeping; the others are the stack's.
fn parameters(value: &Json) -> Result<Vec<(String, Json)>, Error> {
    let mut all = section(value, "Parameters")?;
    all.retain(|(name, _)| name != "BootstrapVersion");
    Ok(all)
}

/// A section that only the CDK's bookkeeping may use (its metadata condition, its bootstrap
/// rule).
fn bookkeeping(value: &Json, name: &str, cdk: &str) -> Result<(), Error> {
    for (key, _) in section(value, name)? {
        if key != cdk {
            return Err(Error::new(format!(
                "the template has `{name}` (`{key}`), which `cognito!` cannot express; remove it from the CDK stack, or keep this stack in the CDK"
            )));
        }
    }
    Ok(())
}

fn unsupported_section(key: &str) -> Error {
    Error::new(format!(
        "the template has a top-level `{key}`, which `cognito!` cannot express; only `Resources`, `Outputs`, `Parameters` and the CDK's bookkeeping import"
    ))
}

fn resources(value: &Json, out: &mut Vec<Resource>, stacks: &mut Vec<String>) -> Result<(), Error> {
    for (logical_id, body) in section(value, "Resources")? {
        if body.get("Type").and_then(Json::as_str) == Some("AWS::CDK::Metadata") {
            continue;
        }
        let r = resource(&logical_id, &body)?;
        let stack = path_of(&logical_id, &body)?;
        if !stacks.contains(&stack.0) {
            stacks.push(stack.0.clone());
        }
        out.push(Resource { path: stack.1, ..r });
    }
    Ok(())
}

fn resource(logical_id: &str, body: &Json) -> Result<Resource, Error> {
    let Json::Obj(entries) = body else {
        return Err(Error::new(format!(
            "resource `{logical_id}` is not an object; the file is not a CloudFormation template"
        )));
    };
    let kind = body.get("Type").and_then(Json::as_str).ok_or_else(|| {
        Error::new(format!(
            "resource `{logical_id}` has no `Type`; the file is not a CloudFormation template"
        ))
    })?;
    let mut r = Resource {
        logical_id: logical_id.to_string(),
        path: Vec::new(),
        kind: kind.to_string(),
        properties: Vec::new(),
        attributes: Vec::new(),
        metadata: Vec::new(),
    };
    for (key, value) in entries {
        match key.as_str() {
            "Type" => {}
            "Properties" => r.properties = section(value, "Properties")?,
            "Metadata" => {
                r.metadata =
                    section(value, "Metadata")?.into_iter().filter(|(k, _)| k != "aws:cdk:path").collect();
            }
            a if ATTRIBUTES.contains(&a) => r.attributes.push((key.clone(), value.clone())),
            other => {
                return Err(Error::new(format!(
                    "resource `{logical_id}` has `{other}`, which `cognito!` cannot express; remove it from the CDK stack, or keep this stack in the CDK"
                )));
            }
        }
    }
    Ok(r)
}

/// The stack and the construct path below it, from `aws:cdk:path`; the logical id must be the
/// one the CDK gives that path (an `overrideLogicalId` cannot be expressed).
fn path_of(logical_id: &str, body: &Json) -> Result<(String, Vec<String>), Error> {
    let path = body.get("Metadata").and_then(|m| m.get("aws:cdk:path")).and_then(Json::as_str).ok_or_else(|| {
        Error::new(format!(
            "resource `{logical_id}` has no `aws:cdk:path` metadata, so its construct ids are unknown; synthesize the stack with path metadata (`cdk synth` writes it unless `--path-metadata false`)"
        ))
    })?;
    let steps: Vec<String> = path.split('/').map(str::to_string).collect();
    let Some((stack, below)) = steps.split_first().filter(|(_, below)| !below.is_empty()) else {
        return Err(not_a_path(logical_id, path));
    };
    if steps.iter().any(String::is_empty) {
        return Err(not_a_path(logical_id, path));
    }
    let below_refs: Vec<&str> = below.iter().map(String::as_str).collect();
    let expected = cognito_runtime::logical_id(&below_refs);
    if expected != logical_id {
        return Err(Error::new(format!(
            "resource `{logical_id}` (path \"{path}\") has a logical id the CDK does not give that path (`{expected}`): it was set with `overrideLogicalId`, which `cognito!` cannot express"
        )));
    }
    Ok((stack.clone(), below.to_vec()))
}

/// A stack the CDK deployed with its metadata resource alone: `cognito!` refuses a stack
/// without resources, as CloudFormation does.
fn no_resources(stack: &str) -> Error {
    Error::new(format!(
        "stack `{stack}` has no resource besides the CDK's bookkeeping (only outputs, parameters or imports); `cognito!` refuses a stack without resources, as CloudFormation does (\"At least one Resources member must be defined\"); keep this stack in the CDK, or add a resource to it first"
    ))
}

fn not_a_path(logical_id: &str, path: &str) -> Error {
    Error::new(format!(
        "resource `{logical_id}` has the path \"{path}\", which is not a construct path (`Stack/construct/…/Resource`)"
    ))
}

#[cfg(test)]
mod tests {
    use super::common_tags;
    use crate::lift::test_support::resource;

    fn tags(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_stack_tags_are_those_every_tagged_resource_carries() {
        let pool =
            resource("AWS::Cognito::UserPool", r#"{"UserPoolTags": {"team": "auth", "tier": "gold"}}"#);
        let role = resource("AWS::IAM::Role", r#"{"Tags": [{"Key": "team", "Value": "auth"}]}"#);
        let client = resource("AWS::Cognito::UserPoolClient", r#"{"ClientName": "web"}"#);
        assert_eq!(common_tags(&[pool.clone(), role.clone(), client]), tags(&[("team", "auth")]));
        // A value known only at deploy time is no tag the stack can give.
        let token = resource("AWS::IAM::Role", r#"{"Tags": [{"Key": "team", "Value": {"Ref": "P"}}]}"#);
        assert_eq!(common_tags(&[pool.clone(), token]), tags(&[]));
        // A role the CDK would have tagged carries none: `Tags.of(stack)` did not run.
        let bare = resource("AWS::IAM::Role", "{}");
        assert_eq!(common_tags(&[pool, role, bare]), tags(&[]));
        assert_eq!(common_tags(&[]), tags(&[]));
    }
}
