//! The checks of what a stack emits, made on the rendered template, so they hold for every
//! value however it was given (a literal, an `(EXPR)`, a builder call): numbers a JSON
//! template carries exactly, references to ids the template has, and every resource against
//! its CloudFormation schema but those of Cognito's high-level items (their own rules cover
//! their schemas: `tests/schema_cognito.rs` tries every string setting with hostile values,
//! and every parity test validates every resource it renders). The resources of the items the
//! CDK has only as `Cfn*` classes are validated, mapped back through their props tables.

use std::collections::HashMap;

use fields::{Element, model_path};

use crate::context::check::{Check, Issue, key};
use crate::core::error::{Target, Violation};
use crate::core::json::{Json, MAX_SAFE_INTEGER, Obj, js_number};
use crate::core::node::NodeId;
use crate::core::overrides::Override;
use crate::core::schema::{Constraint, SchemaIssue, attributes, is_attribute, validate};
use crate::stack::appended::parse_token;
use crate::stack::item::Item;
use crate::stack::overrides::setting_of;
use crate::stack::view::View;

mod fields;

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
    /// The resources an item's `overrides` changed (logical id → as rendered before them).
    pub overridden: &'a HashMap<String, Json>,
}

/// Runs the template checks; `out` holds the violations the rules found so far.
pub(crate) fn check(view: &View, rendered: &Rendered, out: &mut Vec<Violation>) {
    let ids = Ids::new(rendered.sections);
    let mut walk = Walk::default();
    let mut ruled: Vec<(Option<NodeId>, String)> =
        out.iter().flat_map(|v| v.paths().map(|p| (v.node, p.to_owned())).collect::<Vec<_>>()).collect();
    for (section, elements) in rendered.sections {
        for (logical_id, json) in &elements.0 {
            let node = rendered.owners.get(logical_id.as_ref()).copied().flatten();
            let item = node.and_then(|n| view.stack.node(n)).map(|n| &n.item);
            let resource_type = match json {
                Json::Obj(o) => o.get("Type").and_then(Json::as_str).unwrap_or(""),
                _ => "",
            };
            let element = Element { section, resource_type, json };
            let mut found = Vec::new();
            walk.scan(json, &ids, &mut found);
            let overridden = *section == "Resources" && rendered.overridden.contains_key(logical_id.as_ref());
            let overrides =
                node.and_then(|n| view.stack.node(n)).filter(|_| overridden).map(|n| &n.overrides[..]);
            if *section == "Resources" {
                depends_on(json, &ids, &mut found);
                if validated(resource_type, item) {
                    found.extend(schema_issues(resource_type, json));
                } else if let Some(overrides) = overrides {
                    // An item whose rules cover its schema answers for what its overrides wrote.
                    let issues = schema_issues(resource_type, json).into_iter();
                    found.extend(issues.filter(|f| override_setting(overrides, f).is_some()));
                }
            }
            let mut cx = Check::new(view, node, out);
            for finding in found {
                let setting = overrides.and_then(|o| override_setting(o, &finding));
                report(&mut cx, item, element, finding, setting, &mut ruled);
            }
        }
    }
}

/// Whether a resource is validated against its schema: every type but Cognito's, whose
/// hand-written rules cover their schemas, and Cognito's types an item the CDK has only as a
/// `Cfn*` class renders (its props are the schema's, mapped back through its table).
fn validated(resource_type: &str, item: Option<&Item>) -> bool {
    !resource_type.starts_with("AWS::Cognito::") || item.is_some_and(|i| i.cfn_fields().is_some())
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
    Schema { issue: SchemaIssue, resource_type: String },
    /// A `DependsOn` entry that names no resource of the template.
    DependsOn(String),
}

impl Finding {
    fn rule(&self) -> &'static str {
        match self.what {
            What::Number(_) => "template.number",
            What::Reference { .. } | What::DependsOn(_) => "template.reference",
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
            What::DependsOn(target) => format!(
                "`{key}` names `{target}`, which is not a resource of this stack; CloudFormation rejects the template (\"Unresolved resource dependencies [{target}] in the Resources block of the template\"); name a resource's logical id, or write `depends_on: [item]` on the item"
            ),
            What::Schema { issue, resource_type } => match issue.path_string() {
                // The whole `Properties` (an override of it) has no name in the schema.
                at if at.is_empty() => format!(
                    "{}; CloudFormation rejects it at deploy time (the `{resource_type}` schema)",
                    issue.describe(key)
                ),
                at => format!(
                    "{}; CloudFormation rejects it at deploy time (the `{resource_type}` schema, `{at}`)",
                    issue.describe(key)
                ),
            },
        }
    }

    /// Where the caret goes: under a map's key when the key's name is what is wrong.
    fn target(&self) -> Target {
        match &self.what {
            What::Schema { issue, .. } if matches!(&issue.constraint, Constraint::NotAllowed { names } if !names.is_empty()) => {
                Target::Key
            }
            _ => Target::Value,
        }
    }

    fn value(&self) -> String {
        match &self.what {
            What::Number(n) => js_number(*n),
            What::Reference { target, attr: Some(a), .. } => format!("{target}.{a}"),
            What::Reference { target, .. } | What::DependsOn(target) => target.clone(),
            What::Schema { issue, .. } => issue.value.to_pretty_string(),
        }
    }
}

/// The `overrides` setting that wrote the place of `finding`, if one did.
fn override_setting(overrides: &[Override], finding: &Finding) -> Option<String> {
    let required =
        matches!(&finding.what, What::Schema { issue, .. } if issue.constraint == Constraint::Required);
    setting_of(overrides, &finding.path, required)
}

/// Reports `finding` at the setting that wrote it (`setting`, when an override did), unless
/// a rule (or an earlier finding) already reported that setting.
fn report(
    cx: &mut Check,
    item: Option<&Item>,
    element: Element,
    finding: Finding,
    setting: Option<String>,
    ruled: &mut Vec<(Option<NodeId>, String)>,
) {
    let node = cx.node;
    let below = match (element.section, finding.path.split_first()) {
        ("Resources", Some((first, rest))) if first == "Properties" => rest,
        ("Resources", _) => &[],
        (_, _) => finding.path.as_slice(),
    };
    let overridden = setting.is_some();
    let path =
        setting.unwrap_or_else(|| item.map(|item| model_path(item, element, below)).unwrap_or_default());
    // A rule of the item already reported this setting (or, for a derived property, the
    // item): the template check would only say it again.
    let said = ruled.iter().any(|(n, p)| {
        (*n == node && (path.is_empty() || overlaps(p, &path)))
            || (path.starts_with("tags") && p.starts_with("tags"))
    });
    if said && !matches!(finding.what, What::Reference { .. } | What::DependsOn(_)) {
        return;
    }
    let key = match (&finding.what, overridden) {
        // An override answers for a property missing from what it wrote: name the property.
        (What::Schema { issue, .. }, true) if issue.constraint == Constraint::Required => {
            finding.path.last().cloned().unwrap_or_default()
        }
        _ if path.is_empty() => below.join("."),
        _ => key(&path).to_owned(),
    };
    let message = finding.message(&key);
    ruled.push((node, path.clone()));
    let target = finding.target();
    cx.push(Issue::new(finding.rule(), path, message).value(finding.value()).target(target));
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
        let count = sections.iter().find(|(name, _)| *name == "Resources").map_or(0, |(_, r)| r.0.len());
        let mut ids = Ids { resources: HashMap::with_capacity(count), parameters: Vec::new() };
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

/// One step of a path in the template: an object key or a list index.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn strings(path: &[Seg]) -> Vec<String> {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => (*k).to_owned(),
            Seg::Index(i) => i.to_string(),
        })
        .collect()
}

/// The buffers of a walk, kept from one element to the next.
#[derive(Default)]
struct Walk<'a> {
    stack: Vec<(&'a Json, usize, Option<Seg<'a>>)>,
    path: Vec<Seg<'a>>,
    quick: Vec<&'a Json>,
}

impl<'a> Walk<'a> {
    /// True when nothing under `root` is wrong: the common case, found without keeping paths.
    fn clean(&mut self, root: &'a Json, ids: &Ids) -> bool {
        self.quick.clear();
        self.quick.push(root);
        let mut none = Vec::new();
        while let Some(json) = self.quick.pop() {
            match json {
                Json::Num(n) if !n.is_finite() || n.abs() > MAX_SAFE_INTEGER => return false,
                Json::Arr(items) => self.quick.extend(items),
                Json::Obj(o) => {
                    reference(o, ids, &[], &mut none);
                    if !none.is_empty() {
                        return false;
                    }
                    self.quick.extend(o.0.iter().map(|(_, v)| v));
                }
                Json::Num(_) | Json::Null | Json::Bool(_) | Json::Str(_) => {}
            }
        }
        true
    }

    /// Walks `root` for numbers and references, without recursion (a template may nest
    /// deeply) and without allocating per node (the walk sees every value of the template).
    fn scan(&mut self, root: &'a Json, ids: &Ids, out: &mut Vec<Finding>) {
        if self.clean(root, ids) {
            return;
        }
        self.stack.clear();
        self.path.clear();
        self.stack.push((root, 0, None));
        while let Some((json, depth, seg)) = self.stack.pop() {
            self.path.truncate(depth.saturating_sub(1));
            self.path.extend(seg);
            match json {
                Json::Num(n) => number(*n, &self.path, out),
                Json::Arr(items) => {
                    let children = items.iter().enumerate().rev();
                    self.stack.extend(children.map(|(i, item)| (item, depth + 1, Some(Seg::Index(i)))));
                }
                Json::Obj(o) => {
                    reference(o, ids, &self.path, out);
                    let children = o.0.iter().rev();
                    self.stack.extend(children.map(|(k, v)| (v, depth + 1, Some(Seg::Key(k.as_ref())))));
                }
                Json::Null | Json::Bool(_) | Json::Str(_) => {}
            }
        }
    }
}

fn number(n: f64, path: &[Seg], out: &mut Vec<Finding>) {
    if !n.is_finite() || n.abs() > MAX_SAFE_INTEGER {
        out.push(Finding { path: strings(path), what: What::Number(n) });
    }
}

/// JSON (RFC 8259) and CloudFormation: a number is finite, and an integer beyond 2^53 - 1
/// loses digits; a template that says `NaN` or rounds a value is not the one meant.
fn number_message(key: &str, n: f64) -> String {
    let (problem, fix) = if n.is_finite() {
        (
            "is beyond 2^53 - 1 (9007199254740991), the largest integer a JSON template carries exactly",
            "give a smaller value",
        )
    } else {
        ("is not a finite number, which a JSON template cannot hold", "give a finite number")
    };
    format!("`{key}` {problem} (got {}); {fix}", js_number(n))
}

/// CloudFormation: `Ref` names a resource, a parameter or a pseudo parameter; `Fn::GetAtt`
/// (and `${…}` in `Fn::Sub`) a resource and one of its attributes.
fn reference(o: &Obj, ids: &Ids, path: &[Seg], out: &mut Vec<Finding>) {
    let [(key, arg)] = o.0.as_slice() else { return };
    let mut target = |id: &str, attr: Option<&str>| {
        if let Some(resource_type) = unresolved(ids, id, attr) {
            let what =
                What::Reference { target: id.to_owned(), attr: attr.map(str::to_owned), resource_type };
            out.push(Finding { path: strings(path), what });
        }
    };
    match (key.as_ref(), arg) {
        ("Ref", Json::Str(name)) => target(name, None),
        ("Fn::GetAtt", Json::Arr(args)) => {
            if let [Json::Str(id), Json::Str(attr)] = args.as_slice() {
                target(id, Some(attr));
            }
        }
        ("Fn::GetAtt", Json::Str(dotted)) => {
            if let Some((id, attr)) = dotted.split_once('.') {
                target(id, Some(attr));
            }
        }
        ("Fn::Sub", Json::Str(template)) => {
            sub_targets(template, None).for_each(|(id, attr)| target(id, attr))
        }
        ("Fn::Sub", Json::Arr(args)) => {
            if let [Json::Str(template), Json::Obj(variables)] = args.as_slice() {
                sub_targets(template, Some(variables)).for_each(|(id, attr)| target(id, attr));
            }
        }
        _ => {}
    }
}

/// The names `${Name}` and `${Name.Attribute}` in an `Fn::Sub` template, but `${!…}` (a
/// literal) and the template's own `variables`.
fn sub_targets<'a>(
    template: &'a str,
    variables: Option<&'a Obj>,
) -> impl Iterator<Item = (&'a str, Option<&'a str>)> {
    let mut rest = template;
    std::iter::from_fn(move || {
        loop {
            let start = rest.find("${")?;
            let after = &rest[start + 2..];
            let end = after.find('}')?;
            let name = &after[..end];
            rest = &after[end + 1..];
            if name.starts_with('!') || variables.is_some_and(|v| v.get(name).is_some()) {
                continue;
            }
            return Some(match name.split_once('.') {
                Some((id, attr)) => (id, Some(attr)),
                None => (name, None),
            });
        }
    })
}

/// `Some(None)` when `target` is not in the template, `Some(Some(type))` when the resource
/// of that type has no attribute `attr`; `None` when the reference resolves (an item of
/// another stack of the app stands as a token, which the app turns into an import).
fn unresolved(ids: &Ids, target: &str, attr: Option<&str>) -> Option<Option<String>> {
    match (attr, ids.resources.get(target)) {
        (None, None) if ids.parameters.contains(&target) || PSEUDO_PARAMETERS.contains(&target) => None,
        (_, None) if parse_token(target).is_some() => None,
        (_, None) => Some(None),
        (Some(attr), Some(t)) if is_attribute(t, attr) == Some(false) => Some(Some((*t).to_owned())),
        _ => None,
    }
}

fn reference_message(key: &str, target: &str, attr: Option<&str>, resource_type: Option<&str>) -> String {
    match (attr, resource_type) {
        (Some(attr), Some(t)) => format!(
            "`{key}` reads attribute `{attr}` of `{target}`, which a `{t}` does not have; CloudFormation rejects the template (\"resource {target} does not support attribute type {attr} in Fn::GetAtt\"); use one of {}",
            attributes(t).iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")
        ),
        _ => format!(
            "`{key}` refers to `{target}`, which is not a logical id, parameter or pseudo parameter of this stack; CloudFormation rejects the template (\"Unresolved resource dependencies [{target}]\"); refer to an item of the block (`item.attribute`) or fix the id"
        ),
    }
}

/// CloudFormation ("Unresolved resource dependencies [X] in the Resources block of the
/// template"): a resource's `DependsOn` names resources of the template.
fn depends_on(json: &Json, ids: &Ids, out: &mut Vec<Finding>) {
    let Json::Obj(resource) = json else { return };
    let names: Vec<(Vec<String>, &str)> = match resource.get("DependsOn") {
        Some(Json::Str(id)) => vec![(vec!["DependsOn".to_owned()], id)],
        Some(Json::Arr(ids)) => ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| Some((vec!["DependsOn".to_owned(), i.to_string()], id.as_str()?)))
            .collect(),
        _ => return,
    };
    for (path, id) in names {
        if !ids.resources.contains_key(id) && parse_token(id).is_none() {
            out.push(Finding { path, what: What::DependsOn(id.to_owned()) });
        }
    }
}

/// The schema issues of a resource's `Properties`.
fn schema_issues(resource_type: &str, json: &Json) -> Vec<Finding> {
    let empty = Json::Obj(Obj::new());
    let props = match json {
        Json::Obj(o) => o.get("Properties").unwrap_or(&empty),
        _ => &empty,
    };
    let Some(issues) = validate(resource_type, props) else { return Vec::new() };
    issues
        .into_iter()
        .map(|issue| Finding {
            path: std::iter::once("Properties".to_owned()).chain(issue.path.iter().cloned()).collect(),
            what: What::Schema { issue, resource_type: resource_type.to_owned() },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::lambda::{Code, LambdaFunction};
    use crate::resources::ui_customization::UserPoolUiCustomizationAttachment;
    use crate::resources::user_pool::UserPool;
    use crate::stack::Stack;

    #[test]
    fn sub_names_its_references_but_literals_and_variables() {
        let mut variables = Obj::new();
        variables.insert("Domain", "example.com");
        let found: Vec<_> =
            sub_targets("${A}-${B.Arn}-${!C}-${Domain}-${AWS::Region}", Some(&variables)).collect();
        assert_eq!(found, vec![("A", None), ("B", Some("Arn")), ("AWS::Region", None)]);
        assert_eq!(sub_targets("${unclosed", None).count(), 0);
    }

    /// The violations of a template whose one resource, of `resource_type`, emitted by
    /// `node`, has `properties`: what the render of `node` would be, with a value no setting
    /// can give (every setting of a number has a rule of its own; every setting of a
    /// `ui_customization` renders a string, as its schema asks).
    fn checked(stack: &Stack, node: NodeId, resource_type: &'static str, properties: Obj) -> Vec<Violation> {
        let mut resource = Obj::new();
        resource.insert("Type", resource_type);
        resource.insert("Properties", properties);
        let mut resources = Obj::new();
        resources.insert("Resource", resource);
        let sections = [("Resources", resources)];
        let owners = HashMap::from([("Resource".to_owned(), Some(node))]);
        let mut out = Vec::new();
        let overridden = HashMap::new();
        check(
            &View::new(stack),
            &Rendered { sections: &sections, owners: &owners, overridden: &overridden },
            &mut out,
        );
        out
    }

    /// A function's resource with `extra` properties.
    fn function(extra: (&'static str, f64)) -> Vec<Violation> {
        let mut stack = Stack::new("Stack");
        let code = Code::Inline("exports.handler = async () => {}".to_owned());
        let f = LambdaFunction {
            runtime: "nodejs22.x".into(),
            handler: "index.handler".into(),
            code,
            ..Default::default()
        };
        let node = stack.add("fn", f);
        let mut props = Obj::new();
        props.insert("Code", Json::obj1("ZipFile", "exports.handler = async () => {}"));
        props.insert("Handler", "index.handler");
        props.insert("Role", "arn:aws:iam::123456789012:role/fn");
        props.insert("Runtime", "nodejs22.x");
        props.insert(extra.0, extra.1);
        checked(&stack, node, "AWS::Lambda::Function", props)
    }

    #[test]
    fn template_number_beyond_two_to_the_53_or_not_finite() {
        let found = function(("Timeout", 1e17));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].rule, found[0].path.as_str()), ("template.number", "timeout"));
        assert_eq!(
            found[0].message,
            "`timeout` is beyond 2^53 - 1 (9007199254740991), the largest integer a JSON template carries exactly (got 100000000000000000); give a smaller value"
        );
        let found = function(("MemorySize", f64::NAN));
        assert_eq!((found[0].rule, found[0].path.as_str()), ("template.number", "memory_size"));
        assert_eq!(
            found[0].message,
            "`memory_size` is not a finite number, which a JSON template cannot hold (got NaN); give a finite number"
        );
    }

    /// An item the CDK has only as a `Cfn*` class: its resource is validated against its
    /// schema (Cognito's type included), each issue reported at the setting its table names.
    #[test]
    fn a_cfn_item_is_validated_and_reported_at_its_setting() {
        let mut stack = Stack::new("Stack");
        let pool = stack.add("pool", UserPool::default());
        let ui = UserPoolUiCustomizationAttachment { css: Some(".a { }".into()), ..Default::default() };
        let node = stack.add_child(pool, "ui", ui);
        let t = "AWS::Cognito::UserPoolUICustomizationAttachment";
        let mut props = Obj::new();
        props.insert("CSS", Json::strs([".a { }"]));
        props.insert("UserPoolId", "us-east-1_abc");
        let found = checked(&stack, node, t, props);
        let found: Vec<_> = found.iter().map(|v| (v.rule, v.path.as_str(), v.message.as_str())).collect();
        assert_eq!(
            found,
            [
                (
                    "schema.resource",
                    "client",
                    "`client` is required; CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolUICustomizationAttachment` schema, `ClientId`)"
                ),
                (
                    "schema.resource",
                    "css",
                    "`css` must be a string (got a list); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolUICustomizationAttachment` schema, `CSS`)"
                ),
            ]
        );
    }
}
