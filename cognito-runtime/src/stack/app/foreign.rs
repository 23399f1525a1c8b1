//! References between the stacks of an app, done as the CDK does them (`core/lib/private/
//! refs.js`): a stack that refers to items of other stacks is rendered with those stacks'
//! items appended after its own, their logical ids written as tokens; the tokens in the
//! rendered template then become `Fn::ImportValue` of an export of the producing stack.

use super::App;
use super::provider_clients::CrossStackClient;
use crate::core::cfn::get_att;
use crate::core::error::Violation;
use crate::core::ids;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::appended::{Foreign, ForeignUse, MARK, parse_token};

impl ForeignUse {
    /// The stack the referred item belongs to.
    pub(crate) fn producer(&self, stack: &Stack) -> Option<usize> {
        stack.foreign.as_ref().and_then(|f| f.origin(self.target))
    }
}

/// Stack `consumer` with the items of `producers` appended: the clients its identity pools
/// added to their pools (`cross`) appended as created by them.
pub(crate) fn combine(
    app: &App,
    consumer: usize,
    producers: &[usize],
    cross: &[CrossStackClient],
) -> Option<Stack> {
    let stacks = app.stacks();
    let own = stacks.get(consumer)?;
    let local = own.nodes().len();
    let mut nodes = Vec::new();
    let mut blocks = Vec::new();
    for &p in producers {
        let Some(producer) = stacks.get(p) else { continue };
        let start = local + nodes.len();
        blocks.push((start, p));
        nodes.extend(producer.nodes().iter().map(|n| own.appended(n, start)));
        for c in cross.iter().filter(|c| c.producer == p && c.consumer == consumer) {
            if let Some(client) = nodes.get_mut(start - local + c.client) {
                own.created_by_own(client, c.identity_pool);
            }
        }
    }
    Some(own.with_foreign_nodes(nodes, Foreign { local, blocks, consumer }))
}

/// Gives what `violations` of a combined stack read of appended items as the ids of the
/// producing stacks' own items, so that a reader (the macro) finds which of their settings
/// the violation reads.
pub(crate) fn localize_reads(app: &App, combined: &Stack, violations: &mut [Violation]) {
    let Some(foreign) = combined.foreign.as_deref() else { return };
    let own = |node: NodeId| -> Option<NodeId> {
        let (start, p) = foreign.blocks.iter().rev().find(|(start, _)| *start <= node.index()).copied()?;
        app.stacks().get(p)?.node_id(node.index() - start)
    };
    for v in violations {
        for (node, _) in &mut v.reads {
            if node.index() >= foreign.local
                && let Some(id) = own(*node)
            {
                *node = id;
            }
        }
    }
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
            (producer, get_att(id, attribute))
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
        root.push("Outputs", Json::Obj(Obj::new()));
    }
    let Some(Json::Obj(outputs)) = root.get_mut("Outputs") else { return };
    for export in exports {
        let mut output = Obj::new();
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
        let a = Export { producer: 0, value: get_att("pool056F3F7E", "ProviderURL") };
        assert_eq!(a.name("Auth"), "Auth:ExportsOutputFnGetAttpool056F3F7EProviderURLCD1082A9");
    }
}
