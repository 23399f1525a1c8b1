//! The template deployed now (the baseline), and a view of any template that sets the AWS
//! CDK's bookkeeping aside.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// The template a stack is deployed with now: what `aws cloudformation get-template
/// --stack-name NAME --query TemplateBody` prints, or a `cdk.out/NAME.template.json`.
///
/// ```
/// use cognito_runtime::change::Baseline;
///
/// let baseline = Baseline::parse(r#"{ "Resources": {} }"#).unwrap();
/// assert!(baseline.template()["Resources"].is_object());
/// let err = Baseline::parse("{\n  \"Resources\": {,\n}").unwrap_err();
/// assert!(err.starts_with("line 2, column 17: "), "{err}");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline(Value);

impl Baseline {
    /// Reads a JSON template, or the whole answer of `aws cloudformation get-template` (its
    /// `TemplateBody`). A malformed text gives the line and column of the mistake.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match serde_json::from_str::<Value>(text) {
            Ok(value) => Baseline::from_value(value),
            Err(e) if looks_like_yaml(text) => Err(format!(
                "line {}, column {}: the baseline is not JSON (it looks like YAML, which is not read): \
                 convert it to JSON (e.g. `cfn-flip`), or use the CDK's `cdk.out/NAME.template.json`",
                e.line(),
                e.column()
            )),
            Err(e) => Err(format!("line {}, column {}: {}", e.line(), e.column(), reason(&e))),
        }
    }

    /// Takes a template already read as JSON (or `get-template`'s answer, whose
    /// `TemplateBody` it unwraps).
    pub fn from_value(value: Value) -> Result<Baseline, String> {
        Ok(Baseline(Baseline::template_in(&value)?.into_owned()))
    }

    /// The template `value` is, or the one inside `get-template`'s answer (`TemplateBody`, an
    /// object or a JSON text), checked to be a template; borrowed when it can be.
    pub(crate) fn template_in(value: &Value) -> Result<Cow<'_, Value>, String> {
        let template = match value.get("TemplateBody") {
            Some(Value::String(body)) => Cow::Owned(Baseline::parse(body)?.0),
            Some(body) => Cow::Borrowed(body),
            None => Cow::Borrowed(value),
        };
        check_shape(&template)?;
        Ok(template)
    }

    /// The template.
    pub fn template(&self) -> &Value {
        &self.0
    }
}

/// serde_json's message without its ` at line L column C` suffix (we lead with those).
fn reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// A text that is not JSON but reads like YAML (`Resources:`, `AWSTemplateFormatVersion:`).
fn looks_like_yaml(text: &str) -> bool {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'));
    first.is_some_and(|l| !l.starts_with('{') && !l.starts_with('[') && l.contains(':'))
}

/// The top-level sections of a CloudFormation template.
const SECTIONS: &[&str] = &[
    "AWSTemplateFormatVersion",
    "Description",
    "Metadata",
    "Parameters",
    "Rules",
    "Mappings",
    "Conditions",
    "Transform",
    "Resources",
    "Outputs",
];

/// A template is an object of template sections; its `Resources` map logical ids to objects
/// with a string `Type`. (The CDK writes no `Resources` for a stack of outputs only.)
pub(crate) fn check_shape(value: &Value) -> Result<(), String> {
    let Some(template) = value.as_object() else {
        return Err("a CloudFormation template is a JSON object".into());
    };
    if let Some(key) = template.keys().find(|k| !SECTIONS.contains(&k.as_str())) {
        return Err(format!("`{key}` is not a section of a CloudFormation template"));
    }
    let resources =
        template.get("Resources").map(|r| r.as_object().ok_or("its `Resources` is not an object"));
    for (id, resource) in resources.transpose()?.into_iter().flatten() {
        if resource.get("Type").and_then(Value::as_str).is_none() {
            return Err(format!("its resource `{id}` has no `Type`"));
        }
    }
    for section in ["Outputs", "Parameters", "Conditions", "Mappings", "Rules"] {
        if template.get(section).is_some_and(|s| !s.is_object()) {
            return Err(format!("its `{section}` is not an object"));
        }
    }
    Ok(())
}

/// The CDK's own resource type, which `cognito!` does not emit (version reporting).
pub(crate) const CDK_METADATA: &str = "AWS::CDK::Metadata";

/// Elements the CDK adds to every template it synthesizes for the CLI: the condition of the
/// `AWS::CDK::Metadata` resource, the bootstrap version parameter and the rule that checks it.
pub(crate) const BOOKKEEPING: &[(&str, &str)] = &[
    ("Conditions", "CDKMetadataAvailable"),
    ("Parameters", "BootstrapVersion"),
    ("Rules", "CheckBootstrapVersion"),
];

/// Cognito: the CDK's bookkeeping is not part of the stack: `AWS::CDK::Metadata`, its
/// condition, the `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule.
pub(crate) fn is_bookkeeping(section: &str, id: &str, element: &Value) -> bool {
    (section == "Resources" && element.get("Type").and_then(Value::as_str) == Some(CDK_METADATA))
        || BOOKKEEPING.contains(&(section, id))
}

/// One resource of a template.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resource<'a> {
    pub body: &'a Map<String, Value>,
}

impl<'a> Resource<'a> {
    /// The resource type.
    pub fn ty(&self) -> &'a str {
        self.body.get("Type").and_then(Value::as_str).unwrap_or_default()
    }

    /// The properties (none: an empty object).
    pub fn properties(&self) -> Option<&'a Map<String, Value>> {
        self.body.get("Properties").and_then(Value::as_object)
    }

    /// A resource attribute (`DeletionPolicy`, …) that is a string.
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        self.body.get(name).and_then(Value::as_str)
    }

    /// The construct path the CDK recorded (`aws:cdk:path`), below the stack: `Pool/web/Resource`.
    pub fn construct_path(&self) -> Option<&'a str> {
        let path = self.body.get("Metadata")?.get("aws:cdk:path")?.as_str()?;
        Some(path.split_once('/').map_or(path, |(_, below)| below))
    }
}

/// The sections of a template the comparison reads, bookkeeping set aside, each keyed by
/// logical id.
#[derive(Debug, Default)]
pub(crate) struct View<'a> {
    pub resources: BTreeMap<&'a str, Resource<'a>>,
    /// `(section, logical id)` → element, for `Outputs`, `Parameters`, `Conditions`,
    /// `Mappings` and `Rules`.
    pub others: BTreeMap<(&'static str, &'a str), &'a Value>,
}

/// The sections other than `Resources` that are compared.
pub(crate) const OTHER_SECTIONS: &[&str] = &["Outputs", "Parameters", "Conditions", "Mappings", "Rules"];

impl<'a> View<'a> {
    pub fn new(template: &'a Value) -> View<'a> {
        let mut view = View::default();
        let section = |name: &str| template.get(name).and_then(Value::as_object).into_iter().flatten();
        for (id, element) in section("Resources") {
            if let Some(body) = element.as_object()
                && !is_bookkeeping("Resources", id, element)
            {
                view.resources.insert(id, Resource { body });
            }
        }
        for &name in OTHER_SECTIONS {
            for (id, element) in section(name) {
                if !is_bookkeeping(name, id, element) {
                    view.others.insert((name, id), element);
                }
            }
        }
        view
    }

    /// The properties of resource `id`, if it has any.
    pub fn properties(&self, id: &str) -> Option<&'a Map<String, Value>> {
        self.resources.get(id)?.properties()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn get_template_answers_are_unwrapped() {
        let body = json!({ "Resources": { "A": { "Type": "AWS::IAM::Role" } } });
        let answer = json!({ "TemplateBody": body, "StagesAvailable": ["Original", "Processed"] });
        assert_eq!(Baseline::from_value(answer).map(|b| b.0), Ok(body.clone()));
        let text = json!({ "TemplateBody": body.to_string() });
        assert_eq!(Baseline::from_value(text).map(|b| b.0), Ok(body));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert!(Baseline::parse("\u{feff}{\"Resources\": {}}").is_ok());
    }

    #[test]
    fn what_is_not_a_template_says_why() {
        assert_eq!(Baseline::parse("[]"), Err("a CloudFormation template is a JSON object".into()));
        let no_type = json!({ "Resources": { "A": {} } });
        assert_eq!(Baseline::from_value(no_type), Err("its resource `A` has no `Type`".into()));
        assert_eq!(Baseline::parse(""), Err("line 1, column 0: EOF while parsing a value".into()));
    }

    #[test]
    fn the_cdk_bookkeeping_is_set_aside() {
        let t = json!({
            "Resources": {
                "CDKMetadata": { "Type": "AWS::CDK::Metadata", "Condition": "CDKMetadataAvailable" },
                "A": { "Type": "AWS::IAM::Role" },
            },
            "Conditions": { "CDKMetadataAvailable": {}, "Mine": {} },
            "Parameters": { "BootstrapVersion": {} },
            "Rules": { "CheckBootstrapVersion": {} },
        });
        let view = View::new(&t);
        assert_eq!(view.resources.keys().copied().collect::<Vec<_>>(), ["A"]);
        assert_eq!(view.others.keys().copied().collect::<Vec<_>>(), [("Conditions", "Mine")]);
    }
}
