//! A cloud assembly directory (`cdk.out`): its `manifest.json` names the stacks, their
//! template files, where each deploys and the stacks each depends on.

use std::path::Path;

use crate::Error;
use crate::json::{self, Json};

/// One stack of the assembly, as its manifest describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct StackFile {
    /// The artifact id: the stack's name.
    pub name: String,
    /// The template's file, relative to the assembly's directory.
    pub template_file: String,
    /// The template's text.
    pub template: String,
    /// The account and region, where the manifest names them (`aws://ACCOUNT/REGION`).
    pub account: Option<String>,
    pub region: Option<String>,
    /// The stacks it depends on (the manifest's other dependencies, asset manifests, aside).
    pub dependencies: Vec<String>,
}

/// The stacks of the assembly in `dir`, in the manifest's order.
pub fn read(dir: &Path) -> Result<Vec<StackFile>, Error> {
    let manifest_path = dir.join("manifest.json");
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| {
        Error::new(format!(
            "a directory without a readable `manifest.json` ({e}), so not a cloud assembly; give the directory `cdk synth` writes (`cdk.out`), or one stack's template"
        ))
    })?;
    let manifest =
        json::parse(&text).map_err(|e| Error::new(format!("`manifest.json` is not valid JSON: {e}")))?;
    let artifacts = manifest.get("artifacts").map(Json::entries).unwrap_or_default();
    let is_stack = |a: &Json| a.get("type").and_then(Json::as_str) == Some("aws:cloudformation:stack");
    if let Some((id, _)) =
        artifacts.iter().find(|(_, a)| a.get("type").and_then(Json::as_str) == Some("cdk:cloud-assembly"))
    {
        return Err(Error::new(format!(
            "`manifest.json` has a nested assembly (`{id}`, a CDK `Stage`), which `cognito!` cannot express; import each of its stacks' templates"
        )));
    }
    let names: Vec<&str> = artifacts.iter().filter(|(_, a)| is_stack(a)).map(|(id, _)| id.as_str()).collect();
    let stacks = artifacts
        .iter()
        .filter(|(_, a)| is_stack(a))
        .map(|(id, a)| stack(dir, id, a, &names))
        .collect::<Result<Vec<_>, _>>()?;
    if stacks.is_empty() {
        return Err(Error::new(
            "`manifest.json` names no stack (no artifact of type `aws:cloudformation:stack`); synthesize the app first (`cdk synth`)",
        ));
    }
    Ok(stacks)
}

fn stack(dir: &Path, id: &str, a: &Json, stacks: &[&str]) -> Result<StackFile, Error> {
    let properties = a.get("properties");
    if let Some(name) =
        properties.and_then(|p| p.get("stackName")).and_then(Json::as_str).filter(|n| *n != id)
    {
        return Err(Error::new(format!(
            "stack `{id}` deploys as `{name}` (`stackName`), which `cognito!` cannot express: a stack's name is its id"
        )));
    }
    let file = properties.and_then(|p| p.get("templateFile")).and_then(Json::as_str).ok_or_else(|| {
        Error::new(format!("`manifest.json` gives stack `{id}` no `properties.templateFile`"))
    })?;
    let template = std::fs::read_to_string(dir.join(file))
        .map_err(|e| Error::new(format!("cannot read stack `{id}`'s template `{file}`: {e}")))?;
    let env = a.get("environment").and_then(Json::as_str).unwrap_or("");
    let (account, region) = env.strip_prefix("aws://").and_then(|e| e.split_once('/')).unwrap_or(("", ""));
    let known = |v: &str, unknown: &str| (!v.is_empty() && v != unknown).then(|| v.to_string());
    let dependencies = match a.get("dependencies") {
        Some(Json::Arr(deps)) => {
            deps.iter().filter_map(Json::as_str).filter(|d| stacks.contains(d)).map(str::to_string).collect()
        }
        _ => Vec::new(),
    };
    Ok(StackFile {
        name: id.to_string(),
        template_file: file.to_string(),
        template,
        account: known(account, "unknown-account"),
        region: known(region, "unknown-region"),
        dependencies,
    })
}
