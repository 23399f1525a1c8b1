//! Dependencies between resources: the `DependsOn` that `depends_on` adds (the CDK's
//! `node.addDependency`), and the detection of circles, which CloudFormation rejects.

use std::collections::{HashMap, HashSet};

use super::index::Index;
use super::view::View;
use crate::context::synth::Emitted;
use crate::core::collation::LocaleKey;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;

/// `node` and every node below it.
fn subtree(index: &Index, node: NodeId) -> Vec<NodeId> {
    let mut out = vec![node];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i];
        out.extend_from_slice(index.children(Some(parent)));
        i += 1;
    }
    out
}

/// What the resources of `node` wait for: its `depends_on`, and what its item adds itself
/// (an identity pool waits for its user pools and their clients).
pub(crate) fn dependencies(view: &View, node: NodeId) -> Vec<NodeId> {
    let Some(n) = view.stack.node(node) else { return Vec::new() };
    let mut out: Vec<NodeId> =
        n.depends_on.iter().filter_map(|r| view.index.lookup(Some(node), r).found()).collect();
    out.extend(n.item.implied_dependencies(view, node));
    out
}

/// Adds `DependsOn` to every resource below a node with dependencies: the resources below
/// each node it depends on, merged with the ones already there, sorted as the CDK sorts them
/// (by construct path; `paths` maps logical ids to theirs).
///
/// Callers skip it when [`any_dependencies`] is false.
pub(crate) fn apply_depends_on(
    view: &View,
    resources: &mut Obj,
    emitted: &Emitted,
    paths: &HashMap<String, String>,
) {
    let mut by_node: HashMap<NodeId, Vec<&str>> = HashMap::new();
    for (id, node) in emitted {
        by_node.entry(*node).or_default().push(id);
    }
    // Looked up by position: a search of every resource for each would be quadratic.
    let position: HashMap<&str, usize> = emitted_positions(resources, emitted);
    let index = &view.index;
    for node in view.stack.ids() {
        let deps = dependencies(view, node);
        if deps.is_empty() {
            continue;
        }
        let sources: Vec<&str> =
            subtree(index, node).iter().flat_map(|n| by_node.get(n).into_iter().flatten().copied()).collect();
        let own: HashSet<&str> = sources.iter().copied().collect();
        let mut targets: Vec<&str> = Vec::new();
        for target in deps {
            for n in subtree(index, target) {
                targets.extend(by_node.get(&n).into_iter().flatten().copied().filter(|t| !own.contains(t)));
            }
        }
        for source in &sources {
            let at = position.get(source).copied();
            if let Some((_, Json::Obj(resource))) = at.and_then(|i| resources.0.get_mut(i)) {
                add_depends_on(resource, &targets, paths);
            }
        }
    }
}

/// The position in `resources` of each emitted logical id.
fn emitted_positions<'a>(resources: &Obj, emitted: &'a Emitted) -> HashMap<&'a str, usize> {
    let at: HashMap<&str, usize> =
        resources.0.iter().enumerate().map(|(i, (k, _))| (k.as_ref(), i)).collect();
    emitted.iter().filter_map(|(id, _)| Some((id.as_str(), *at.get(id.as_str())?))).collect()
}

fn add_depends_on(resource: &mut Obj, targets: &[&str], paths: &HashMap<String, String>) {
    // The CDK leaves out an empty `DependsOn` (an imported item has no resources).
    if targets.is_empty() {
        return;
    }
    let mut all: Vec<String> = match resource.get("DependsOn") {
        Some(Json::Arr(existing)) => existing.iter().filter_map(|j| j.as_str().map(str::to_owned)).collect(),
        _ => Vec::new(),
    };
    let mut seen: HashSet<String> = all.iter().cloned().collect();
    for t in targets {
        if seen.insert((*t).to_owned()) {
            all.push((*t).to_owned());
        }
    }
    all.sort_by_cached_key(|id| LocaleKey::new(paths.get(id).map_or(id.as_str(), String::as_str)));
    let value = Json::strs(all);
    match resource.get_mut("DependsOn") {
        Some(slot) => *slot = value,
        None => {
            let at =
                resource.0.iter().position(|(k, _)| k == "Properties").map_or(resource.0.len(), |p| p + 1);
            resource.0.insert(at, ("DependsOn".into(), value));
        }
    }
}

/// The logical ids a value refers to: `Ref`, `Fn::GetAtt`, `${…}` in `Fn::Sub`.
fn references<'a>(value: &'a Json, out: &mut Vec<&'a str>) {
    match value {
        Json::Obj(o) => {
            for (k, v) in &o.0 {
                match (k.as_ref(), v) {
                    ("Ref", Json::Str(id)) => out.push(id),
                    ("Fn::GetAtt", Json::Arr(args)) => {
                        if let Some(Json::Str(id)) = args.first() {
                            out.push(id);
                        }
                    }
                    ("Fn::Sub", Json::Str(template)) => sub_references(template, out),
                    _ => references(v, out),
                }
            }
        }
        Json::Arr(items) => items.iter().for_each(|i| references(i, out)),
        _ => {}
    }
}

fn sub_references<'a>(template: &'a str, out: &mut Vec<&'a str>) {
    let mut rest = template;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { return };
        let name = &after[..end];
        if !name.starts_with('!') {
            out.push(name.split('.').next().unwrap_or(name));
        }
        rest = &after[end..];
    }
}

/// A circle of resources that depend on each other, if any, as logical ids from the first
/// resource (in template order) back to it.
pub(crate) fn find_cycle(resources: &Obj) -> Option<Vec<String>> {
    let ids: HashMap<&str, usize> =
        resources.0.iter().enumerate().map(|(i, (k, _))| (k.as_ref(), i)).collect();
    let mut refs: Vec<&str> = Vec::new();
    let mut forward = false;
    let edges: Vec<Vec<usize>> = resources
        .0
        .iter()
        .enumerate()
        .map(|(i, (_, r))| {
            refs.clear();
            references(r, &mut refs);
            if let Json::Obj(o) = r
                && let Some(Json::Arr(deps)) = o.get("DependsOn")
            {
                refs.extend(deps.iter().filter_map(Json::as_str));
            }
            let mut targets: Vec<usize> = refs.iter().filter_map(|r| ids.get(r).copied()).collect();
            targets.sort_unstable();
            targets.dedup();
            forward |= targets.iter().any(|&t| t >= i);
            targets
        })
        .collect();
    // A circle needs an edge to the resource itself or to a later one.
    if !forward {
        return None;
    }
    // Iterative DFS with colours: 0 unvisited, 1 on the path, 2 done.
    let mut colour = vec![0u8; edges.len()];
    for start in 0..edges.len() {
        if colour[start] != 0 {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&to) = edges[node].get(*next) {
                *next += 1;
                match colour[to] {
                    0 => {
                        colour[to] = 1;
                        path.push((to, 0));
                    }
                    1 => {
                        let from = path.iter().position(|(n, _)| *n == to).unwrap_or(0);
                        let mut cycle: Vec<String> =
                            path[from..].iter().map(|(n, _)| resources.0[*n].0.to_string()).collect();
                        cycle.push(resources.0[to].0.to_string());
                        return Some(cycle);
                    }
                    _ => {}
                }
            } else {
                colour[node] = 2;
                path.pop();
            }
        }
    }
    None
}

/// The nodes that emitted the resources of a circle, each once, in circle order.
pub(crate) fn cycle_nodes(cycle: &[String], emitted: &Emitted) -> Vec<NodeId> {
    let mut seen = HashSet::new();
    cycle
        .iter()
        .filter_map(|id| emitted.iter().find(|(e, _)| e == id).map(|(_, n)| *n))
        .filter(|n| seen.insert(*n))
        .collect()
}

/// Whether any item depends on another (`depends_on`, or implied as an identity pool's).
pub(crate) fn any_dependencies(view: &View) -> bool {
    view.stack.ids().any(|node| !dependencies(view, node).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_circle() {
        let mut r = Obj::new();
        r.insert("A", Json::obj1("Properties", Json::obj1("X", Json::obj1("Ref", "B"))));
        r.insert("B", Json::obj1("Properties", Json::obj1("Y", Json::obj1("Fn::Sub", "${A.Arn}"))));
        assert_eq!(find_cycle(&r), Some(vec!["A".into(), "B".into(), "A".into()]));
        let mut ok = Obj::new();
        ok.insert("A", Json::obj1("Properties", Json::obj1("X", Json::obj1("Ref", "B"))));
        ok.insert("B", Json::obj1("Properties", Obj::new()));
        assert_eq!(find_cycle(&ok), None);
    }
}
