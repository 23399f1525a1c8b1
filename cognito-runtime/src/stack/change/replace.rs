//! Which property changes replace a resource: its schema's create-only properties, and the
//! create-only properties that refer to a resource being replaced.

use serde_json::{Map, Value};

/// CloudFormation schema (`createOnlyProperties`): the create-only property paths of `ty`
/// (`GenerateSecret`, `Tags/*/Key`), from the schema table (`cognito_runtime::schema`);
/// `None` for a type without a schema there.
///
/// ```
/// use cognito_runtime::change::create_only;
/// assert_eq!(create_only("AWS::Cognito::UserPoolClient"), Some(&["GenerateSecret", "UserPoolId"][..]));
/// assert_eq!(create_only("AWS::Cognito::UserPool"), Some(&[][..]));
/// assert_eq!(create_only("AWS::SQS::Queue"), None);
/// ```
pub fn create_only(ty: &str) -> Option<&'static [&'static str]> {
    crate::core::schema::create_only(ty)
}

/// The values at `path` below `props` (`*` takes every element of a list), `None` where a
/// step is missing: what a create-only path holds.
fn values_at<'v>(props: Option<&'v Map<String, Value>>, path: &str) -> Vec<Option<&'v Value>> {
    let mut current: Vec<Option<&Value>> = Vec::new();
    let mut segments = path.split('/');
    let first = segments.next().unwrap_or_default();
    current.push(props.and_then(|p| p.get(first)));
    for segment in segments {
        current = current
            .into_iter()
            .flat_map(|v| match (segment, v) {
                ("*", Some(Value::Array(items))) => items.iter().map(Some).collect(),
                ("*", _) => vec![None],
                (key, v) => vec![v.and_then(|v| v.get(key))],
            })
            .collect();
    }
    current
}

/// The create-only paths of `ty` whose value differs between `old` and `new`.
pub(crate) fn changed_create_only(
    ty: &str,
    old: Option<&Map<String, Value>>,
    new: Option<&Map<String, Value>>,
) -> Vec<&'static str> {
    create_only(ty)
        .unwrap_or_default()
        .iter()
        .copied()
        .filter(|path| values_at(old, path) != values_at(new, path))
        .collect()
}

/// The first create-only path of `ty` whose value (in `props`) refers to a logical id for which
/// `ids` holds (`Ref`, `Fn::GetAtt`, `Fn::Sub`), and that id: the value changes at deploy time
/// when that resource is replaced.
pub(crate) fn create_only_referring(
    ty: &str,
    props: Option<&Map<String, Value>>,
    ids: &dyn Fn(&str) -> bool,
) -> Option<(&'static str, String)> {
    create_only(ty).unwrap_or_default().iter().find_map(|path| {
        let id = values_at(props, path).into_iter().flatten().find_map(|v| referred(v, ids))?;
        Some((*path, id))
    })
}

/// The first logical id `value` refers to for which `ids` holds.
fn referred(value: &Value, ids: &dyn Fn(&str) -> bool) -> Option<String> {
    let hit = |id: &str| ids(id).then(|| id.to_owned());
    match value {
        Value::Object(o) => o.iter().find_map(|(k, v)| match (k.as_str(), v) {
            ("Ref", Value::String(id)) => hit(id),
            ("Fn::GetAtt", Value::Array(args)) => args.first().and_then(Value::as_str).and_then(hit),
            ("Fn::GetAtt", Value::String(s)) => hit(s.split('.').next().unwrap_or_default()),
            ("Fn::Sub", v) => sub_referred(v, ids).or_else(|| referred(v, ids)),
            _ => referred(v, ids),
        }),
        Value::Array(items) => items.iter().find_map(|v| referred(v, ids)),
        _ => None,
    }
}

/// `${Id}` or `${Id.Attribute}` in an `Fn::Sub` string (`${!Literal}` is not a reference).
fn sub_referred(value: &Value, ids: &dyn Fn(&str) -> bool) -> Option<String> {
    let text = match value {
        Value::String(s) => s.as_str(),
        Value::Array(args) => args.first().and_then(Value::as_str).unwrap_or_default(),
        _ => return None,
    };
    text.split("${")
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name.split('.').next().unwrap_or_default())
        .find(|name| !name.starts_with('!') && ids(name))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn props(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn a_nested_path_reads_every_element_of_a_list() {
        let p = props(json!({ "Tags": [{ "Key": "a", "Value": "1" }, { "Key": "b" }] }));
        assert_eq!(values_at(Some(&p), "Tags/*/Key"), vec![Some(&json!("a")), Some(&json!("b"))]);
        assert_eq!(values_at(Some(&p), "Tags/*/Missing"), vec![None, None]);
        assert_eq!(values_at(None, "Tags/*/Key"), vec![None]);
    }

    #[test]
    fn only_the_sub_property_counts() {
        // A create-only sub-property: the rest of its object may change in place.
        let changed = |a: Value, b: Value| {
            let (a, b) = (props(a), props(b));
            values_at(Some(&a), "Tags/*/Key") != values_at(Some(&b), "Tags/*/Key")
        };
        assert!(!changed(
            json!({ "Tags": [{ "Key": "a", "Value": "1" }] }),
            json!({ "Tags": [{ "Key": "a", "Value": "2" }] })
        ));
        assert!(changed(json!({ "Tags": [{ "Key": "a" }] }), json!({ "Tags": [{ "Key": "b" }] })));
    }

    #[test]
    fn references_are_found_in_ref_getatt_and_sub() {
        let ids = |id: &str| id == "Fn";
        assert_eq!(referred(&json!({ "Ref": "Fn" }), &ids).as_deref(), Some("Fn"));
        assert_eq!(referred(&json!({ "Fn::GetAtt": ["Fn", "Arn"] }), &ids).as_deref(), Some("Fn"));
        assert_eq!(referred(&json!({ "Fn::GetAtt": "Fn.Arn" }), &ids).as_deref(), Some("Fn"));
        assert_eq!(referred(&json!({ "Fn::Sub": "arn:${Fn.Arn}:x" }), &ids).as_deref(), Some("Fn"));
        assert_eq!(referred(&json!({ "Fn::Sub": "${!Fn}" }), &ids), None);
        assert_eq!(referred(&json!({ "Fn::Join": ["", [{ "Ref": "Other" }]] }), &ids), None);
    }
}
