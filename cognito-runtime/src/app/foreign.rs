//! References between the stacks of an app, done as the CDK does them (`core/lib/private/
//! refs.js`): a stack that refers to items of other stacks is rendered with those stacks'
//! items appended after its own, their logical ids written as tokens; the tokens in the
//! rendered template then become `Fn::ImportValue` of an export of the producing stack.

use crate::app::App;
use crate::ids;
use crate::json::Json;
use crate::stack::{NodeId, Stack};

/// Starts and separates the parts of a token: no logical id holds it.
const MARK: char = '\u{1}';

/// The items of other stacks appended to a stack being rendered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Foreign {
    /// The number of the stack's own items; the appended ones follow.
    pub local: usize,
    /// Each appended stack: where its items start, and its position in the app.
    blocks: Vec<(usize, usize)>,
}

impl Foreign {
    /// The stack an appended item comes from.
    fn origin(&self, node: NodeId) -> Option<usize> {
        self.blocks.iter().rev().find(|(start, _)| *start <= node.0).map(|(_, stack)| *stack)
    }
}

/// A reference the check pass met to an item of another stack: the referring item and
/// setting, and the item referred to (a node of the combined stack).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ForeignUse {
    pub node: Option<NodeId>,
    pub path: String,
    pub target: NodeId,
}

impl ForeignUse {
    /// The stack the referred item belongs to.
    pub(crate) fn producer(&self, stack: &Stack) -> Option<usize> {
        stack.foreign.as_ref().and_then(|f| f.origin(self.target))
    }
}

/// The logical id `id` of `node`, or the token that stands for it when `node` belongs to
/// another stack.
pub(crate) fn foreign_token(stack: &Stack, node: NodeId, id: String) -> String {
    match stack.foreign.as_ref().filter(|f| node.0 >= f.local).and_then(|f| f.origin(node)) {
        Some(origin) => format!("{MARK}{origin}{MARK}{id}"),
        None => id,
    }
}

/// The producing stack and logical id a token stands for.
fn parse_token(s: &str) -> Option<(usize, &str)> {
    let rest = s.strip_prefix(MARK)?;
    let (stack, id) = rest.split_once(MARK)?;
    Some((stack.parse().ok()?, id))
}

/// Stack `consumer` with the items of `producers` appended.
pub(crate) fn combine(app: &App, consumer: usize, producers: &[usize]) -> Option<Stack> {
    let stacks = app.stacks();
    let own = stacks.get(consumer)?;
    let local = own.nodes().len();
    let mut nodes = Vec::new();
    let mut blocks = Vec::new();
    for &p in producers {
        let Some(producer) = stacks.get(p) else { continue };
        let start = local + nodes.len();
        blocks.push((start, p));
        nodes.extend(producer.nodes().iter().cloned().map(|mut n| {
            n.parent = n.parent.map(|q| NodeId(q.0 + start));
            n.created_by = n.created_by.map(|q| NodeId(q.0 + start));
            n
        }));
    }
    Some(own.with_foreign_nodes(nodes, Foreign { local, blocks }))
}

/// A value a producing stack exports: its position in the app, and `{"Ref": id}` or
/// `{"Fn::GetAtt": [id, attribute]}`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Export {
    pub producer: usize,
    pub value: Json,
}

impl Export {
    /// `Stack.exportValue`'s output id: `Output` and the value as `JSON.stringify` writes it.
    fn output_id(&self) -> String {
        let compact = match &self.value {
            Json::Obj(o) => match o.0.first() {
                Some((k, Json::Str(id))) => format!("{{\"{k}\":{}}}", quoted(id)),
                Some((k, Json::Arr(parts))) => {
                    let parts: Vec<String> = parts.iter().map(|p| quoted(p.as_str().unwrap_or(""))).collect();
                    format!("{{\"{k}\":[{}]}}", parts.join(","))
                }
                _ => String::new(),
            },
            _ => String::new(),
        };
        format!("Output{compact}")
    }

    /// The output's logical id in the producer (`Exports/<output id>`).
    pub(crate) fn logical_id(&self) -> String {
        ids::logical_id(&["Exports", &self.output_id()])
    }

    /// The export's name: the producer's name, `:`, and the logical id, kept to 255
    /// characters by dropping its start (`generateExportName`).
    pub(crate) fn name(&self, producer_name: &str) -> String {
        let prefix = format!("{producer_name}:");
        let local = self.logical_id();
        let keep = 255usize.saturating_sub(prefix.len());
        let cut = local.len().saturating_sub(keep);
        format!("{prefix}{}", local.get(cut..).unwrap_or(&local))
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// What replacing a consumer's references found.
#[derive(Default)]
pub(crate) struct Imports {
    /// The producing stacks, in the order the template imports from them (repeats kept).
    pub producers: Vec<usize>,
    /// A token was left outside a `Ref`/`Fn::GetAtt` (a reference nothing can export).
    pub stray: bool,
}

/// Replaces, in a consumer's template, every `Ref`/`Fn::GetAtt` of another stack's item by
/// `Fn::ImportValue` of its export, adding the exports not in `exports` yet (in the order
/// they are met).
pub(crate) fn import(template: &mut Json, app: &App, exports: &mut Vec<Export>) -> Imports {
    let mut found = Imports::default();
    walk(template, app, exports, &mut found);
    found
}

fn walk(value: &mut Json, app: &App, exports: &mut Vec<Export>, found: &mut Imports) {
    if let Some(export) = exported(value) {
        let name = app.stacks().get(export.producer).map(|s| export.name(s.name())).unwrap_or_default();
        found.producers.push(export.producer);
        if !exports.contains(&export) {
            exports.push(export);
        }
        *value = Json::obj1("Fn::ImportValue", name);
        return;
    }
    match value {
        Json::Str(s) if s.contains(MARK) => found.stray = true,
        Json::Arr(items) => items.iter_mut().for_each(|v| walk(v, app, exports, found)),
        Json::Obj(o) => o.0.iter_mut().for_each(|(_, v)| walk(v, app, exports, found)),
        _ => {}
    }
}

/// The export a `{"Ref": token}` or `{"Fn::GetAtt": [token, attribute]}` stands for.
fn exported(value: &Json) -> Option<Export> {
    let Json::Obj(o) = value else { return None };
    let [(key, arg)] = o.0.as_slice() else { return None };
    let (producer, value) = match (key.as_ref(), arg) {
        ("Ref", Json::Str(token)) => {
            let (producer, id) = parse_token(token)?;
            (producer, Json::obj1("Ref", id.to_owned()))
        }
        ("Fn::GetAtt", Json::Arr(parts)) => {
            let [Json::Str(token), Json::Str(attribute)] = parts.as_slice() else { return None };
            let (producer, id) = parse_token(token)?;
            (producer, crate::stack::get_att(id, attribute))
        }
        _ => return None,
    };
    Some(Export { producer, value })
}

/// The producer's template with its exports added as outputs, after everything else, as the
/// CDK's `Exports` construct comes after the stack's own.
pub(crate) fn add_exports(template: &mut Json, producer_name: &str, exports: &[&Export]) {
    let Json::Obj(root) = template else { return };
    if exports.is_empty() {
        return;
    }
    if root.get("Outputs").is_none() {
        root.push("Outputs", Json::Obj(crate::json::Obj::new()));
    }
    let Some(Json::Obj(outputs)) = root.get_mut("Outputs") else { return };
    for export in exports {
        let mut output = crate::json::Obj::new();
        output.insert("Value", export.value.clone());
        output.insert("Export", Json::obj1("Name", export.name(producer_name)));
        outputs.push(export.logical_id(), output);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_as_the_cdk() {
        let r = Export { producer: 0, value: Json::obj1("Ref", "PoolD3F588B8") };
        assert_eq!(r.name("Auth"), "Auth:ExportsOutputRefPoolD3F588B86FF122B2");
        let a = Export { producer: 0, value: crate::stack::get_att("pool056F3F7E", "ProviderURL") };
        assert_eq!(a.name("Auth"), "Auth:ExportsOutputFnGetAttpool056F3F7EProviderURLCD1082A9");
    }

    #[test]
    fn tokens_round_trip() {
        assert_eq!(parse_token(&format!("{MARK}3{MARK}Pool1234")), Some((3, "Pool1234")));
        assert_eq!(parse_token("Pool1234"), None);
    }
}
