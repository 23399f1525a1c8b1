//! A value written as CloudFormation has it, with item references inside: the properties of
//! a `cfn_resource` and the values of `overrides` (the CDK's `CfnResource` props and
//! `addOverride` values, which it renders as given).

use std::fmt;

use crate::core::json::{Json, Key, Obj};
use crate::core::table::{Segment, Walk, Walker};
use crate::core::tree::{PARSER_DEPTH, Parts, Tree, convert, tree_traits};
use crate::core::value::Value;

/// A free-form CloudFormation value: JSON whose strings may be deploy-time values (`Ref`,
/// `Fn::GetAtt`, an item's attribute). Any template JSON maps to one and renders back to the
/// same bytes ([`Raw::from_json`]), so a resource the language has no item for can be
/// written as a `cfn_resource`. Copied, compared, printed for debugging and dropped without
/// recursion (`core::tree`).
#[derive(Default)]
pub enum Raw {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string, an intrinsic function the language writes (`reference`, `get_att`, `join`,
    /// `sub`, `import_value`) or an item's attribute.
    Value(Value),
    /// A list.
    List(Vec<Raw>),
    /// An object, keys in the order written (JavaScript's order: integer keys first).
    Object(Vec<(String, Raw)>),
}

impl Raw {
    /// The value a template holds: `{"Ref": …}` and the other intrinsics the language writes
    /// become [`Value`]s, any other object stays an object (so `Fn::If` or `Fn::Select`
    /// render back unchanged). A document deeper than JSON parsers read (which the check
    /// refuses) keeps its shape, its intrinsics as objects, made without recursion.
    pub fn from_json(json: &Json) -> Raw {
        if json.depth(PARSER_DEPTH) > PARSER_DEPTH {
            return convert(json, &structural_leaf, &|k| k.to_string());
        }
        Raw::shaped(json)
    }

    /// [`Raw::from_json`] of a document JSON parsers read (so the recursion is bounded).
    fn shaped(json: &Json) -> Raw {
        match json {
            Json::Null => Raw::Null,
            Json::Bool(b) => Raw::Bool(*b),
            Json::Num(n) => Raw::Num(*n),
            Json::Str(s) => Raw::Value(Value::Str(s.to_string())),
            Json::Arr(items) => Raw::List(items.iter().map(Raw::shaped).collect()),
            Json::Obj(o) => match intrinsic(o) {
                Some(v) => Raw::Value(v),
                None => Raw::Object(o.0.iter().map(|(k, v)| (k.to_string(), Raw::shaped(v))).collect()),
            },
        }
    }

    /// An object of `entries`, in order: `Raw::object([("GroupName", "admins".into())])`.
    pub fn object<K: Into<String>>(entries: impl IntoIterator<Item = (K, Raw)>) -> Raw {
        Raw::Object(entries.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// A list of `items`.
    pub fn list<T: Into<Raw>>(items: impl IntoIterator<Item = T>) -> Raw {
        Raw::List(items.into_iter().map(Into::into).collect())
    }

    /// The JSON of the value, with `value` rendering each string value.
    pub(crate) fn render(&self, value: &dyn Fn(&Value) -> Json) -> Json {
        match self {
            Raw::Null => Json::Null,
            Raw::Bool(b) => Json::Bool(*b),
            Raw::Num(n) => Json::Num(*n),
            Raw::Value(v) => value(v),
            Raw::List(items) => Json::Arr(items.iter().map(|i| i.render(value)).collect()),
            Raw::Object(entries) => {
                let mut o = Obj::new();
                for (k, v) in entries {
                    js_set(&mut o.0, Key::Owned(k.clone()), v.render(value));
                }
                Json::Obj(o)
            }
        }
    }
}

/// A leaf of a document as it is, a string a literal.
fn structural_leaf(json: &Json) -> Raw {
    match json {
        Json::Bool(b) => Raw::Bool(*b),
        Json::Num(n) => Raw::Num(*n),
        Json::Str(s) => Raw::Value(Value::Str(s.to_string())),
        _ => Raw::Null,
    }
}

/// The [`Value`] a one-key object of a template stands for, when the language writes it.
fn intrinsic(o: &Obj) -> Option<Value> {
    let [(key, arg)] = o.0.as_slice() else { return None };
    let string = |j: &Json| j.as_str().map(str::to_owned);
    Some(match (key.as_ref(), arg) {
        ("Ref", Json::Str(name)) => Value::Ref(name.to_string()),
        ("Fn::GetAtt", Json::Arr(args)) => match args.as_slice() {
            [id, attr] => Value::GetAtt(string(id)?, string(attr)?),
            _ => return None,
        },
        ("Fn::Sub", Json::Str(template)) => Value::Sub(template.to_string()),
        ("Fn::ImportValue", name) => Value::ImportValue(Box::new(value_of(name)?)),
        ("Fn::Join", Json::Arr(args)) => match args.as_slice() {
            [Json::Str(separator), Json::Arr(parts)] => {
                Value::Join(separator.to_string(), parts.iter().map(value_of).collect::<Option<_>>()?)
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// A string, or an intrinsic the language writes.
fn value_of(json: &Json) -> Option<Value> {
    match json {
        Json::Str(s) => Some(Value::Str(s.to_string())),
        Json::Obj(o) => intrinsic(o),
        _ => None,
    }
}

/// Whether `key` is an array index as JavaScript reads a property name (`"0"`, `"17"`, not
/// `"01"`): such keys come first in an object, in numeric order, whatever the insertion order.
pub(crate) fn array_index(key: &str) -> Option<u32> {
    let canonical = key == "0" || (!key.starts_with('0') && !key.is_empty());
    let n: u32 = key.parse().ok().filter(|_| canonical && key.bytes().all(|b| b.is_ascii_digit()))?;
    (n != u32::MAX).then_some(n)
}

/// `o[key] = value` in JavaScript: in place when the key is there, otherwise an integer key
/// among the integer keys by number, any other key last.
pub(crate) fn js_set<V>(o: &mut Vec<(Key, V)>, key: Key, value: V) {
    if let Some(slot) = o.iter_mut().find(|(k, _)| *k == key) {
        slot.1 = value;
        return;
    }
    let at = match array_index(&key) {
        Some(n) => o.iter().position(|(k, _)| array_index(k).is_none_or(|m| m > n)).unwrap_or(o.len()),
        None => o.len(),
    };
    o.insert(at, (key, value));
}

impl Walk for Raw {
    fn walk(&self, w: &mut Walker) {
        match self {
            Raw::Value(v) => v.walk(w),
            Raw::List(items) => items.walk(w),
            Raw::Object(entries) => {
                for (k, v) in entries {
                    w.at(k, v);
                }
            }
            Raw::Null | Raw::Bool(_) | Raw::Num(_) => {}
        }
    }
}

impl Segment for Raw {}

macro_rules! raw_from {
    ($($ty:ty => |$v:ident| $make:expr;)*) => {$(
        impl From<$ty> for Raw {
            fn from($v: $ty) -> Raw {
                $make
            }
        }
    )*};
}

raw_from! {
    &str => |s| Raw::Value(Value::Str(s.to_owned()));
    String => |s| Raw::Value(Value::Str(s));
    Value => |v| Raw::Value(v);
    bool => |b| Raw::Bool(b);
    i32 => |n| Raw::Num(f64::from(n));
    u32 => |n| Raw::Num(f64::from(n));
    i64 => |n| Raw::Num(n as f64);
    f64 => |n| Raw::Num(n);
    Vec<Raw> => |items| Raw::List(items);
    Json => |j| Raw::from_json(&j);
}

tree_traits!(Raw);

impl Raw {
    /// How deep lists and objects nest in the value (a string value is 0 deep, whatever
    /// functions it nests: [`MAX_VALUE_DEPTH`](crate::MAX_VALUE_DEPTH) bounds those), up to
    /// `limit + 1`, without recursion.
    pub fn depth(&self, limit: usize) -> usize {
        crate::core::tree::depth(self, limit)
    }
}

impl Tree for Raw {
    type Key = String;
    const NAMES: (&'static str, &'static str) = ("List", "Object");

    fn parts(&self) -> Parts<'_, String, Raw> {
        match self {
            Raw::List(items) => Parts::List(items),
            Raw::Object(entries) => Parts::Map(entries),
            _ => Parts::Leaf,
        }
    }

    fn take_parts(&mut self, into: &mut Vec<Raw>) {
        match self {
            Raw::List(items) => into.append(items),
            Raw::Object(entries) => into.extend(entries.drain(..).map(|(_, v)| v)),
            _ => {}
        }
    }

    fn copy_leaf(&self) -> Raw {
        match self {
            Raw::Null => Raw::Null,
            Raw::Bool(b) => Raw::Bool(*b),
            Raw::Num(n) => Raw::Num(*n),
            Raw::Value(v) => Raw::Value(v.clone()),
            Raw::List(_) => Raw::List(Vec::new()),
            Raw::Object(_) => Raw::Object(Vec::new()),
        }
    }

    fn list(items: Vec<Raw>) -> Raw {
        Raw::List(items)
    }

    fn map(entries: Vec<(String, Raw)>) -> Raw {
        Raw::Object(entries)
    }

    fn leaf_eq(&self, other: &Raw) -> bool {
        match (self, other) {
            (Raw::Null, Raw::Null) => true,
            (Raw::Bool(a), Raw::Bool(b)) => a == b,
            (Raw::Num(a), Raw::Num(b)) => a == b,
            (Raw::Value(a), Raw::Value(b)) => a == b,
            _ => false,
        }
    }

    fn leaf_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Raw::Bool(b) => f.debug_tuple("Bool").field(b).finish(),
            Raw::Num(n) => f.debug_tuple("Num").field(n).finish(),
            Raw::Value(v) => f.debug_tuple("Value").field(v).finish(),
            _ => f.write_str("Null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(raw: &Raw) -> String {
        raw.render(&|v| match v {
            Value::Str(s) => Json::from(s.clone()),
            Value::Ref(r) => Json::obj1("Ref", r.clone()),
            other => Json::from(other.to_string()),
        })
        .to_pretty_string()
    }

    #[test]
    fn debug_prints_as_derived() {
        let raw = Raw::List(vec![Raw::Object(vec![("k".to_owned(), Raw::from(1))])]);
        assert_eq!(format!("{raw:?}"), "List([Object([(\"k\", Num(1.0))])])");
        assert_eq!(raw.clone(), raw);
    }

    #[test]
    fn integer_keys_come_first_in_numeric_order() {
        let raw = Raw::Object(vec![
            ("B".into(), Raw::Null),
            ("10".into(), 1.into()),
            ("2".into(), 2.into()),
            ("01".into(), 3.into()),
        ]);
        assert_eq!(render(&raw), "{\n  \"2\": 2,\n  \"10\": 1,\n  \"B\": null,\n  \"01\": 3\n}");
        assert_eq!(array_index("4294967295"), None);
        assert_eq!(array_index("4294967294"), Some(4_294_967_294));
        assert_eq!((array_index("0"), array_index("-1"), array_index("")), (Some(0), None, None));
    }

    #[test]
    fn template_json_maps_back_to_the_same_json() {
        let text = r#"{"A":{"Ref":"Pool"},"B":{"Fn::GetAtt":["Fn","Arn"]},"C":{"Fn::Join":["",["a",{"Ref":"AWS::Region"}]]},"D":{"Fn::Select":[0,["x"]]},"E":[1,true,null,{"Ref":"X","Other":1}],"F":{"Fn::ImportValue":{"Fn::Sub":"${AWS::StackName}-x"}}}"#;
        let json: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let json = Json::from_serde(&json);
        let raw = Raw::from_json(&json);
        let Raw::Object(entries) = &raw else { panic!("an object: {raw:?}") };
        assert_eq!(entries[0].1, Raw::Value(Value::Ref("Pool".into())));
        assert_eq!(entries[1].1, Raw::Value(Value::GetAtt("Fn".into(), "Arn".into())));
        assert!(matches!(entries[2].1, Raw::Value(Value::Join(..))));
        assert!(matches!(entries[3].1, Raw::Object(_)), "an intrinsic the language has no form for");
        let back = raw.render(&|v| Synthless.value(v));
        assert_eq!(back, json);
    }

    /// The rendering of values that name no item, as a render makes it.
    struct Synthless;

    impl Synthless {
        fn value(&self, v: &Value) -> Json {
            match v {
                Value::Str(s) => Json::from(s.clone()),
                Value::Ref(r) => Json::obj1("Ref", r.clone()),
                Value::GetAtt(r, a) => Json::obj1("Fn::GetAtt", Json::strs([r.clone(), a.clone()])),
                Value::Sub(s) => Json::obj1("Fn::Sub", s.clone()),
                Value::ImportValue(v) => Json::obj1("Fn::ImportValue", self.value(v)),
                Value::Join(sep, parts) => Json::obj1(
                    "Fn::Join",
                    Json::Arr(vec![
                        sep.clone().into(),
                        Json::Arr(parts.iter().map(|p| self.value(p)).collect()),
                    ]),
                ),
                Value::Attr(..) => Json::Null,
            }
        }
    }
}
