//! Checks a JSON value against a schema node, as CloudFormation checks a resource's
//! properties before it calls the service.

use super::issue::{Constraint, SchemaIssue};
use super::lookup::{node, pattern};
use super::table::{ARR, BOOL, INT, Lit, NULL, NUM, Node, OBJ, READ_ONLY, REQUIRED, STR};
use crate::core::json::{Json, Obj, js_number};

/// Every way `value` breaks `schema`, with paths relative to `path`.
pub(super) fn validate(
    schema: &'static Node,
    value: &Json,
    path: &mut Vec<String>,
    out: &mut Vec<SchemaIssue>,
) {
    if is_intrinsic(value) {
        return;
    }
    let Some(value) = coerce(schema.types, value) else {
        out.push(issue(path, Constraint::Type { expected: type_names(schema.types) }, value));
        return;
    };
    let value = value.as_ref();
    if !schema.enum_values.is_empty() && !schema.enum_values.iter().any(|lit| lit_eq(lit, value)) {
        out.push(issue(path, Constraint::Enum { allowed: schema.enum_values }, value));
    }
    match value {
        Json::Str(s) => string(schema, s, value, path, out),
        Json::Num(n) => number(schema, *n, value, path, out),
        Json::Arr(items) => array(schema, items, value, path, out),
        Json::Obj(o) => object(schema, o, value, path, out),
        Json::Bool(_) | Json::Null => {}
    }
}

/// A deploy-time value (`{"Ref": …}`, `{"Fn::GetAtt": …}`, `{"Fn::Join": …}`, …), which
/// CloudFormation resolves before it checks the schema.
pub(crate) fn is_intrinsic(value: &Json) -> bool {
    match value {
        Json::Obj(o) => match o.0.as_slice() {
            [(key, _)] => key == "Ref" || key == "Condition" || key.starts_with("Fn::"),
            _ => false,
        },
        _ => false,
    }
}

/// The value as the schema's type reads it, converting as CloudFormation does a template's
/// scalars (`"128"` for a number, `true` for a string); `None` when it is of another type.
fn coerce(types: u8, value: &Json) -> Option<std::borrow::Cow<'_, Json>> {
    use std::borrow::Cow::{Borrowed, Owned};
    if types == 0 || has_type(types, value) {
        return Some(Borrowed(value));
    }
    match value {
        Json::Str(s) if types & (NUM | INT) != 0 => {
            let n: f64 = s.trim().parse().ok().filter(|n: &f64| n.is_finite())?;
            (types & NUM != 0 || n.fract() == 0.0).then_some(Owned(Json::Num(n)))
        }
        Json::Str(s) if types & BOOL != 0 => match s.as_ref() {
            "true" => Some(Owned(Json::Bool(true))),
            "false" => Some(Owned(Json::Bool(false))),
            _ => None,
        },
        Json::Num(n) if types & STR != 0 => Some(Owned(Json::from(js_number(*n)))),
        Json::Bool(b) if types & STR != 0 => Some(Owned(Json::from(b.to_string()))),
        _ => None,
    }
}

fn has_type(types: u8, value: &Json) -> bool {
    let bit = match value {
        Json::Str(_) => STR,
        Json::Num(n) if n.fract() == 0.0 => NUM | INT,
        Json::Num(_) => NUM,
        Json::Bool(_) => BOOL,
        Json::Obj(_) => OBJ,
        Json::Arr(_) => ARR,
        Json::Null => NULL,
    };
    types & bit != 0
}

fn type_names(types: u8) -> &'static str {
    const NAMES: [(u8, &str); 7] = [
        (STR, "a string"),
        (NUM, "a number"),
        (INT, "a whole number"),
        (BOOL, "true or false"),
        (OBJ, "an object"),
        (ARR, "a list"),
        (NULL, "null"),
    ];
    // The combinations the schemas use; anything else reads as its first type.
    match types {
        t if t == OBJ | STR => "an object or a string",
        t if t == NUM | INT => "a number",
        t => NAMES.iter().find(|(bit, _)| t & bit != 0).map_or("a value", |(_, name)| name),
    }
}

fn lit_eq(lit: &Lit, value: &Json) -> bool {
    match (lit, value) {
        (Lit::Str(a), Json::Str(b)) => a == b,
        (Lit::Num(a), Json::Num(b)) => a == b,
        _ => false,
    }
}

fn string(schema: &'static Node, s: &str, value: &Json, path: &[String], out: &mut Vec<SchemaIssue>) {
    let len = crate::core::text::utf16_len(s);
    let short = schema.min_length.is_some_and(|min| len < min as usize);
    let long = schema.max_length.is_some_and(|max| len > max as usize);
    if short || long {
        let constraint = Constraint::Length { min: schema.min_length, max: schema.max_length, actual: len };
        out.push(issue(path, constraint, value));
    }
    if let Some((source, compiled)) = schema.pattern.and_then(pattern)
        && !compiled.is_match(s)
    {
        out.push(issue(path, Constraint::Pattern { pattern: source }, value));
    }
}

fn number(schema: &'static Node, n: f64, value: &Json, path: &[String], out: &mut Vec<SchemaIssue>) {
    let low = schema.minimum.is_some_and(|min| n < min);
    let high = schema.maximum.is_some_and(|max| n > max);
    if low || high || n.is_nan() {
        let constraint = Constraint::Range { minimum: schema.minimum, maximum: schema.maximum };
        out.push(issue(path, constraint, value));
    }
}

fn array(
    schema: &'static Node,
    items: &[Json],
    value: &Json,
    path: &mut Vec<String>,
    out: &mut Vec<SchemaIssue>,
) {
    let n = items.len();
    if schema.min_items.is_some_and(|min| n < min as usize)
        || schema.max_items.is_some_and(|max| n > max as usize)
    {
        out.push(issue(
            path,
            Constraint::Items { min: schema.min_items, max: schema.max_items, actual: n },
            value,
        ));
    }
    if schema.unique_items
        && let Some((first, repeat)) = first_repeat(items)
    {
        out.push(issue(path, Constraint::UniqueItems { first, repeat }, value));
    }
    let Some(item_schema) = schema.items.and_then(node) else { return };
    for (i, item) in items.iter().enumerate() {
        path.push(i.to_string());
        validate(item_schema, item, path, out);
        path.pop();
    }
}

/// The first entry that repeats an earlier one: (earlier, repeat). Entries are compared by
/// their JSON text, so a long list costs one pass.
fn first_repeat(items: &[Json]) -> Option<(usize, usize)> {
    let mut seen = std::collections::HashMap::with_capacity(items.len());
    items.iter().enumerate().find_map(|(j, item)| match seen.entry(item.to_pretty_string()) {
        std::collections::hash_map::Entry::Occupied(first) => Some((*first.get(), j)),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(j);
            None
        }
    })
}

fn object(schema: &'static Node, o: &Obj, value: &Json, path: &mut Vec<String>, out: &mut Vec<SchemaIssue>) {
    for prop in schema.properties {
        if prop.flags & REQUIRED != 0 && o.get(prop.name).is_none() {
            path.push(prop.name.to_owned());
            out.push(issue(path, Constraint::Required, &Json::Null));
            path.pop();
        }
    }
    for (key, v) in &o.0 {
        path.push(key.to_string());
        property(schema, key, v, path, out);
        path.pop();
    }
    let n = o.0.len();
    if schema.min_properties.is_some_and(|min| n < min as usize)
        || schema.max_properties.is_some_and(|max| n > max as usize)
    {
        let constraint =
            Constraint::Entries { min: schema.min_properties, max: schema.max_properties, actual: n };
        out.push(issue(path, constraint, value));
    }
    for cond in schema.all_of {
        let applies = cond.required.iter().all(|r| o.get(r).is_some()) != cond.negate;
        if let Some(then) = node(cond.then).filter(|_| applies) {
            validate(then, value, path, out);
        }
    }
    any_of(schema, value, path, out);
}

/// One property: by name, by `patternProperties`, or not allowed.
fn property(schema: &'static Node, key: &str, v: &Json, path: &mut Vec<String>, out: &mut Vec<SchemaIssue>) {
    if let Some(prop) = schema.properties.iter().find(|p| p.name == key) {
        if prop.flags & READ_ONLY != 0 {
            out.push(issue(path, Constraint::ReadOnly, v));
        } else if let Some(sub) = node(prop.node) {
            validate(sub, v, path, out);
        }
        return;
    }
    let mut matched = false;
    for &(p, sub) in schema.pattern_properties {
        if let (Some((_, compiled)), Some(sub)) = (pattern(p), node(sub))
            && compiled.is_match(key)
        {
            matched = true;
            validate(sub, v, path, out);
        }
    }
    if !matched && schema.closed {
        let names = schema
            .pattern_properties
            .iter()
            .filter_map(|&(p, _)| pattern(p))
            .map(|(source, _)| source)
            .collect();
        out.push(issue(path, Constraint::NotAllowed { names }, v));
    }
}

/// `anyOf`: at least one alternative holds.
fn any_of(schema: &'static Node, value: &Json, path: &mut Vec<String>, out: &mut Vec<SchemaIssue>) {
    if schema.any_of.is_empty() {
        return;
    }
    let holds = schema.any_of.iter().filter_map(|&b| node(b)).any(|branch| {
        let mut issues = Vec::new();
        validate(branch, value, path, &mut issues);
        issues.is_empty()
    });
    if !holds {
        let alternatives = schema
            .any_of
            .iter()
            .filter_map(|&b| node(b))
            .map(|b| b.properties.iter().filter(|p| p.flags & REQUIRED != 0).map(|p| p.name).collect())
            .collect();
        out.push(issue(path, Constraint::AnyOf { alternatives }, value));
    }
}

fn issue(path: &[String], constraint: Constraint, value: &Json) -> SchemaIssue {
    SchemaIssue { path: path.to_vec(), constraint, value: value.clone() }
}

#[cfg(test)]
mod tests {
    use crate::core::json::{Json, Obj};
    use crate::core::schema::issue::{Constraint, SchemaIssue};
    use crate::core::schema::lookup::root;

    /// What `crate::schema::validate` answers, from this module.
    fn validate(resource_type: &str, props: &Json) -> Option<Vec<SchemaIssue>> {
        let mut out = Vec::new();
        super::validate(root(resource_type)?, props, &mut Vec::new(), &mut out);
        Some(out)
    }

    fn obj(pairs: Vec<(&'static str, Json)>) -> Json {
        let mut o = Obj::new();
        for (k, v) in pairs {
            o.insert(k, v);
        }
        Json::Obj(o)
    }

    fn issues(resource_type: &str, props: Json) -> Vec<SchemaIssue> {
        validate(resource_type, &props).unwrap_or_else(|| panic!("no schema for {resource_type}"))
    }

    fn only(resource_type: &str, props: Json) -> (String, Constraint) {
        let found = issues(resource_type, props);
        assert_eq!(found.len(), 1, "{found:#?}");
        (found[0].path_string(), found[0].constraint.clone())
    }

    fn role(extra: Vec<(&'static str, Json)>) -> Json {
        let mut pairs = vec![("AssumeRolePolicyDocument", obj(vec![]))];
        pairs.extend(extra);
        obj(pairs)
    }

    #[test]
    fn a_valid_resource_has_no_issue() {
        assert_eq!(issues("AWS::IAM::Role", role(vec![("RoleName", "my-role".into())])), vec![]);
        assert!(validate("AWS::No::Such", &obj(vec![])).is_none());
    }

    #[test]
    fn deploy_time_values_pass() {
        let get_att = Json::obj1("Fn::GetAtt", Json::strs(["Role", "Arn"]));
        let props = role(vec![("RoleName", Json::obj1("Ref", "Name")), ("MaxSessionDuration", get_att)]);
        assert_eq!(issues("AWS::IAM::Role", props), vec![]);
    }

    #[test]
    fn each_constraint_is_found() {
        let long = "x".repeat(65);
        assert!(matches!(
            only("AWS::IAM::Role", role(vec![("RoleName", long.into())])).1,
            Constraint::Length { actual: 65, .. }
        ));
        let (path, c) = only("AWS::IAM::Role", role(vec![("RoleName", "a b".into())]));
        assert_eq!((path.as_str(), matches!(c, Constraint::Pattern { .. })), ("RoleName", true));
        let (_, c) = only("AWS::IAM::Role", role(vec![("MaxSessionDuration", 60u32.into())]));
        assert!(matches!(c, Constraint::Range { minimum: Some(_), .. }));
        let (_, c) = only("AWS::IAM::Role", role(vec![("MaxSessionDuration", 3600.5.into())]));
        assert!(matches!(c, Constraint::Type { expected: "a whole number" }));
        let (path, c) = only("AWS::IAM::Role", obj(vec![]));
        assert_eq!((path.as_str(), c), ("AssumeRolePolicyDocument", Constraint::Required));
        let (path, c) = only("AWS::IAM::Role", role(vec![("Nope", true.into())]));
        assert_eq!((path.as_str(), c), ("Nope", Constraint::NotAllowed { names: vec![] }));
        let (path, c) = only("AWS::IAM::Role", role(vec![("Arn", "arn:aws:iam::1:role/x".into())]));
        assert_eq!((path.as_str(), c), ("Arn", Constraint::ReadOnly));
    }

    #[test]
    fn nested_paths_name_list_indices() {
        let tag = |k: &'static str, v: String| obj(vec![("Key", k.into()), ("Value", v.into())]);
        let tags = Json::Arr(vec![tag("a", "1".into()), tag("b", "v".repeat(257))]);
        let (path, c) = only("AWS::IAM::Role", role(vec![("Tags", tags)]));
        assert_eq!(path, "Tags.1.Value");
        assert!(matches!(c, Constraint::Length { max: Some(256), actual: 257, .. }));
    }

    #[test]
    fn enums_lists_and_unique_entries() {
        let code = obj(vec![("ZipFile", "x".into())]);
        let function = |runtime: &'static str, arch: Json| {
            obj(vec![
                ("Code", code.clone()),
                ("Role", "arn:aws:iam::123456789012:role/r".into()),
                ("Runtime", runtime.into()),
                ("Architectures", arch),
            ])
        };
        let (path, c) = only("AWS::Lambda::Function", function("nodejs1.x", Json::strs(["arm64"])));
        assert_eq!(path, "Runtime");
        assert!(matches!(c, Constraint::Enum { .. }));
        let (_, c) = only("AWS::Lambda::Function", function("nodejs22.x", Json::strs(["arm64", "x86_64"])));
        assert!(matches!(c, Constraint::Items { max: Some(1), actual: 2, .. }));
        let (_, c) = only(
            "AWS::IAM::Role",
            role(vec![(
                "ManagedPolicyArns",
                Json::strs(["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/A"]),
            )]),
        );
        assert_eq!(c, Constraint::UniqueItems { first: 0, repeat: 1 });
    }

    #[test]
    fn pattern_properties_and_conditions() {
        let vars = obj(vec![("Variables", obj(vec![("GOOD_NAME", "1".into()), ("x", "2".into())]))]);
        let props = obj(vec![
            ("Code", obj(vec![])),
            ("Role", "arn:aws:iam::123456789012:role/r".into()),
            ("Environment", vars),
        ]);
        let (path, c) = only("AWS::Lambda::Function", props);
        assert_eq!(
            (path.as_str(), c),
            ("Environment.Variables.x", Constraint::NotAllowed { names: vec!["[a-zA-Z][a-zA-Z0-9_]+"] })
        );
        // `Domain` is a prefix without `CustomDomainConfig`, a domain name with it.
        let domain = |d: &'static str, custom: bool| {
            let mut pairs = vec![("Domain", Json::from(d)), ("UserPoolId", "us-east-1_abc".into())];
            if custom {
                pairs.push(("CustomDomainConfig", obj(vec![])));
            }
            obj(pairs)
        };
        assert_eq!(issues("AWS::Cognito::UserPoolDomain", domain("auth.example.com", true)), vec![]);
        assert!(matches!(
            only("AWS::Cognito::UserPoolDomain", domain("auth.example.com", false)).1,
            Constraint::Pattern { .. }
        ));
        assert!(matches!(
            only("AWS::Cognito::UserPoolDomain", domain("prefix", true)).1,
            Constraint::Pattern { .. }
        ));
    }

    #[test]
    fn any_of_needs_one_alternative() {
        let policy = |extra: Vec<(&'static str, Json)>| {
            let mut pairs = vec![("PolicyDocument", obj(vec![])), ("PolicyName", "p".into())];
            pairs.extend(extra);
            obj(pairs)
        };
        assert_eq!(issues("AWS::IAM::Policy", policy(vec![("Roles", Json::strs(["r"]))])), vec![]);
        let found = issues("AWS::IAM::Policy", policy(vec![]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].describe("policy"), "`policy` needs one of `Users`, `Groups`, `Roles`");
    }

    #[test]
    fn scalars_convert_as_cloudformation_converts_them() {
        let ok = role(vec![("MaxSessionDuration", "3600".into())]);
        assert_eq!(issues("AWS::IAM::Role", ok), vec![]);
        let (_, c) = only("AWS::IAM::Role", role(vec![("MaxSessionDuration", "an hour".into())]));
        assert!(matches!(c, Constraint::Type { .. }));
        assert_eq!(issues("AWS::IAM::Role", role(vec![("RoleName", 42u32.into())])), vec![]);
    }
}
