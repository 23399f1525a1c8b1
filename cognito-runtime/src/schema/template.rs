//! The checks of what a stack emits, made on the rendered template, so they hold for every
//! value however it was given (a literal, an `(EXPR)`, a builder call): numbers a JSON
//! template carries exactly, references to ids the template has, and every resource of a
//! type other than Cognito's against its CloudFormation schema (Cognito's own rules cover
//! their schemas; `tests/common` proves it on every parity case).

use std::collections::HashMap;

use super::fields::{Element, model_path};
use crate::check::{Check, Issue};
use crate::error::Violation;
use crate::json::{Json, Obj, js_number};
use crate::stack::{Index, NodeId, Stack};

/// The largest integer a JSON number carries exactly (`Number.MAX_SAFE_INTEGER`, 2^53 - 1).
pub(crate) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// CloudFormation's pseudo parameters: what `Ref` may name besides resources and parameters.
const PSEUDO_PARAMETERS: [&str; 8] = [
    "AWS::AccountId",
    "AWS::NotificationARNs",
    "AWS::NoValue",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
];

/// The rendered template and who wrote each element.
pub(crate) struct Rendered<'a> {
    pub sections: &'a [(&'static str, Obj)],
    /// Logical id → the item that emitted it.
    pub owners: &'a HashMap<String, Option<NodeId>>,
}

/// Runs the template checks; `out` holds the violations the rules found so far.
pub(crate) fn check(stack: &Stack, index: &Index, rendered: &Rendered, out: &mut Vec<Violation>) {
    let ids = Ids::new(rendered.sections);
    let mut ruled: Vec<(Option<NodeId>, String)> =
        out.iter().flat_map(|v| v.paths().map(|p| (v.node, p.to_owned())).collect::<Vec<_>>()).collect();
    for (section, elements) in rendered.sections {
        for (logical_id, json) in &elements.0 {
            let node = rendered.owners.get(logical_id.as_ref()).copied().flatten();
            let resource_type = match json {
                Json::Obj(o) => o.get("Type").and_then(Json::as_str).unwrap_or(""),
                _ => "",
            };
            let element = Element { section, resource_type, json };
            let mut found = Vec::new();
            scan(json, &ids, &mut found);
            if *section == "Resources" && !resource_type.starts_with("AWS::Cognito::") {
                found.extend(schema_issues(resource_type, json));
            }
            let mut cx = Check::new(stack, index, node, out);
            for finding in found {
                report(&mut cx, node, element, finding, &mut ruled);
            }
        }
    }
}

/// Something wrong at a place of an element (`path` from the element's root).
struct Finding {
    path: Vec<String>,
    what: What,
}

enum What {
    /// A number JSON cannot carry exactly.
    Number(f64),
    /// A reference to an id (and attribute) the template lacks.
    Reference { target: String, attr: Option<String>, resource_type: Option<String> },
    /// A resource property that breaks its schema.
    Schema { issue: super::SchemaIssue, resource_type: String },
}

impl Finding {
    fn rule(&self) -> &'static str {
        match self.what {
            What::Number(_) => "template.number",
            What::Reference { .. } => "template.reference",
            What::Schema { .. } => "schema.resource",
        }
    }

    /// The message, for the setting written as `key`.
    fn message(&self, key: &str) -> String {
        match &self.what {
            What::Number(n) => number_message(key, *n),
            What::Reference { target, attr, resource_type } => {
                reference_message(key, target, attr.as_deref(), resource_type.as_deref())
            }
            What::Schema { issue, resource_type } => format!(
                "{}; CloudFormation rejects it at deploy time (the `{resource_type}` schema, `{}`)",
                issue.describe(key),
                issue.path_string()
            ),
        }
    }

    fn value(&self) -> String {
        match &self.what {
            What::Number(n) => js_number(*n),
            What::Reference { target, attr: Some(a), .. } => format!("{target}.{a}"),
            What::Reference { target, .. } => target.clone(),
            What::Schema { issue, .. } => issue.value.to_pretty_string(),
        }
    }
}

/// Reports `finding` at the setting that wrote it, unless a rule (or an earlier finding)
/// already reported that setting.
fn report(
    cx: &mut Check,
    node: Option<NodeId>,
    element: Element,
    finding: Finding,
    ruled: &mut Vec<(Option<NodeId>, String)>,
) {
    let item = node.and_then(|n| cx.stack.node(n)).map(|n| &n.item);
    let below = match (element.section, finding.path.split_first()) {
        ("Resources", Some((first, rest))) if first == "Properties" => rest,
        ("Resources", _) => &[],
        (_, _) => finding.path.as_slice(),
    };
    let path = item.map(|item| model_path(item, element, below)).unwrap_or_default();
    // A rule of the item already reported this setting (or, for a derived property, the
    // item): the template check would only say it again.
    let said = ruled.iter().any(|(n, p)| {
        (*n == node && (path.is_empty() || overlaps(p, &path)))
            || (path.starts_with("tags") && p.starts_with("tags"))
    });
    if said && !matches!(finding.what, What::Reference { .. }) {
        return;
    }
    let key = if path.is_empty() { below.join(".") } else { crate::rules::key(&path).to_owned() };
    let message = finding.message(&key);
    ruled.push((node, path.clone()));
    cx.push(Issue::new(finding.rule(), path, message).value(finding.value()));
}

/// True when `a` and `b` are the same field path or one contains the other.
fn overlaps(a: &str, b: &str) -> bool {
    a == b
        || a.strip_prefix(b).is_some_and(|r| r.starts_with('.'))
        || b.strip_prefix(a).is_some_and(|r| r.starts_with('.'))
}

/// The logical ids the template defines.
struct Ids<'a> {
    resources: HashMap<&'a str, &'a str>,
    parameters: Vec<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(sections: &'a [(&'static str, Obj)]) -> Ids<'a> {
        let mut ids = Ids { resources: HashMap::new(), parameters: Vec::new() };
        for (section, elements) in sections {
            for (id, json) in &elements.0 {
                match *section {
                    "Resources" => {
                        let t = match json {
                            Json::Obj(o) => o.get("Type").and_then(Json::as_str).unwrap_or(""),
                            _ => "",
                        };
                        ids.resources.insert(id.as_ref(), t);
                    }
                    "Parameters" => ids.parameters.push(id.as_ref()),
                    _ => {}
                }
            }
        }
        ids
    }
}

/// Walks `root` (without recursion: a template may nest deeply) for numbers and references.
fn scan(root: &Json, ids: &Ids, out: &mut Vec<Finding>) {
    let mut stack: Vec<(&Json, Vec<String>)> = vec![(root, Vec::new())];
    while let Some((json, path)) = stack.pop() {
        match json {
            Json::Num(n) => number(*n, &path, out),
            Json::Arr(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((item, child(&path, &i.to_string())));
                }
            }
            Json::Obj(o) => {
                reference(o, ids, &path, out);
                for (k, v) in o.0.iter().rev() {
                    stack.push((v, child(&path, k)));
                }
            }
            Json::Null | Json::Bool(_) | Json::Str(_) => {}
        }
    }
}

fn child(path: &[String], segment: &str) -> Vec<String> {
    let mut p = path.to_vec();
    p.push(segment.to_owned());
    p
}

fn number(n: f64, path: &[String], out: &mut Vec<Finding>) {
    if !n.is_finite() || n.abs() > MAX_SAFE_INTEGER {
        out.push(Finding { path: path.to_vec(), what: What::Number(n) });
    }
}

/// JSON (RFC 8259) and CloudFormation: a number is finite, and an integer beyond 2^53 - 1
/// loses digits; a template that says `NaN` or rounds a value is not the one meant.
fn number_message(key: &str, n: f64) -> String {
    let problem = if n.is_finite() {
        "is beyond 2^53 - 1 (9007199254740991), the largest integer a JSON template carries exactly"
    } else {
        "is not a finite number, which a JSON template cannot hold"
    };
    format!("`{key}` {problem} (got {}); give a smaller value", js_number(n))
}

/// CloudFormation: `Ref` names a resource, a parameter or a pseudo parameter; `Fn::GetAtt`
/// (and `${…}` in `Fn::Sub`) a resource and one of its attributes.
fn reference(o: &Obj, ids: &Ids, path: &[String], out: &mut Vec<Finding>) {
    let [(key, arg)] = o.0.as_slice() else { return };
    let targets: Vec<(String, Option<String>)> = match (key.as_ref(), arg) {
        ("Ref", Json::Str(name)) => vec![(name.to_string(), None)],
        ("Fn::GetAtt", Json::Arr(args)) => match args.as_slice() {
            [Json::Str(id), Json::Str(attr)] => vec![(id.to_string(), Some(attr.to_string()))],
            _ => Vec::new(),
        },
        ("Fn::GetAtt", Json::Str(dotted)) => {
            dotted.split_once('.').map(|(i, a)| (i.to_owned(), Some(a.to_owned()))).into_iter().collect()
        }
        ("Fn::Sub", Json::Str(template)) => sub_targets(template),
        _ => Vec::new(),
    };
    for (target, attr) in targets {
        if let Some(resource_type) = unresolved(ids, &target, attr.as_deref()) {
            let what = What::Reference { target, attr, resource_type };
            out.push(Finding { path: path.to_vec(), what });
        }
    }
}

/// The names `${Name}` and `${Name.Attribute}` in an `Fn::Sub` template (`${!…}` is literal).
fn sub_targets(template: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.starts_with('!') {
            out.push(match name.split_once('.') {
                Some((id, attr)) => (id.to_owned(), Some(attr.to_owned())),
                None => (name.to_owned(), None),
            });
        }
        rest = &after[end + 1..];
    }
    out
}

/// `Some(None)` when `target` is not in the template, `Some(Some(type))` when the resource
/// of that type has no attribute `attr`; `None` when the reference resolves.
fn unresolved(ids: &Ids, target: &str, attr: Option<&str>) -> Option<Option<String>> {
    match (attr, ids.resources.get(target)) {
        (None, None) if ids.parameters.contains(&target) || PSEUDO_PARAMETERS.contains(&target) => None,
        (_, None) => Some(None),
        (Some(attr), Some(t)) if super::is_attribute(t, attr) == Some(false) => Some(Some((*t).to_owned())),
        _ => None,
    }
}

fn reference_message(key: &str, target: &str, attr: Option<&str>, resource_type: Option<&str>) -> String {
    match (attr, resource_type) {
        (Some(attr), Some(t)) => format!(
            "`{key}` reads attribute `{attr}` of `{target}`, which a `{t}` does not have; CloudFormation rejects the template (\"resource {target} does not support attribute type {attr} in Fn::GetAtt\"); use one of {}",
            super::attributes(t).iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")
        ),
        _ => format!(
            "`{key}` refers to `{target}`, which is not a logical id, parameter or pseudo parameter of this stack; CloudFormation rejects the template (\"Unresolved resource dependencies [{target}]\"); refer to an item of the block (`item.attribute`) or fix the id"
        ),
    }
}

/// The schema issues of a resource's `Properties`.
fn schema_issues(resource_type: &str, json: &Json) -> Vec<Finding> {
    let empty = Json::Obj(Obj::new());
    let props = match json {
        Json::Obj(o) => o.get("Properties").unwrap_or(&empty),
        _ => &empty,
    };
    let Some(issues) = super::validate(resource_type, props) else { return Vec::new() };
    issues
        .into_iter()
        .map(|issue| Finding {
            path: std::iter::once("Properties".to_owned()).chain(issue.path.iter().cloned()).collect(),
            what: What::Schema { issue, resource_type: resource_type.to_owned() },
        })
        .collect()
}
