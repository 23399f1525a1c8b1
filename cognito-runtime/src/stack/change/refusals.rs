//! Updates of a user pool that Cognito refuses: CloudFormation shows them as plain updates
//! (the resource schema has no create-only property), then the deployment fails and rolls back.
//! The service's messages are quoted from `user-demand-and-deploy-failures.md`, section 2.

use serde_json::{Map, Value};

use super::fields::{is_standard, schema_field};
use super::report::{Finding, Verdict};

type Props<'a> = Option<&'a Map<String, Value>>;

/// What works instead of changing what a deployed pool cannot change.
const NEW_POOL: &str = "or create a new pool under a new id and move the users to it";

/// Every refused update of a user pool from `old` to `new`.
pub(crate) fn user_pool(old: Props, new: Props) -> Vec<Finding> {
    let mut out = Vec::new();
    username_attributes(old, new, &mut out);
    alias_attributes(old, new, &mut out);
    case_sensitivity(old, new, &mut out);
    schema(old, new, &mut out);
    out
}

fn refused(rule: &'static str, property: &str, field: String, message: String) -> Finding {
    Finding { rule, property: Some(property.into()), field: Some(field), verdict: Verdict::Refused, message }
}

fn get<'a>(props: Props<'a>, key: &str) -> Option<&'a Value> {
    props.and_then(|p| p.get(key))
}

/// A value as the message shows it: its JSON, or `absent`.
fn shown(v: Option<&Value>) -> String {
    v.map_or_else(|| "absent".into(), Value::to_string)
}

/// The `sign_in_aliases` key of a sign-in attribute.
fn alias_key(name: &str) -> &str {
    if name == "phone_number" { "phone" } else { name }
}

/// The `sign_in_aliases` that give the deployed pool's sign-in settings.
fn deployed_aliases(old: Props) -> String {
    let names = |key| get(old, key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
    let mut flags: Vec<&str> = Vec::new();
    if get(old, "UsernameAttributes").is_none() {
        flags.push("username");
    }
    flags.extend(names("UsernameAttributes").map(alias_key));
    flags.extend(names("AliasAttributes").map(alias_key));
    format!("`sign_in_aliases: {{ {} }}`", flags.join(", "))
}

/// Cognito ("Updates are not allowed for property - UsernameAttributes"): whether users sign
/// in with an email address or phone number instead of a username is fixed at creation.
fn username_attributes(old: Props, new: Props, out: &mut Vec<Finding>) {
    let error = "Updates are not allowed for property - UsernameAttributes";
    sign_in(old, new, ("change.fails.username_attributes", "UsernameAttributes", error), out);
}

/// Cognito ("Updating alias attributes is not allowed"): the aliases a username may be signed
/// in with are fixed at creation.
fn alias_attributes(old: Props, new: Props, out: &mut Vec<Finding>) {
    let error = "Updating alias attributes is not allowed";
    sign_in(old, new, ("change.fails.alias_attributes", "AliasAttributes", error), out);
}

/// A sign-in property (`UsernameAttributes` or `AliasAttributes`) that changes: `(rule,
/// property, the service's error)`.
fn sign_in(
    old: Props,
    new: Props,
    (rule, property, error): (&'static str, &str, &str),
    out: &mut Vec<Finding>,
) {
    let (before, after) = (get(old, property), get(new, property));
    if before != after {
        out.push(refused(
            rule,
            property,
            "sign_in_aliases".into(),
            format!(
                "`sign_in_aliases` cannot change on a deployed user pool: `{property}` would go from {} to {}, \
                 and Cognito refuses the update (\"{error}\"), so CloudFormation rolls the deployment back; \
                 keep {}, {NEW_POOL}",
                shown(before),
                shown(after),
                deployed_aliases(old)
            ),
        ));
    }
}

/// Cognito ("Updates are not allowed for property - UsernameConfiguration"): case sensitivity
/// is fixed at creation, and a pool created without the setting cannot be given it.
fn case_sensitivity(old: Props, new: Props, out: &mut Vec<Finding>) {
    let (before, after) = (get(old, "UsernameConfiguration"), get(new, "UsernameConfiguration"));
    if before == after {
        return;
    }
    let keep = match before.and_then(|c| c.get("CaseSensitive")).and_then(Value::as_bool) {
        Some(b) => format!("keep `sign_in_case_sensitive: {b}`"),
        None => "remove `sign_in_case_sensitive` (the pool was created without it)".into(),
    };
    out.push(refused(
        "change.fails.case_sensitivity",
        "UsernameConfiguration",
        "sign_in_case_sensitive".into(),
        format!(
            "`sign_in_case_sensitive` cannot change on a deployed user pool: `UsernameConfiguration` would \
             go from {} to {}, and Cognito refuses the update (\"Updates are not allowed for property - \
             UsernameConfiguration\"), so CloudFormation rolls the deployment back; {keep}, {NEW_POOL}",
            shown(before),
            shown(after)
        ),
    ));
}

/// The schema attributes by name.
fn attributes(props: Props<'_>) -> Vec<(&str, &Map<String, Value>)> {
    let entries = get(props, "Schema").and_then(Value::as_array).into_iter().flatten();
    entries
        .filter_map(Value::as_object)
        .filter_map(|a| Some((a.get("Name")?.as_str()?.trim_start_matches("custom:"), a)))
        .collect()
}

/// A flag of a schema attribute as Cognito takes it: listed without the key, `false`.
fn flag(attribute: Option<&Map<String, Value>>, key: &str, unlisted: bool) -> bool {
    match attribute {
        None => unlisted,
        Some(a) => a.get(key).and_then(Value::as_bool).unwrap_or(false),
    }
}

fn named<'a>(list: &[(&str, &'a Map<String, Value>)], name: &str) -> Option<&'a Map<String, Value>> {
    list.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

fn schema(old: Props, new: Props, out: &mut Vec<Finding>) {
    let (before, after) = (attributes(old), attributes(new));
    let mut seen: Vec<&str> = Vec::new();
    for name in before.iter().chain(&after).map(|(n, _)| *n) {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let (b, a) = (named(&before, name), named(&after, name));
        if is_standard(name) {
            required_attribute(name, b, a, out);
            standard_mutability(name, b, a, out);
        } else {
            custom_attribute(name, b, a, out);
        }
    }
}

/// Cognito ("Invalid AttributeDataType input, consider using the provided AttributeDataType
/// enum."; the Cognito guide: required attributes are fixed at creation): a standard attribute
/// cannot become required, or stop being required, on a deployed pool.
fn required_attribute(
    name: &str,
    before: Option<&Map<String, Value>>,
    after: Option<&Map<String, Value>>,
    out: &mut Vec<Finding>,
) {
    let (was, is) = (flag(before, "Required", false), flag(after, "Required", false));
    if was == is {
        return;
    }
    let field = schema_field(name);
    let (change, keep) = if is {
        ("become required", "keep it optional")
    } else {
        ("stop being required", "keep it required")
    };
    out.push(refused(
        "change.fails.required_attribute",
        "Schema",
        field.clone(),
        format!(
            "`{field}` cannot {change} on a deployed user pool (schema attribute `{name}`: `Required` {was} → \
             {is}): Cognito refuses the update (\"Invalid AttributeDataType input, consider using the \
             provided AttributeDataType enum.\"), so CloudFormation rolls the deployment back; {keep}, \
             {NEW_POOL}"
        ),
    ));
}

/// Cognito ("Existing schema attributes cannot be modified or deleted."): the mutability of a
/// standard attribute is fixed at creation (an unlisted attribute is mutable; a listed one
/// without `Mutable` is not).
fn standard_mutability(
    name: &str,
    before: Option<&Map<String, Value>>,
    after: Option<&Map<String, Value>>,
    out: &mut Vec<Finding>,
) {
    let (was, is) = (flag(before, "Mutable", true), flag(after, "Mutable", true));
    if was != is {
        schema_changed(name, &format!("`Mutable` {was} → {is}"), out);
    }
}

/// The parts of a custom attribute's definition Cognito keeps, with its defaults filled in.
fn definition(a: &Map<String, Value>) -> Vec<(&'static str, Value)> {
    let flag = |key| Value::Bool(a.get(key).and_then(Value::as_bool).unwrap_or(false));
    vec![
        ("AttributeDataType", a.get("AttributeDataType").cloned().unwrap_or(Value::Null)),
        ("Mutable", flag("Mutable")),
        ("Required", flag("Required")),
        ("DeveloperOnlyAttribute", flag("DeveloperOnlyAttribute")),
        ("StringAttributeConstraints", a.get("StringAttributeConstraints").cloned().unwrap_or(Value::Null)),
        ("NumberAttributeConstraints", a.get("NumberAttributeConstraints").cloned().unwrap_or(Value::Null)),
    ]
}

/// Cognito ("Existing schema attributes cannot be modified or deleted."; the Cognito guide:
/// custom attributes can be added, never changed or removed).
fn custom_attribute(
    name: &str,
    before: Option<&Map<String, Value>>,
    after: Option<&Map<String, Value>>,
    out: &mut Vec<Finding>,
) {
    match (before, after) {
        (Some(_), None) => schema_removed(name, out),
        (Some(b), Some(a)) => {
            let changed: Vec<String> = definition(b)
                .into_iter()
                .zip(definition(a))
                .filter(|((_, x), (_, y))| x != y)
                .map(|((key, x), (_, y))| format!("`{key}` {} → {}", shown_def(&x), shown_def(&y)))
                .collect();
            if !changed.is_empty() {
                schema_changed(name, &changed.join(", "), out);
            }
        }
        _ => {}
    }
}

fn shown_def(v: &Value) -> String {
    if v.is_null() { "absent".into() } else { v.to_string() }
}

fn schema_changed(name: &str, what: &str, out: &mut Vec<Finding>) {
    let field = schema_field(name);
    out.push(refused(
        "change.fails.schema_attribute",
        "Schema",
        field.clone(),
        format!(
            "`{field}` cannot change on a deployed user pool (schema attribute `{name}`: {what}): Cognito \
             refuses the update (\"Existing schema attributes cannot be modified or deleted.\"), so \
             CloudFormation rolls the deployment back; keep the deployed definition, or add a new \
             attribute under another name"
        ),
    ));
}

fn schema_removed(name: &str, out: &mut Vec<Finding>) {
    let field = schema_field(name);
    out.push(refused(
        "change.fails.schema_attribute_removed",
        "Schema",
        field.clone(),
        format!(
            "`{field}` cannot be removed from a deployed user pool: Cognito refuses the update (\"Existing \
             schema attributes cannot be modified or deleted.\"), so CloudFormation rolls the deployment \
             back; keep the attribute as deployed"
        ),
    ));
}

/// Cognito ("User pool already has a domain configured." (cdk#10062); "Domain already
/// associated with another user pool." (aws-cdk-examples#402)): CloudFormation creates a
/// replacement domain before it deletes the old one, and Cognito refuses a second domain on
/// the same pool, or the same domain on a second pool, while the old one is attached.
pub(crate) fn domain(old: Props, new: Props, path: &str) -> Option<Finding> {
    let same = |key| get(old, key).is_some() && get(old, key) == get(new, key);
    let error = if same("UserPoolId") {
        "User pool already has a domain configured."
    } else if same("Domain") {
        "Domain already associated with another user pool."
    } else {
        return None;
    };
    let field = super::fields::field_of("AWS::Cognito::UserPoolDomain", "Domain", new).unwrap_or_default();
    Some(refused(
        "change.fails.domain",
        "Domain",
        field.into(),
        format!(
            "the domain {path} would be replaced ({} → {}): CloudFormation creates the new domain before \
             it deletes the old one, and Cognito refuses it while the old one is attached (\"{error}\"), so \
             the deployment rolls back; keep the deployed domain, or remove the domain in one deployment \
             and add the new one in the next",
            shown(get(old, "Domain")),
            shown(get(new, "Domain"))
        ),
    ))
}
