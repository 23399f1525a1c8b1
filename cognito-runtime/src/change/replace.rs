//! Which property changes replace a resource: its schema's create-only properties, and the
//! create-only properties that refer to a resource being replaced.

use serde_json::{Map, Value};

use super::create_only::CREATE_ONLY;

/// CloudFormation schema (`createOnlyProperties`): the create-only property paths of `ty`
/// (`GenerateSecret`, `Tags/*/Key`); `None` for a type outside the table.
///
/// ```
/// use cognito_runtime::change::create_only;
/// assert_eq!(create_only("AWS::Cognito::UserPoolClient"), Some(&["GenerateSecret", "UserPoolId"][..]));
/// assert_eq!(create_only("AWS::Cognito::UserPool"), Some(&[][..]));
/// assert_eq!(create_only("AWS::SQS::Queue"), None);
/// ```
pub fn create_only(ty: &str) -> Option<&'static [&'static str]> {
    let i = CREATE_ONLY.binary_search_by(|(t, _)| (*t).cmp(ty)).ok()?;
    CREATE_ONLY.get(i).map(|(_, paths)| *paths)
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
