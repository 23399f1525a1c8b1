//! The proof that a printed block gives the template: the block goes through the pipeline of
//! `cognito!` itself (parse, lower, the runtime's rules, synth), in process.

use std::str::FromStr;

use proc_macro2::TokenStream;
use serde_json::Value;

use crate::json::Json;

use crate::pipeline;

/// The template of `cognito! { block }`; the macro's errors, one a line, otherwise. The
/// block goes through what `expand` does before generating code: the nesting limit, parse,
/// lower, and the check of the whole block (rules, best-practice checks, limits).
pub fn synth(block: &str) -> Result<Value, String> {
    let app = checked_app(block)?;
    match app.stacks() {
        [stack] => stack.synth().map_err(|e| e.to_string()),
        stacks => Err(format!("the block makes {} stacks, not one", stacks.len())),
    }
}

/// One stack of an app, as [`synth_app`] gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct AppStack {
    pub name: String,
    pub template: Value,
    /// The stacks it depends on, as the assembly's manifest lists them.
    pub dependencies: Vec<String>,
}

/// The stacks of the app `cognito! { block }` makes, in order; the macro's errors otherwise.
pub fn synth_app(block: &str) -> Result<Vec<AppStack>, String> {
    let assembly = checked_app(block)?.synth().map_err(|e| e.to_string())?;
    assembly
        .stacks
        .iter()
        .map(|s| {
            let template = serde_json::from_str(&s.template.to_pretty_string()).map_err(|e| e.to_string())?;
            Ok(AppStack { name: s.name.clone(), template, dependencies: s.dependencies.clone() })
        })
        .collect()
}

/// The app of `cognito! { block }`, checked as the macro checks it.
fn checked_app(block: &str) -> Result<cognito_runtime::App, String> {
    let tokens = TokenStream::from_str(block).map_err(|e| format!("the block does not tokenize: {e}"))?;
    let too_deep = pipeline::ast::nesting_errors(&tokens);
    if !too_deep.is_empty() {
        return Err(messages(&too_deep));
    }
    let ast = pipeline::ast::parse(tokens);
    let had_syntax_errors = ast.dropped_items;
    let checked = pipeline::check::check(pipeline::lower::lower_input(&ast), had_syntax_errors);
    if !checked.errors.is_empty() {
        return Err(messages(&checked.errors));
    }
    Ok(checked.app)
}

fn messages(errors: &[syn::Error]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// `json` as `serde_json` holds it (a number by its value).
pub fn to_serde(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Num(n) => serde_json::from_str(n).unwrap_or(Value::Null),
        Json::Str(s) => Value::String(s.clone()),
        Json::Arr(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Obj(entries) => Value::Object(entries.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect()),
    }
}

/// `template` without what `cognito!` does not write: the CDK's bookkeeping (its metadata
/// resource and condition, the bootstrap parameter and rule), the resources' `Metadata`, and
/// sections left empty.
pub fn without_bookkeeping(mut template: Value) -> Value {
    let Some(t) = template.as_object_mut() else { return template };
    if let Some(Value::Object(resources)) = t.get_mut("Resources") {
        resources.retain(|_, r| r.get("Type").is_none_or(|t| t != "AWS::CDK::Metadata"));
        for r in resources.values_mut() {
            if let Some(r) = r.as_object_mut() {
                r.remove("Metadata");
            }
        }
    }
    for (section, cdk) in [
        ("Conditions", "CDKMetadataAvailable"),
        ("Parameters", "BootstrapVersion"),
        ("Rules", "CheckBootstrapVersion"),
    ] {
        if let Some(Value::Object(s)) = t.get_mut(section) {
            s.remove(cdk);
        }
    }
    t.retain(|_, v| v.as_object().is_none_or(|o| !o.is_empty()));
    template
}
