//! `DependsOn` of a resource written as `cfn_resource`, as `depends_on: [name, …]`. The
//! CDK's `node.addDependency(construct)` makes a resource depend on every resource below the
//! construct, so the list is covered by the highest constructs whose resources it all names,
//! each printed with a name the block can refer to (constructs share one namespace, so a
//! construct id used twice gets its path as its name: `fn_ServiceRole as "ServiceRole"`).

use std::collections::{HashMap, HashSet};

use crate::json::Json;
use crate::plan::Items;
use crate::print::ident_for;
use crate::program::{Counts, own_name};
use crate::template::{Resource, Template};

/// What the block writes as `depends_on`.
#[derive(Debug, Default)]
pub struct Depends {
    /// The name of each construct or resource depended on, by its construct path.
    pub names: HashMap<Vec<String>, String>,
    /// The names each resource (by index) depends on.
    pub on: HashMap<usize, Vec<String>>,
}

/// The `depends_on` of every `cfn_resource` whose `DependsOn` constructs of the block cover;
/// `counts` gains the names given.
pub fn plan(t: &Template, items: &Items, counts: &mut Counts) -> Depends {
    let mains: HashSet<usize> = items.values().flat_map(|i| i.items()).map(|i| i.main).collect();
    let mut d = Depends::default();
    for (i, r) in t.resources.iter().enumerate().filter(|(i, _)| !mains.contains(i)) {
        let Some(paths) = depends_on(r).and_then(|ids| cover(t, &ids, items)) else { continue };
        let mut names = d.names.clone();
        let mut trial = counts.clone();
        let found: Option<Vec<String>> =
            paths.iter().map(|p| name_of(p, items, &mut trial, &mut names)).collect();
        if let Some(found) = found {
            d.names = names;
            *counts = trial;
            d.on.insert(i, found);
        }
    }
    d
}

/// What an item writes as `depends_on` for the logical ids `ids` its resource's `DependsOn`
/// lists: the highest constructs covering them, each an item or a construct the block names
/// by its own id (an identifier used once); `None` when one has no such name.
pub fn of_item(t: &Template, ids: &[&str], items: &Items, counts: &Counts) -> Option<Vec<String>> {
    cover(t, ids, items)?.iter().map(|path| own_name(path.last()?, counts)).collect()
}

/// The logical ids of `DependsOn`, a list or one id.
pub(crate) fn depends_on(r: &Resource) -> Option<Vec<&str>> {
    match r.attributes.iter().find(|(k, _)| k == "DependsOn").map(|(_, v)| v)? {
        Json::Str(id) => Some(vec![id.as_str()]),
        Json::Arr(ids) => ids.iter().map(Json::as_str).collect(),
        _ => None,
    }
}

/// The highest construct paths whose resources are exactly `ids`; `None` when an id is not a
/// resource of the template or a construct found lies inside an item.
fn cover(t: &Template, ids: &[&str], items: &Items) -> Option<Vec<Vec<String>>> {
    let set: HashSet<&str> = ids.iter().copied().collect();
    let within = |p: &[String]| {
        t.resources.iter().filter(|r| r.path.starts_with(p)).all(|r| set.contains(r.logical_id.as_str()))
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    for id in ids {
        let mut p = t.resources.iter().find(|r| r.logical_id == *id)?.path.clone();
        while p.len() > 1 && within(&p[..p.len() - 1]) {
            p.pop();
        }
        if items.keys().any(|k| p.len() > k.len() && p.starts_with(k)) {
            return None;
        }
        if !out.contains(&p) {
            out.push(p);
        }
    }
    Some(out)
}

/// The name of the construct at `path`: its id when that names it once in the block, else
/// its path's ids joined by `_`; an item's only by its own id (it prints its own name).
fn name_of(
    path: &[String],
    items: &Items,
    counts: &mut Counts,
    names: &mut HashMap<Vec<String>, String>,
) -> Option<String> {
    if let Some(n) = names.get(path) {
        return Some(n.clone());
    }
    let id = path.last()?;
    let own = own_name(id, counts);
    if items.contains_key(path) {
        return own;
    }
    let name = match own {
        Some(n) => n,
        None => {
            let steps: Option<Vec<String>> = path.iter().map(|s| ident_for(s)).collect();
            let joined = steps?.join("_");
            if counts.contains_key(&joined) {
                return None;
            }
            counts.insert(joined.clone(), 1);
            joined
        }
    };
    names.insert(path.to_vec(), name.clone());
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two functions, each with its role (and the role's policy), each depending on its role.
    fn template() -> Template {
        let resource = |path: &str, depends: &str| {
            let steps: Vec<&str> = path.split('/').collect();
            let id = cognito_runtime::logical_id(&steps);
            format!(
                r#""{id}": {{"Type": "Custom::X", "Metadata": {{"aws:cdk:path": "Stack/{path}"}}{depends}}}"#
            )
        };
        let on = |paths: &[&str]| {
            let ids: Vec<String> = paths
                .iter()
                .map(|p| format!("{:?}", cognito_runtime::logical_id(&p.split('/').collect::<Vec<_>>())))
                .collect();
            format!(r#", "DependsOn": [{}]"#, ids.join(", "))
        };
        let mut entries = Vec::new();
        for f in ["a", "b"] {
            let (role, policy) =
                (format!("{f}/ServiceRole/Resource"), format!("{f}/ServiceRole/DefaultPolicy/Resource"));
            entries.push(resource(&role, ""));
            entries.push(resource(&policy, ""));
            entries.push(resource(&format!("{f}/Resource"), &on(&[&policy, &role])));
        }
        crate::template::read(&format!(r#"{{"Resources": {{{}}}}}"#, entries.join(", "))).unwrap()
    }

    #[test]
    fn a_construct_covers_what_it_holds_and_gets_a_name_of_its_own() {
        let t = template();
        let root = crate::tree::build(&t.stack, &t.resources).unwrap();
        let mut counts = crate::program::name_counts(&root, &Items::new());
        let d = plan(&t, &Items::new(), &mut counts);
        let path = |p: &str| p.split('/').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(d.names.get(&path("a/ServiceRole")), Some(&"a_ServiceRole".to_string()));
        assert_eq!(d.names.get(&path("b/ServiceRole")), Some(&"b_ServiceRole".to_string()));
        let function = t.resources.iter().position(|r| r.path == path("b/Resource")).unwrap();
        assert_eq!(d.on.get(&function), Some(&vec!["b_ServiceRole".to_string()]));
        assert_eq!(counts.get("a_ServiceRole"), Some(&1));
    }

    #[test]
    fn an_item_names_only_what_the_block_names_by_its_own_id() {
        let t = template();
        let root = crate::tree::build(&t.stack, &t.resources).unwrap();
        let counts = crate::program::name_counts(&root, &Items::new());
        let id = |p: &str| t.resources.iter().find(|r| r.path.join("/") == p).unwrap().logical_id.clone();
        // All of `a`: the construct `a`, an id used once.
        let all_of_a =
            [id("a/ServiceRole/Resource"), id("a/ServiceRole/DefaultPolicy/Resource"), id("a/Resource")];
        let ids: Vec<&str> = all_of_a.iter().map(String::as_str).collect();
        assert_eq!(of_item(&t, &ids, &Items::new(), &counts), Some(vec!["a".to_string()]));
        // `a/ServiceRole`: `ServiceRole` is also `b`'s, so the block has no name of its own for it.
        let role = [id("a/ServiceRole/Resource"), id("a/ServiceRole/DefaultPolicy/Resource")];
        let ids: Vec<&str> = role.iter().map(String::as_str).collect();
        assert_eq!(of_item(&t, &ids, &Items::new(), &counts), None);
        // Not a resource of the template.
        assert_eq!(of_item(&t, &["Elsewhere"], &Items::new(), &counts), None);
    }
}
