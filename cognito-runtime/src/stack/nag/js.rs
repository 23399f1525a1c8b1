//! The JavaScript semantics cdk-nag's rules rely on, over our JSON: truthiness,
//! `JSON.stringify`, and `NagRules.resolveIfPrimitive`.

use crate::core::json::{Json, js_number};

/// A rule threw while reading a value (a JavaScript `TypeError`, or cdk-nag's own `Error`).
#[derive(Debug, PartialEq)]
pub(crate) struct Threw;

/// `NagRules.resolveIfPrimitive`: the value, unless it is an object or an array (an
/// intrinsic function such as `{"Ref": …}`), which makes the rule throw.
pub(crate) fn primitive(value: Option<&Json>) -> Result<Option<&Json>, Threw> {
    match value {
        Some(Json::Obj(_) | Json::Arr(_)) => Err(Threw),
        other => Ok(other),
    }
}

/// `Number(value)`, as JavaScript's `<` converts a primitive.
pub(crate) fn to_number(value: &Json) -> f64 {
    match value {
        Json::Null => 0.0,
        Json::Bool(b) => f64::from(u8::from(*b)),
        Json::Num(n) => *n,
        Json::Str(s) if s.trim().is_empty() => 0.0,
        Json::Str(s) => s.trim().parse().unwrap_or(f64::NAN),
        Json::Arr(_) | Json::Obj(_) => f64::NAN,
    }
}

/// `value.key`: a property of an object, `undefined` for anything else.
pub(crate) fn get<'a>(value: &'a Json, key: &str) -> Option<&'a Json> {
    match value {
        Json::Obj(o) => o.get(key),
        _ => None,
    }
}

/// `value == undefined`: absent or `null`.
pub(crate) fn is_nullish(value: Option<&Json>) -> bool {
    matches!(value, None | Some(Json::Null))
}

/// JavaScript truthiness.
pub(crate) fn truthy(v: &Json) -> bool {
    match v {
        Json::Null => false,
        Json::Bool(b) => *b,
        Json::Num(n) => *n != 0.0 && !n.is_nan(),
        Json::Str(s) => !s.is_empty(),
        Json::Arr(_) | Json::Obj(_) => true,
    }
}

/// `JSON.stringify(value)`: compact, keys in order.
pub(crate) fn stringify(value: &Json) -> String {
    match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) if n.is_finite() => js_number(*n),
        Json::Num(_) => "null".to_owned(),
        Json::Str(s) => serde_json::Value::String(s.to_string()).to_string(),
        Json::Arr(items) => format!("[{}]", items.iter().map(stringify).collect::<Vec<_>>().join(",")),
        Json::Obj(o) => {
            let entries: Vec<String> =
                o.0.iter()
                    .map(|(k, v)| format!("{}:{}", stringify(&Json::Str(k.clone())), stringify(v)))
                    .collect();
            format!("{{{}}}", entries.join(","))
        }
    }
}
