//! cdk-nag's `flattenCfnReference` (utils/flatten-cfn-reference.ts): a CloudFormation value as
//! the flat string granular findings are named by (`arn:<AWS::Partition>:iam::aws:policy/…`).

use super::js::{Threw, stringify, truthy};
use crate::core::json::{Json, Obj};

/// `flattenCfnReference(value)`; `None` is JavaScript's `undefined`.
pub(crate) fn flatten(value: Option<&Json>) -> Result<String, Threw> {
    let Some(value) = value else { return Ok(String::new()) };
    match value {
        // Fn::Sub's `${X}` becomes `<X>`, so a finding id needs no escaping.
        Json::Str(s) => Ok(s.replace("${", "<").replace('}', ">")),
        // `node['Fn::Join']` on null throws.
        Json::Null => Err(Threw),
        Json::Obj(o) => intrinsic(o).unwrap_or_else(|| Ok(stringify(value))),
        Json::Bool(_) | Json::Num(_) | Json::Arr(_) => Ok(stringify(value)),
    }
}

/// The intrinsic function `o` is, checked in cdk-nag's order (a key counts when its value is
/// truthy); `None` when it is none of them.
fn intrinsic(o: &Obj) -> Option<Result<String, Threw>> {
    let field = |key: &str| o.get(key).filter(|v| truthy(v));
    if let Some(join) = field("Fn::Join") {
        return Some(join_of(join));
    }
    if let Some(sub) = field("Fn::Sub") {
        return Some(flatten(Some(sub)));
    }
    if let Some(get_att) = field("Fn::GetAtt") {
        let (resource, attribute) = pair(get_att);
        let flat = flatten(resource.as_ref())
            .and_then(|r| flatten(attribute.as_ref()).map(|a| format!("<{r}.{a}>")));
        return Some(flat);
    }
    if let Some(import) = field("Fn::ImportValue") {
        return Some(flatten(Some(import)));
    }
    field("Ref").map(|r| flatten(Some(r)).map(|s| format!("<{s}>")))
}

/// `items.map(visit).join(delimiter)`.
fn join_of(join: &Json) -> Result<String, Threw> {
    let (delimiter, items) = pair(join);
    let Some(Json::Arr(items)) = &items else { return Err(Threw) };
    let delimiter = match &delimiter {
        Some(Json::Str(d)) => d.to_string(),
        // Array.prototype.join uses "," when the separator is undefined.
        None => ",".to_owned(),
        Some(other) => stringify(other),
    };
    let parts: Result<Vec<String>, Threw> = items.iter().map(|i| flatten(Some(i))).collect();
    Ok(parts?.join(&delimiter))
}

/// `const [a, b] = value`: the first two elements of an array, or characters of a string.
fn pair(value: &Json) -> (Option<Json>, Option<Json>) {
    match value {
        Json::Arr(items) => (items.first().cloned(), items.get(1).cloned()),
        Json::Str(s) => {
            let mut chars = s.chars().map(|c| Json::from(c.to_string()));
            (chars.next(), chars.next())
        }
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Json::from(s),
            serde_json::Value::Array(a) => Json::Arr(a.into_iter().map(json).collect()),
            serde_json::Value::Object(o) => {
                Json::Obj(Obj(o.into_iter().map(|(k, v)| (k.into(), json(v))).collect()))
            }
        }
    }

    #[test]
    fn flattens_as_cdk_nag() {
        let cases = [
            (
                serde_json::json!({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/x"]]}),
                "arn:<AWS::Partition>:iam::aws:policy/x",
            ),
            (serde_json::json!({"Fn::GetAtt": ["Pool", "Arn"]}), "<Pool.Arn>"),
            (
                serde_json::json!({"Fn::Sub": "arn:${AWS::Partition}:s3:::b/*"}),
                "arn:<AWS::Partition>:s3:::b/*",
            ),
            (serde_json::json!({"Fn::ImportValue": "Out"}), "Out"),
            (serde_json::json!({"Fn::Select": [0, ["a"]]}), "{\"Fn::Select\":[0,[\"a\"]]}"),
            (serde_json::json!({"Ref": ""}), "{\"Ref\":\"\"}"),
            (serde_json::json!(5), "5"),
        ];
        for (value, want) in cases {
            assert_eq!(flatten(Some(&json(value.clone()))), Ok(want.to_owned()), "{value}");
        }
        assert_eq!(flatten(None), Ok(String::new()));
        assert_eq!(flatten(Some(&Json::Null)), Err(Threw));
    }
}
