//! Which constructs become items of the language: each candidate item is printed, run through
//! the macro's pipeline and kept only when the whole template is then the input's; what its
//! settings do not say is found by diffing its rendered resource with the input's and
//! written as `overrides`.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::depends;
use crate::json::Json;
use crate::lift::{self, Item, Setting};
use crate::program;
use crate::template::{ATTRIBUTES, Resource, Template};
use crate::tree::Node;
use crate::verify::{synth, to_serde, without_bookkeeping};

/// The items chosen, by the construct path of their node.
pub type Items = HashMap<Vec<String>, Item>;

/// The items whose templates are proven, given the template the block must give (`want`).
pub fn plan(t: &Template, root: &Node, want: &Value) -> Items {
    let mut candidates = Vec::new();
    collect(root, &mut Vec::new(), None, t, &mut candidates);
    // Usually every outermost candidate holds in its first form: one proof for all of them.
    let first: Items = candidates
        .iter()
        .filter(|c| c.parent.is_none())
        .map(|c| (c.path.clone(), c.forms[0].clone()))
        .collect();
    if let Some(proven) = prove(t, root, first, want) {
        return proven;
    }
    // Else one candidate at a time, each in the first of its forms that holds with those
    // chosen so far; again while that betters one (a pool whose trigger's function was
    // chosen after it). A candidate whose every form fails leaves its construct to the
    // candidates found below it.
    let mut chosen: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut accepted = Items::new();
    for _ in 0..3 {
        let mut changed = false;
        for k in 0..candidates.len() {
            if !active(&candidates, &chosen, k) {
                continue;
            }
            let better = chosen[k].unwrap_or(candidates[k].forms.len());
            for f in 0..better {
                chosen[k] = Some(f);
                if let Some(proven) = prove(t, root, items(&candidates, &chosen), want) {
                    accepted = proven;
                    changed = true;
                    break;
                }
                chosen[k] = (better < candidates[k].forms.len()).then_some(better);
            }
        }
        if !changed {
            break;
        }
    }
    accepted
}

/// A construct a lifter knows: its path, its forms (the item, then its plainer forms), and
/// the candidate it is found below (tried only when that one is not an item).
struct Candidate {
    path: Vec<String>,
    forms: Vec<Item>,
    parent: Option<usize>,
}

/// Whether candidate `k` can be an item: no construct above it is one.
fn active(candidates: &[Candidate], chosen: &[Option<usize>], k: usize) -> bool {
    let mut at = candidates[k].parent;
    while let Some(p) = at {
        if chosen[p].is_some() {
            return false;
        }
        at = candidates[p].parent;
    }
    true
}

/// The chosen forms of the active candidates.
fn items(candidates: &[Candidate], chosen: &[Option<usize>]) -> Items {
    (0..candidates.len())
        .filter(|&k| active(candidates, chosen, k))
        .filter_map(|k| Some((candidates[k].path.clone(), candidates[k].forms[chosen[k]?].clone())))
        .collect()
}

/// The constructs a lifter knows, in the template's order, each with those below it.
fn collect(
    node: &Node,
    path: &mut Vec<String>,
    parent: Option<usize>,
    t: &Template,
    out: &mut Vec<Candidate>,
) {
    for child in &node.children {
        path.push(child.id.clone());
        match lift::unit(child, t) {
            Some(item) => {
                let mut forms = Vec::new();
                let mut next = Some(item);
                while let Some(mut item) = next {
                    next = item.fallback.take().map(|plainer| *plainer);
                    forms.push(item);
                }
                // First, the forms with the tags their resources carry beyond the stack's.
                let tagged: Vec<Item> = forms.iter().filter_map(|f| with_own_tags(f, t)).collect();
                forms.splice(0..0, tagged);
                // After each form, the same with its nested items in their plainer forms (a
                // group naming a role that stays CloudFormation); and for a pool whose SMS
                // role the CDK made (`smsRole`), the same with `enable_sms_role: true`, for
                // settings that would not make one (`enableSmsRole: true`).
                let sms_role = child.children.iter().any(|c| c.id == "smsRole");
                let mut forms: Vec<Item> = forms
                    .into_iter()
                    .flat_map(|f| {
                        let mut plainer = f.clone();
                        let changed = lift::plainer_nested(&mut plainer);
                        let with_sms_role =
                            (sms_role && f.kind == "user_pool" && f.import.is_none()).then(|| {
                                let mut with = f.clone();
                                with.settings.push(("enable_sms_role", Setting::Text("true".into())));
                                with
                            });
                        std::iter::once(f).chain(with_sms_role).chain(changed.then_some(plainer))
                    })
                    .collect();
                // Last, those forms without the `Cfn*` items lifted into them (a client they
                // name that the block cannot refer to).
                let demoted: Vec<Item> = forms
                    .iter()
                    .filter_map(|f| {
                        let mut d = f.clone();
                        lift::cfn::demote(&mut d).then_some(d)
                    })
                    .collect();
                forms.extend(demoted);
                out.push(Candidate { path: path.clone(), forms, parent });
                let me = out.len() - 1;
                collect(child, path, Some(me), t, out);
            }
            None => collect(child, path, parent, t, out),
        }
        path.pop();
    }
}

/// `item` with the tags its resource carries beyond the stack's as its `tags`
/// (`Tags.of(pool).add(…)`), and so its nested items; `None` when none has any.
fn with_own_tags(item: &Item, t: &Template) -> Option<Item> {
    let mut tagged = item.clone();
    tag(&mut tagged, t).then_some(tagged)
}

/// Gives `item` and its nested items of the kinds `Tags.of` tags their resources' own tags
/// as `tags`; whether any was given them.
fn tag(item: &mut Item, t: &Template) -> bool {
    const TAGGED: [&str; 4] = ["user_pool", "identity_pool", "role", "lambda_function"];
    let mut any = false;
    let own = |tags: Vec<(String, String)>| -> Vec<(String, Setting)> {
        let own = tags.into_iter().filter(|tag| !t.stack_tags.contains(tag));
        own.map(|(k, v)| (crate::print::name(&k), Setting::Json(Json::Str(v)))).collect()
    };
    if TAGGED.contains(&item.kind)
        && item.import.is_none()
        && !item.settings.iter().any(|(k, _)| *k == "tags")
        && let Some(tags) = t.resources.get(item.main).and_then(crate::template::tags_of).map(own)
        && !tags.is_empty()
    {
        item.settings.push(("tags", Setting::Map(tags)));
        any = true;
    }
    for i in item.nested_mut() {
        any |= tag(i, t);
    }
    any
}

/// `items` with their overrides, when the block they make gives `want`. A resource's
/// `DependsOn` that the settings do not give (the CDK's `node.addDependency`) is written as
/// the item's `depends_on` where the block names every construct it lists, else as an
/// override; some rules need to see it (a client naming a provider it waits for), so a block
/// that fails without it is tried with it.
fn prove(t: &Template, root: &Node, mut items: Items, want: &Value) -> Option<Items> {
    items.values_mut().for_each(|i| clear_overrides(i, false));
    let counts = program::name_counts(root, &items);
    let proven = fill_and_check(t, root, items.clone(), want);
    let mut waiting = proven.clone().unwrap_or_else(|| items.clone());
    let mut named = false;
    for item in waiting.values_mut() {
        named |= depends_as_setting(item, t, &items, &counts, proven.is_some());
    }
    if !named {
        return proven;
    }
    waiting.values_mut().for_each(|i| clear_overrides(i, true));
    fill_and_check(t, root, waiting, want).or(proven)
}

/// `items` with the overrides their rendered resources need, when the block then gives
/// `want`.
fn fill_and_check(t: &Template, root: &Node, mut items: Items, want: &Value) -> Option<Items> {
    let rendered = synth(&program::block(t, root, &items, &program::Counts::new()).ok()?.text).ok()?;
    let resources = rendered.get("Resources")?.as_object()?;
    for item in items.values_mut() {
        fill(item, t, resources)?;
    }
    let got = synth(&program::block(t, root, &items, &program::Counts::new()).ok()?.text).ok()?;
    (without_bookkeeping(got) == *want).then_some(items)
}

/// Gives `item` and its nested items the `depends_on` their resources' `DependsOn` lists
/// (with `overridden`, only those where it stayed an override), where the block names every
/// construct it lists; whether any was given one.
fn depends_as_setting(
    item: &mut Item,
    t: &Template,
    items: &Items,
    counts: &program::Counts,
    overridden: bool,
) -> bool {
    let mut named = false;
    let wanted = !overridden || item.overrides.iter().any(|(k, _)| k == "DependsOn");
    if wanted
        && item.import.is_none()
        && let Some(ids) = t.resources.get(item.main).and_then(depends::depends_on)
        && let Some(names) = depends::of_item(t, &ids, items, counts)
    {
        item.depends_on = names;
        named = true;
    }
    for i in item.nested_mut() {
        named |= depends_as_setting(i, t, items, counts, overridden);
    }
    named
}

/// Clears the overrides of `item` and its nested items, and their `depends_on` unless
/// `keep_depends_on`.
fn clear_overrides(item: &mut Item, keep_depends_on: bool) {
    item.overrides.clear();
    if !keep_depends_on {
        item.depends_on.clear();
    }
    for i in item.nested_mut() {
        clear_overrides(i, keep_depends_on);
    }
}

/// Sets the overrides of `item` and its nested items from their rendered resources.
fn fill(item: &mut Item, t: &Template, rendered: &Map<String, Value>) -> Option<()> {
    // An import has no resource of its own to override.
    if item.import.is_none() {
        let r = t.resources.get(item.main)?;
        let out = rendered.get(&r.logical_id)?;
        if out.get("Type").and_then(Value::as_str) != Some(r.kind.as_str()) {
            return None;
        }
        item.overrides = diff(r, out);
    }
    for i in item.nested_mut() {
        fill(i, t, rendered)?;
    }
    Some(())
}

/// The overrides that turn the rendered resource `out` into `r`: the CDK's `addOverride`
/// merges objects, so objects are diffed key by key; anything else is set whole.
pub fn diff(r: &Resource, out: &Value) -> Vec<(String, Option<Json>)> {
    let mut overrides = Vec::new();
    let empty = Map::new();
    let props = out.get("Properties").and_then(Value::as_object).unwrap_or(&empty);
    diff_object("Properties", &r.properties, props, &mut overrides);
    for attr in ATTRIBUTES {
        let mine = r.attributes.iter().find(|(k, _)| k == attr).map(|(_, v)| v);
        if mine.map(to_serde).as_ref() != out.get(*attr) {
            overrides.push((attr.to_string(), mine.cloned()));
        }
    }
    for (k, v) in &r.metadata {
        overrides.push((format!("Metadata.{}", escape(k)), Some(v.clone())));
    }
    overrides
}

fn diff_object(
    path: &str,
    mine: &[(String, Json)],
    theirs: &Map<String, Value>,
    out: &mut Vec<(String, Option<Json>)>,
) {
    for (k, v) in mine {
        let at = format!("{path}.{}", escape(k));
        match theirs.get(k) {
            Some(t) if to_serde(v) == *t => {}
            Some(Value::Object(t)) if plain(v) && !t.keys().any(|k| k == "Ref" || k.starts_with("Fn::")) => {
                diff_object(&at, v.entries(), t, out);
            }
            _ => out.push((at, Some(v.clone()))),
        }
    }
    for k in theirs.keys().filter(|k| !mine.iter().any(|(m, _)| m == *k)) {
        out.push((format!("{path}.{}", escape(k)), None));
    }
}

/// An object that is not a CloudFormation function.
fn plain(v: &Json) -> bool {
    matches!(v, Json::Obj(entries) if !entries.iter().any(|(k, _)| k == "Ref" || k.starts_with("Fn::")))
}

/// A name as one step of an override's path (`\.` for a dot inside it).
fn escape(name: &str) -> String {
    name.replace('.', "\\.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::resource;

    #[test]
    fn overrides_reach_down_to_what_differs() {
        let mut r = resource("AWS::Cognito::UserPool", r#"{"A": {"B": 1, "C": [1]}, "D": "x", "E.F": true}"#);
        r.attributes.push(("DeletionPolicy".into(), Json::Str("Delete".into())));
        let out = serde_json::json!({
            "Type": "AWS::Cognito::UserPool",
            "Properties": {"A": {"B": 2, "C": [1], "G": 3}, "D": "x", "H": 1},
            "DeletionPolicy": "Retain"
        });
        let got: Vec<(String, Option<String>)> =
            diff(&r, &out).into_iter().map(|(k, v)| (k, v.map(|v| crate::print::flat(&v)))).collect();
        let want = [
            ("Properties.A.B", Some("1")),
            ("Properties.A.G", None),
            ("Properties.E\\.F", Some("true")),
            ("Properties.H", None),
            ("DeletionPolicy", Some("\"Delete\"")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.iter().map(|(k, v)| (k.to_string(), v.map(String::from))).collect();
        assert_eq!(got, want);
    }
}
