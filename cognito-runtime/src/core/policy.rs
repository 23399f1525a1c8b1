//! IAM policy statements as the AWS CDK writes them under `@aws-cdk/aws-iam:minimizePolicies`:
//! the statements that differ only in their actions, or only in their resources, merged.

use crate::core::json::{Json, Obj};

/// The AWS CDK's `mergeStatements` under `@aws-cdk/aws-iam:minimizePolicies`, for statements
/// of `Action`, `Effect` and `Resource` (what grants write): two statements of the same effect
/// that share their actions or their resources become one, with the union of the others,
/// de-duplicated and sorted as JavaScript sorts strings; passes repeat until nothing merges.
/// Resources that are references keep their order (the CDK sorts their token strings, which
/// follow creation order).
pub(crate) fn merge_statements(statements: Vec<Json>) -> Vec<Json> {
    let mut parts: Vec<(Json, Vec<Json>, Vec<Json>)> = statements.iter().filter_map(split).collect();
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
                let (a, b) = (&parts[i], &parts[j]);
                let combinable = a.0 == b.0 && (same_set(&a.1, &b.1) || same_set(&a.2, &b.2));
                if combinable {
                    let b = parts.remove(j);
                    let a = &mut parts[i];
                    a.1 = union_sorted(&a.1, &b.1);
                    a.2 = union_sorted(&a.2, &b.2);
                    merged = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
    }
    parts.into_iter().map(|(effect, actions, resources)| join(effect, actions, resources)).collect()
}

/// A statement's effect, actions and resources; `None` for one with anything else.
fn split(statement: &Json) -> Option<(Json, Vec<Json>, Vec<Json>)> {
    let Json::Obj(o) = statement else { return None };
    let mut parts = (None, Vec::new(), Vec::new());
    for (key, value) in &o.0 {
        let list = |v: &Json| match v {
            Json::Arr(items) => items.clone(),
            one => vec![one.clone()],
        };
        match key.as_ref() {
            "Effect" => parts.0 = Some(value.clone()),
            "Action" => parts.1 = list(value),
            "Resource" => parts.2 = list(value),
            _ => return None,
        }
    }
    Some((parts.0?, parts.1, parts.2))
}

fn join(effect: Json, actions: Vec<Json>, resources: Vec<Json>) -> Json {
    let one_or_list = |mut v: Vec<Json>| if v.len() == 1 { v.remove(0) } else { Json::Arr(v) };
    let mut statement = Obj::new();
    statement.insert("Action", one_or_list(actions));
    statement.insert("Effect", effect);
    statement.insert("Resource", one_or_list(resources));
    Json::Obj(statement)
}

fn same_set(a: &[Json], b: &[Json]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// `Array.from(new Set([...a, ...b])).sort()`: strings in UTF-16 order; other values (references)
/// after them, in their first order.
fn union_sorted(a: &[Json], b: &[Json]) -> Vec<Json> {
    let mut out: Vec<Json> = Vec::with_capacity(a.len() + b.len());
    for v in a.iter().chain(b) {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out.sort_by(|x, y| match (x, y) {
        (Json::Str(x), Json::Str(y)) => x.encode_utf16().cmp(y.encode_utf16()),
        (Json::Str(_), _) => std::cmp::Ordering::Less,
        (_, Json::Str(_)) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    out
}
