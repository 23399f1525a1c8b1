//! IAM policy statements: their conditions, and how the AWS CDK writes them under
//! `@aws-cdk/aws-iam:minimizePolicies` (the statements that differ only in their actions, or
//! only in their resources, merged, and every statement's actions and resources sorted).

use crate::core::json::{Json, Obj};
use crate::core::table::{Walk, Walker};
use crate::core::value::Value;

/// A statement of `Action`, `Condition`, `Effect` and `Resource` (what grants and
/// `addToPrincipalPolicy` statements write).
struct Parts {
    effect: Json,
    condition: Option<Json>,
    actions: Vec<Json>,
    resources: Vec<Json>,
}

/// The AWS CDK's `mergeStatements` and `PostProcessPolicyDocument` under
/// `@aws-cdk/aws-iam:minimizePolicies`: two statements of the same effect and conditions that
/// share their actions or their resources become one, with the union of the others; passes
/// repeat until nothing merges; then each statement's actions and resources are
/// de-duplicated and sorted by their JSON text (`sortByJson`: strings first, in UTF-16 order,
/// then references). A statement with any other key leaves the policy as it is.
pub(crate) fn merge_statements(statements: Vec<Json>) -> Vec<Json> {
    let mut parts: Vec<Parts> = statements.iter().filter_map(split).collect();
    if parts.len() != statements.len() {
        return statements;
    }
    let mut merged = true;
    while merged {
        merged = false;
        let mut i = 0;
        while i < parts.len() {
            let mut j = i + 1;
            while j < parts.len() {
                if combinable(&parts[i], &parts[j]) {
                    let b = parts.remove(j);
                    let a = &mut parts[i];
                    a.actions = union(&a.actions, &b.actions);
                    a.resources = union(&a.resources, &b.resources);
                    merged = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
    }
    parts.into_iter().map(join).collect()
}

/// Whether the AWS CDK's policy document keeps `b` after `a` as a statement of its own: it
/// drops one with the same effect and conditions and the same actions and resources, in any
/// order and each however often listed (`["x:A", "y:B"]` and `["y:B", "x:A", "x:A"]`), and
/// keeps the first. A statement with any other key is the same only as an equal one.
pub(crate) fn same_statement(a: &Json, b: &Json) -> bool {
    match (split(a), split(b)) {
        (Some(x), Some(y)) => {
            x.effect == y.effect
                && x.condition == y.condition
                && same_members(&x.actions, &y.actions)
                && same_members(&x.resources, &y.resources)
        }
        _ => a == b,
    }
}

/// Whether `a` and `b` hold the same values, in any order and number.
fn same_members(a: &[Json], b: &[Json]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// `mergeIfCombinable`: the same effect and conditions, and the same actions or resources.
fn combinable(a: &Parts, b: &Parts) -> bool {
    a.effect == b.effect
        && a.condition == b.condition
        && (same_set(&a.actions, &b.actions) || same_set(&a.resources, &b.resources))
}

/// A statement's parts; `None` for one with anything else.
fn split(statement: &Json) -> Option<Parts> {
    let Json::Obj(o) = statement else { return None };
    let mut parts = Parts { effect: Json::Null, condition: None, actions: Vec::new(), resources: Vec::new() };
    let mut effect = None;
    for (key, value) in &o.0 {
        let list = |v: &Json| match v {
            Json::Arr(items) => items.clone(),
            one => vec![one.clone()],
        };
        match key.as_ref() {
            "Effect" => effect = Some(value.clone()),
            "Condition" => parts.condition = Some(value.clone()),
            "Action" => parts.actions = list(value),
            "Resource" => parts.resources = list(value),
            _ => return None,
        }
    }
    parts.effect = effect?;
    Some(parts)
}

fn join(parts: Parts) -> Json {
    let one_or_list = |v: Vec<Json>| {
        let mut v = sort_by_json(v);
        if v.len() == 1 { v.remove(0) } else { Json::Arr(v) }
    };
    let mut statement = Obj::new();
    statement.insert("Action", one_or_list(parts.actions));
    if let Some(condition) = parts.condition {
        statement.insert("Condition", condition);
    }
    statement.insert("Effect", parts.effect);
    statement.insert("Resource", one_or_list(parts.resources));
    Json::Obj(statement)
}

fn same_set(a: &[Json], b: &[Json]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// `new Set([...a, ...b])`.
fn union(a: &[Json], b: &[Json]) -> Vec<Json> {
    let mut out: Vec<Json> = Vec::with_capacity(a.len() + b.len());
    for v in a.iter().chain(b) {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// `sortByJson`: the values, de-duplicated by their JSON text and sorted by it (UTF-16 order).
fn sort_by_json(values: Vec<Json>) -> Vec<Json> {
    let mut keyed: Vec<(Vec<u16>, Json)> = Vec::with_capacity(values.len());
    for v in values {
        let text: Vec<u16> = v.to_serde().to_string().encode_utf16().collect();
        if !keyed.iter().any(|(k, _)| *k == text) {
            keyed.push((text, v));
        }
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, v)| v).collect()
}

/// The value of an IAM condition key: one value, or a list (rendered as written).
#[derive(Clone, Debug, PartialEq)]
pub enum ConditionValue {
    /// `"authenticated"`, or a value such as an identity pool's id.
    One(Value),
    /// `["a", "b"]`.
    List(Vec<Value>),
}

impl Default for ConditionValue {
    fn default() -> ConditionValue {
        ConditionValue::One(Value::default())
    }
}

impl From<&str> for ConditionValue {
    fn from(s: &str) -> ConditionValue {
        ConditionValue::One(s.into())
    }
}
impl From<String> for ConditionValue {
    fn from(s: String) -> ConditionValue {
        ConditionValue::One(s.into())
    }
}
impl From<Value> for ConditionValue {
    fn from(v: Value) -> ConditionValue {
        ConditionValue::One(v)
    }
}
impl From<Vec<Value>> for ConditionValue {
    fn from(vs: Vec<Value>) -> ConditionValue {
        ConditionValue::List(vs)
    }
}

impl Walk for ConditionValue {
    fn walk(&self, w: &mut Walker) {
        match self {
            ConditionValue::One(v) => v.walk(w),
            ConditionValue::List(vs) => vs.iter().for_each(|v| v.walk(w)),
        }
    }
}

/// The conditions of a statement, `{ operator: { key: value or [values] } }` in the order
/// written, each value rendered by `value`.
pub(crate) fn conditions_json(
    conditions: &[(String, Vec<(String, ConditionValue)>)],
    value: impl Fn(&Value) -> Json,
) -> Obj {
    let mut out = Obj::new();
    for (operator, keys) in conditions {
        let mut o = Obj::new();
        for (key, v) in keys {
            let v = match v {
                ConditionValue::One(v) => value(v),
                ConditionValue::List(vs) => Json::Arr(vs.iter().map(&value).collect()),
            };
            o.insert(key.clone(), v);
        }
        out.insert(operator.clone(), o);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(
        actions: &[&'static str],
        resources: &[&'static str],
        condition: Option<&'static str>,
    ) -> Json {
        let mut o = Obj::new();
        o.insert("Action", Json::strs(actions.iter().copied()));
        if let Some(c) = condition {
            o.insert("Condition", Json::obj1("StringEquals", Json::obj1("k", c)));
        }
        o.insert("Effect", "Allow");
        o.insert("Resource", Json::strs(resources.iter().copied()));
        Json::Obj(o)
    }

    #[test]
    fn a_statement_is_the_same_in_any_order() {
        let a = statement(&["x:A", "y:B"], &["r1", "r2"], None);
        assert!(same_statement(&a, &statement(&["y:B", "x:A", "x:A"], &["r2", "r1"], None)));
        assert!(!same_statement(&a, &statement(&["x:A", "y:B"], &["r1"], None)));
        assert!(!same_statement(&a, &statement(&["x:A", "y:B"], &["r1", "r2"], Some("v"))));
        let mut other = Obj::new();
        other.insert("Sid", "1");
        assert!(!same_statement(&a, &Json::Obj(other)));
    }
}
