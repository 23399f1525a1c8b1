//! The `cognito!` block of a template, and the program around it.

use std::collections::HashMap;

use crate::Error;
use crate::depends::{self, Depends};
use crate::json::Json;
use crate::lift::{Child, Item, Setting, imported};
use crate::plan::Items;
use crate::print::{Printer, flat, ident_for, name, scalar, string};
use crate::template::{Resource, Template};
use crate::tree::Node;

/// What the import made: the block, and what it kept as CloudFormation.
pub struct Block {
    pub text: String,
    /// One line per resource written as `cfn_resource` or given `overrides`, saying why.
    pub report: Vec<String>,
}

/// How often each construct id occurs; an identifier names one item in the whole block, so an
/// id used twice is written as a string.
pub type Counts = HashMap<String, usize>;

/// The block of `template` whose construct tree is `root`, the constructs at the paths of
/// `items` written as those items; `shared` counts the ids of the whole block when it holds
/// other stacks too (an app's stacks share one namespace).
pub fn block(template: &Template, root: &Node, items: &Items, shared: &Counts) -> Result<Block, Error> {
    print(template, root, items, &HashMap::new(), shared)
}

/// [`block`], with the outputs that are an item's `Ref` or `Fn::GetAtt` written as the item's
/// attribute (`Pool.user_pool_id`).
pub fn block_with_attributes(
    template: &Template,
    root: &Node,
    items: &Items,
    shared: &Counts,
) -> Result<Block, Error> {
    let mut names = HashMap::new();
    for (path, item) in items {
        for (name, it) in named(path, item) {
            if let Some(r) = template.resources.get(it.main) {
                names.insert(r.logical_id.clone(), (name, it.kind));
            }
        }
    }
    print(template, root, items, &names, shared)
}

/// Each item of `item`'s tree with the name the block refers to it by (`Pool`, `Pool.web`),
/// when every step gives one.
fn named<'i>(path: &[String], item: &'i Item) -> Vec<(String, &'i Item)> {
    let mut out = Vec::new();
    let Some(own) = path.last().and_then(|p| ident_for(p)) else { return out };
    // An import's `main` is its first nested item's resource, not its own.
    if item.import.is_none() {
        out.push((own.clone(), item));
    }
    for i in item.nested() {
        if let Some(nested) = ident_for(&i.id) {
            out.push((format!("{own}.{nested}"), i));
        }
    }
    out
}

/// An item's attribute for the `Ref` (`None`) or `Fn::GetAtt` of its resource.
fn attribute(kind: &str, att: Option<&str>) -> Option<&'static str> {
    Some(match (kind, att) {
        ("user_pool", None) => "user_pool_id",
        ("user_pool", Some("Arn")) => "user_pool_arn",
        ("user_pool", Some("ProviderURL")) => "user_pool_provider_url",
        ("user_pool", Some("ProviderName")) => "user_pool_provider_name",
        ("client" | "user_pool_client", None) => "user_pool_client_id",
        ("domain" | "user_pool_domain", None) => "domain_name",
        ("group" | "user_pool_group", None) => "group_name",
        ("resource_server" | "user_pool_resource_server", None) => "user_pool_resource_server_id",
        ("lambda_function", None) => "function_name",
        ("lambda_function", Some("Arn")) => "function_arn",
        ("identity_pool", None) => "identity_pool_id",
        _ => return None,
    })
}

/// Logical ids of items' resources, with the item's name and kind.
type Names = HashMap<String, (String, &'static str)>;

fn print(
    template: &Template,
    root: &Node,
    items: &Items,
    attributes: &Names,
    shared: &Counts,
) -> Result<Block, Error> {
    let mut report = Vec::new();
    let mut names = name_counts(root, items);
    for (id, n) in shared {
        let own = names.entry(id.clone()).or_default();
        *own = (*own).max(*n);
    }
    let depends = depends::plan(template, items, &mut names);
    let imports = imports(items, &names);
    let mut cx = Cx { template, items, path: Vec::new(), names, depends, imports, report: &mut report };
    let mut p = Printer::new(0);
    let mut failure = None;
    if let Some(why) = template.recommended_flags {
        cx.report.push(format!("feature_flags: RECOMMENDED, since the template has {why}"));
    }
    if !template.stack_tags.is_empty() {
        cx.report.push("tags: the stack's, since every tagged resource carries them".to_string());
    }
    p.block(&format!("stack {}", name(&template.stack)), |p| {
        if template.recommended_flags.is_some() {
            p.line("feature_flags: RECOMMENDED,");
        }
        if !template.stack_tags.is_empty() {
            let tags =
                template.stack_tags.iter().map(|(k, v)| (name(k), Setting::Json(Json::Str(v.clone()))));
            setting(p, "tags", &Setting::Map(tags.collect()));
        }
        for (id, body) in &template.parameters {
            if let Err(e) = parameter(p, id, body) {
                failure.get_or_insert(e);
            }
        }
        for child in &root.children {
            if let Err(e) = node(p, child, &mut cx) {
                failure.get_or_insert(e);
            }
        }
        for (id, body) in &template.outputs {
            if let Err(e) = output(p, id, body, attributes, &mut cx) {
                failure.get_or_insert(e);
            }
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(Block { text: p.finish(), report }),
    }
}

/// The whole program: `main` builds the stack and hands it to `cognito::cli::main`.
pub fn program(block: &str) -> String {
    program_of(block, "stack")
}

/// [`program`] for a block of several stacks: an app.
pub fn app_program(block: &str) -> String {
    program_of(block, "app")
}

fn program_of(block: &str, binding: &str) -> String {
    let mut p = Printer::new(2);
    for line in block.lines() {
        p.line(line);
    }
    let body = p.finish();
    format!(
        "use cognito::cognito;\n\nfn main() {{\n    let {binding} = cognito! {{\n{body}    }};\n    cognito::cli::main(&{binding});\n}}\n"
    )
}

/// What printing the items needs: the template, how often each construct id occurs (an
/// identifier names one item in the whole block, so an id used twice is written as a string),
/// and the report.
struct Cx<'a> {
    template: &'a Template,
    items: &'a Items,
    /// The construct path of the node being printed.
    path: Vec<String>,
    names: Counts,
    /// What `cfn_resource`s write as `depends_on`, and the names of what they depend on.
    depends: Depends,
    /// The names of the imported pools the block declares, by their import
    /// (`from_user_pool_arn(…)`): outputs of their attributes refer to them.
    imports: HashMap<String, String>,
    report: &'a mut Vec<String>,
}

impl Cx<'_> {
    /// The id of a construct or a `cfn_resource` for construct id `id`: bare when it is an
    /// identifier used once, else a string.
    fn id(&self, id: &str) -> String {
        id_used(id, self.used(id))
    }

    /// The id of an item, which the block may refer to: `name as "construct-id"` when the id
    /// is not an identifier but gives one used once.
    fn item_id(&self, id: &str) -> String {
        self.item_id_used(id, self.used(id))
    }

    /// [`Cx::item_id`] for an id used `used` times where the item's name counts.
    fn item_id_used(&self, id: &str, used: usize) -> String {
        match ident_for(id) {
            Some(n) if used == 1 && n != id => format!("{n} as {}", string(id)),
            _ => id_used(id, used),
        }
    }

    /// The id of the construct or resource at `path`: `name as "id"` when a `depends_on`
    /// names it by a name other than its id.
    fn node_id(&self, path: &[String]) -> String {
        let id = path.last().map_or("", String::as_str);
        match self.depends.names.get(path) {
            Some(n) if n == id => n.clone(),
            Some(n) => format!("{n} as {}", string(id)),
            None => self.id(id),
        }
    }

    fn used(&self, id: &str) -> usize {
        self.names.get(&name_key(id)).copied().unwrap_or(0)
    }
}

/// What a construct id is counted by: the name the block gives it.
pub fn name_key(id: &str) -> String {
    ident_for(id).unwrap_or_else(|| id.to_string())
}

/// A construct id as the block writes it where it is used `used` times: bare when it can be,
/// a string when it names more than one construct.
fn id_used(id: &str, used: usize) -> String {
    if used > 1 { string(id) } else { name(id) }
}

/// The name by which the block refers to the construct of id `id`: its identifier form, when
/// that names one construct of the block (`counts`).
pub fn own_name(id: &str, counts: &Counts) -> Option<String> {
    ident_for(id).filter(|_| counts.get(&name_key(id)) == Some(&1))
}

/// The imported pools among `items` that the block can refer to, by their import.
fn imports(items: &Items, names: &Counts) -> HashMap<String, String> {
    items
        .iter()
        .filter_map(|(path, item)| Some((item.import.clone()?, own_name(path.last()?, names)?)))
        .collect()
}

/// How often each construct id occurs below `root`.
pub fn name_counts(root: &Node, items: &Items) -> Counts {
    let mut names = HashMap::new();
    count_names(root, items, &mut Vec::new(), &mut names);
    names
}

/// How often each id the block writes occurs: the items' and their nested items' (the
/// constructs an item makes itself, such as a user's memberships named by their groups' ids,
/// are not written), and the other constructs'.
fn count_names(n: &Node, items: &Items, path: &mut Vec<String>, names: &mut HashMap<String, usize>) {
    for child in &n.children {
        path.push(child.id.clone());
        match items.get(path) {
            Some(item) => count_item(item, names),
            None => {
                *names.entry(name_key(&child.id)).or_default() += 1;
                count_names(child, items, path, names);
            }
        }
        path.pop();
    }
}

fn count_item(item: &Item, names: &mut HashMap<String, usize>) {
    // A grant's id names its grantee; it declares no name of its own.
    if item.kind != "grant" {
        *names.entry(name_key(&item.id)).or_default() += 1;
    }
    item.children.iter().for_each(|c| count_child(c, names));
}

fn count_child(c: &Child, names: &mut HashMap<String, usize>) {
    match c {
        Child::Item(i) => count_item(i, names),
        Child::Raw(_, id, children) | Child::Construct(id, children) => {
            *names.entry(name_key(id)).or_default() += 1;
            children.iter().for_each(|c| count_child(c, names));
        }
    }
}

/// A construct of the tree: its resource, or a `construct` holding its children.
fn node(p: &mut Printer, n: &Node, cx: &mut Cx) -> Result<(), Error> {
    cx.path.push(n.id.clone());
    let result = match cx.items.get(&cx.path) {
        Some(it) => {
            item(p, it, cx);
            Ok(())
        }
        None => construct(p, n, cx),
    };
    cx.path.pop();
    result
}

/// A construct with no item: its resource, or a `construct` holding its children.
fn construct(p: &mut Printer, n: &Node, cx: &mut Cx) -> Result<(), Error> {
    match n.resource.and_then(|i| cx.template.resources.get(i)) {
        // What was made in its scope is printed inside it (`new CfnResource(user, ID, …)`).
        Some(r) => {
            let mut result = Ok(());
            cfn_resource(p, r, n.resource, cx, |p, cx| result = nodes(p, &n.children, cx));
            result
        }
        None => {
            let mut result = Ok(());
            p.block(&format!("construct {}", cx.node_id(&cx.path)), |p| result = nodes(p, &n.children, cx));
            result
        }
    }
}

/// The constructs `children`, in order; the last error, if any.
fn nodes(p: &mut Printer, children: &[Node], cx: &mut Cx) -> Result<(), Error> {
    let mut result = Ok(());
    for child in children {
        if let Err(e) = node(p, child, cx) {
            result = Err(e);
        }
    }
    result
}

/// An item of the language with its settings, overrides and nested items.
fn item(p: &mut Printer, it: &Item, cx: &mut Cx) {
    item_in(p, it, cx, None);
}

/// [`item`], nested in an item whose nested constructs' ids `scope` counts: names of nested
/// items are scoped to their parent, so an id used once there is written bare (`client web`
/// in two pools), and referred to from elsewhere through its parent (`pool_a.web`).
fn item_in(p: &mut Printer, it: &Item, cx: &mut Cx, scope: Option<&Counts>) {
    for line in &it.before {
        p.line(line);
    }
    let id = match scope {
        Some(scope) => cx.item_id_used(&it.id, scope.get(&name_key(&it.id)).copied().unwrap_or(0)),
        None => cx.item_id(&it.id),
    };
    let head = match &it.import {
        Some(import) => format!("{} {id} = {import}", it.kind),
        None => {
            let kind = cx.template.resources.get(it.main).map_or("", |r| r.kind.as_str());
            let logical_id = cx.template.resources.get(it.main).map_or("", |r| r.logical_id.as_str());
            let overridden: Vec<&str> = it.overrides.iter().map(|(k, _)| k.as_str()).collect();
            cx.report.push(match overridden.as_slice() {
                [] => format!("{logical_id} ({kind}): `{}`", it.kind),
                o => format!("{logical_id} ({kind}): `{}` with overrides {}", it.kind, o.join(", ")),
            });
            format!("{} {id}", it.kind)
        }
    };
    p.block(&head, |p| {
        if !it.depends_on.is_empty() {
            p.line(&format!("depends_on: [{}],", it.depends_on.join(", ")));
        }
        for (key, s) in &it.settings {
            setting(p, key, s);
        }
        if !it.overrides.is_empty() {
            p.line("// the template's own values where the settings above do not give them");
            let entries = it
                .overrides
                .iter()
                .map(|(path, v)| {
                    let key = if path.contains('.') { string(path) } else { path.clone() };
                    (key, v.clone().map_or_else(|| Setting::Text("delete".into()), Setting::Json))
                })
                .collect();
            setting(p, "overrides", &Setting::Map(entries));
        }
        let mut scope = Counts::new();
        it.children.iter().for_each(|c| count_child(c, &mut scope));
        for c in &it.children {
            child(p, c, cx, &scope);
        }
    });
}

/// A nested item, or what stays as CloudFormation below an item.
fn child(p: &mut Printer, c: &Child, cx: &mut Cx, scope: &Counts) {
    match c {
        Child::Item(i) => item_in(p, i, cx, Some(scope)),
        Child::Raw(i, _, children) => {
            if let Some(r) = cx.template.resources.get(*i) {
                cfn_resource(p, r, Some(*i), cx, |p, cx| {
                    children.iter().for_each(|c| child(p, c, cx, scope))
                });
            }
        }
        Child::Construct(id, children) => {
            p.block(&format!("construct {}", cx.id(id)), |p| {
                children.iter().for_each(|c| child(p, c, cx, scope))
            });
        }
    }
}

/// `key: value,` for a setting of an item, spread over lines when it does not fit.
fn setting(p: &mut Printer, key: &str, s: &Setting) {
    match s {
        Setting::Json(j) => p.setting(key, j),
        Setting::Text(t) => p.line(&format!("{key}: {t},")),
        Setting::Map(entries) | Setting::Tagged(_, entries) => {
            let one_line = format!("{key}: {},", flat_setting(s));
            if p.fits(&one_line) {
                return p.line(&one_line);
            }
            match s {
                Setting::Tagged(tag, _) => p.line(&format!("{key}: {tag} {{")),
                _ => p.line(&format!("{key}: {{")),
            }
            p.indent(|p| entries.iter().for_each(|(k, v)| setting(p, k, v)));
            p.line("},");
        }
        Setting::List(elements) => {
            let one_line = format!("{key}: {},", flat_setting(s));
            if p.fits(&one_line) {
                return p.line(&one_line);
            }
            p.line(&format!("{key}: ["));
            p.indent(|p| elements.iter().for_each(|e| element(p, e)));
            p.line("],");
        }
    }
}

/// An element of a [`Setting::List`], spread over lines when it does not fit.
fn element(p: &mut Printer, s: &Setting) {
    let one_line = format!("{},", flat_setting(s));
    match s {
        Setting::Json(j) if !p.fits(&one_line) => p.item(j),
        Setting::Map(entries) if !p.fits(&one_line) => {
            p.line("{");
            p.indent(|p| entries.iter().for_each(|(k, v)| setting(p, k, v)));
            p.line("},");
        }
        Setting::List(elements) if !p.fits(&one_line) => {
            p.line("[");
            p.indent(|p| elements.iter().for_each(|e| element(p, e)));
            p.line("],");
        }
        _ => p.line(&one_line),
    }
}

/// A setting's value on one line.
pub fn flat_setting(s: &Setting) -> String {
    match s {
        Setting::Json(j) => flat(j),
        Setting::Text(t) => t.clone(),
        Setting::Map(entries) => {
            let inner: Vec<String> =
                entries.iter().map(|(k, v)| format!("{k}: {}", flat_setting(v))).collect();
            format!("{{ {} }}", inner.join(", "))
        }
        Setting::Tagged(tag, entries) => format!("{tag} {}", flat_setting(&Setting::Map(entries.clone()))),
        Setting::List(elements) => {
            format!("[{}]", elements.iter().map(flat_setting).collect::<Vec<_>>().join(", "))
        }
    }
}

/// A resource as CloudFormation has it: the CDK's `new CfnResource(scope, id, { type,
/// properties })`, its `DependsOn` as `depends_on` where constructs of the block cover it, its
/// other attributes (`DeletionPolicy`, …) as overrides.
/// `inside` prints what was made in its scope.
fn cfn_resource(
    p: &mut Printer,
    r: &Resource,
    index: Option<usize>,
    cx: &mut Cx,
    inside: impl FnOnce(&mut Printer, &mut Cx),
) {
    cx.report.push(format!("{} ({}): `cfn_resource`", r.logical_id, r.kind));
    let after = index.and_then(|i| cx.depends.on.get(&i)).cloned();
    p.line(&format!("// {}: as CloudFormation has it (no item of the importer gives this resource)", r.kind));
    p.block(&format!("cfn_resource {}", cx.node_id(&r.path)), |p| {
        p.line(&format!("type: {},", string(&r.kind)));
        if !r.properties.is_empty() {
            p.setting("properties", &Json::Obj(r.properties.clone()));
        }
        if let Some(after) = &after {
            p.line(&format!("depends_on: [{}],", after.join(", ")));
        }
        let overrides: Vec<(String, Json)> = r
            .attributes
            .iter()
            .filter(|(k, _)| after.is_none() || k != "DependsOn")
            .cloned()
            .chain(r.metadata.iter().map(|(k, v)| (format!("Metadata.{}", k.replace('.', "\\.")), v.clone())))
            .collect();
        if !overrides.is_empty() {
            p.setting("overrides", &Json::Obj(overrides));
        }
        inside(p, cx);
    });
}

/// `output ID { value, description, export_name }`.
fn output(p: &mut Printer, id: &str, body: &Json, attributes: &Names, cx: &mut Cx) -> Result<(), Error> {
    let mut settings = Vec::new();
    for (key, v) in body.entries() {
        let value = match (key.as_str(), v) {
            ("Value", v) => item_attribute(v, attributes)
                .or_else(|| scalar(v))
                .or_else(|| imported_attribute(p, v, cx))
                .map(|s| ("value", s)),
            ("Description", Json::Str(s)) => Some(("description", string(s))),
            ("Export", e) => {
                e.get("Name").and_then(scalar).filter(|_| e.entries().len() == 1).map(|s| ("export_name", s))
            }
            _ => None,
        };
        let Some((key_name, text)) = value else {
            return Err(Error::new(format!(
                "output `{id}` has `{key}` {}, which an `output` cannot express",
                crate::print::flat(v)
            )));
        };
        settings.push(format!("{key_name}: {text},"));
    }
    let head = format!("output {}", name(id));
    let one_line = format!("{head} {{ {} }}", settings.join(" ").trim_end_matches(','));
    if settings.len() == 1 && p.fits(&one_line) {
        p.line(&one_line);
    } else {
        p.block(&head, |p| settings.iter().for_each(|s| p.line(s)));
    }
    Ok(())
}

/// `name.attribute` for a `Ref` or `Fn::GetAtt` of an item's resource.
fn item_attribute(v: &Json, attributes: &Names) -> Option<String> {
    let (id, att) = match v.entries() {
        [(k, Json::Str(id))] if k == "Ref" => (id.as_str(), None),
        _ => crate::lift::get_att(v).map(|(id, att)| (id, Some(att)))?,
    };
    let (name, kind) = attributes.get(id)?;
    Some(format!("{name}.{}", attribute(kind, att)?))
}

/// `POOL.user_pool_id` or `POOL.user_pool_provider_name` for the value the CDK gives that
/// attribute of a pool imported from an ARN known only at deploy time (`Fn::Select` of
/// `Fn::Split`s, which the language writes no other way). The pool is declared before the
/// output when the block has no item for it (its construct id is not in the template).
fn imported_attribute(p: &mut Printer, v: &Json, cx: &mut Cx) -> Option<String> {
    let (arn, attribute) = match imported::arn_of_pool_id(v) {
        Some(arn) => (arn, "user_pool_id"),
        None => (imported::arn_of_provider_name(v)?, "user_pool_provider_name"),
    };
    let import = imported::from_arn(arn)?;
    if let Some(pool) = cx.imports.get(&import) {
        return Some(format!("{pool}.{attribute}"));
    }
    let base = match arn.entries() {
        [(k, Json::Str(param))] if k == "Ref" => ident_for(param).map(|p| format!("{p}_pool")),
        _ => None,
    }
    .unwrap_or_else(|| "imported_pool".to_string());
    let pool = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(|n| cx.used(n) == 0)?;
    cx.names.insert(pool.clone(), 1);
    p.line(&format!("user_pool {pool} = {import};"));
    cx.imports.insert(import, pool.clone());
    Some(format!("{pool}.{attribute}"))
}

/// A template parameter's property and the setting of a `parameter` that writes it.
const PARAMETER_KEYS: &[(&str, &str)] = &[
    ("Type", "type"),
    ("Default", "default"),
    ("Description", "description"),
    ("AllowedValues", "allowed_values"),
    ("AllowedPattern", "allowed_pattern"),
    ("MinLength", "min_length"),
    ("MaxLength", "max_length"),
    ("NoEcho", "no_echo"),
];

/// `parameter ID { type, default, … }`.
fn parameter(p: &mut Printer, id: &str, body: &Json) -> Result<(), Error> {
    let mut settings = Vec::new();
    for (key, v) in body.entries() {
        let Some((_, setting)) = PARAMETER_KEYS.iter().find(|(k, _)| k == key) else {
            return Err(Error::new(format!(
                "parameter `{id}` has `{key}`, which a `parameter` cannot express"
            )));
        };
        settings.push((setting.to_string(), v.clone()));
    }
    p.block(&format!("parameter {}", name(id)), |p| settings.iter().for_each(|(k, v)| p.setting(k, v)));
    Ok(())
}
