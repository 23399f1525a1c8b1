//! Dependencies between resources: the `DependsOn` that `depends_on` adds (the CDK's
//! `node.addDependency`), and the detection of circles, which CloudFormation rejects.

use std::collections::{HashMap, HashSet};

use crate::json::{Json, Obj};
use crate::stack::{Index, NodeId, Stack};

/// The resources each node emitted, in order.
pub(crate) type Emitted = Vec<(String, NodeId)>;

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
fn dependencies(stack: &Stack, index: &Index, node: NodeId) -> Vec<NodeId> {
    let Some(n) = stack.node(node) else { return Vec::new() };
    let mut out: Vec<NodeId> = n.depends_on.iter().filter_map(|r| index.resolve(stack, r)).collect();
    out.extend(n.item.implied_dependencies(stack, index, node));
    out
}

/// Adds `DependsOn` to every resource below a node with dependencies: the resources below
/// each node it depends on, merged with the ones already there, sorted as the CDK sorts them
/// (by construct path; `paths` maps logical ids to theirs).
///
/// Callers skip it when [`any_dependencies`] is false.
pub(crate) fn apply_depends_on(
    stack: &Stack,
    index: &Index,
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
    for i in 0..stack.nodes().len() {
        let deps = dependencies(stack, index, NodeId(i));
        if deps.is_empty() {
            continue;
        }
        let sources: Vec<&str> = subtree(index, NodeId(i))
            .iter()
            .flat_map(|n| by_node.get(n).into_iter().flatten().copied())
            .collect();
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

/// The ASCII characters in the order of the root collation JavaScript's `localeCompare` uses:
/// white space, punctuation, symbols, digits, then letters (either case).
const COLLATION: &str =
    "\t\n\u{b}\u{c}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/// The Latin letters with a diacritic (Latin-1 Supplement, Latin Extended-A), sorted: the
/// letters they sort as and the rank of their diacritic (0: none, as `ß` for `ss`), in the
/// order of the root collation (acute, grave, breve, circumflex, caron, ring, diaeresis, …).
const LATIN: &[(char, &str, u8)] = &[
    ('À', "a", 2),
    ('Á', "a", 1),
    ('Â', "a", 4),
    ('Ã', "a", 9),
    ('Ä', "a", 7),
    ('Å', "a", 6),
    ('Æ', "ae", 0),
    ('Ç', "c", 11),
    ('È', "e", 2),
    ('É', "e", 1),
    ('Ê', "e", 4),
    ('Ë', "e", 7),
    ('Ì', "i", 2),
    ('Í', "i", 1),
    ('Î', "i", 4),
    ('Ï', "i", 7),
    ('Ñ', "n", 9),
    ('Ò', "o", 2),
    ('Ó', "o", 1),
    ('Ô', "o", 4),
    ('Õ', "o", 9),
    ('Ö', "o", 7),
    ('Ø', "o", 20),
    ('Ù', "u", 2),
    ('Ú', "u", 1),
    ('Û', "u", 4),
    ('Ü', "u", 7),
    ('Ý', "y", 1),
    ('ß', "ss", 0),
    ('à', "a", 2),
    ('á', "a", 1),
    ('â', "a", 4),
    ('ã', "a", 9),
    ('ä', "a", 7),
    ('å', "a", 6),
    ('æ', "ae", 0),
    ('ç', "c", 11),
    ('è', "e", 2),
    ('é', "e", 1),
    ('ê', "e", 4),
    ('ë', "e", 7),
    ('ì', "i", 2),
    ('í', "i", 1),
    ('î', "i", 4),
    ('ï', "i", 7),
    ('ñ', "n", 9),
    ('ò', "o", 2),
    ('ó', "o", 1),
    ('ô', "o", 4),
    ('õ', "o", 9),
    ('ö', "o", 7),
    ('ø', "o", 20),
    ('ù', "u", 2),
    ('ú', "u", 1),
    ('û', "u", 4),
    ('ü', "u", 7),
    ('ý', "y", 1),
    ('ÿ', "y", 7),
    ('Ā', "a", 13),
    ('ā', "a", 13),
    ('Ă', "a", 3),
    ('ă', "a", 3),
    ('Ą', "a", 12),
    ('ą', "a", 12),
    ('Ć', "c", 1),
    ('ć', "c", 1),
    ('Ĉ', "c", 4),
    ('ĉ', "c", 4),
    ('Ċ', "c", 10),
    ('ċ', "c", 10),
    ('Č', "c", 5),
    ('č', "c", 5),
    ('Ď', "d", 5),
    ('ď', "d", 5),
    ('Đ', "d", 20),
    ('đ', "d", 20),
    ('Ē', "e", 13),
    ('ē', "e", 13),
    ('Ĕ', "e", 3),
    ('ĕ', "e", 3),
    ('Ė', "e", 10),
    ('ė', "e", 10),
    ('Ę', "e", 12),
    ('ę', "e", 12),
    ('Ě', "e", 5),
    ('ě', "e", 5),
    ('Ĝ', "g", 4),
    ('ĝ', "g", 4),
    ('Ğ', "g", 3),
    ('ğ', "g", 3),
    ('Ġ', "g", 10),
    ('ġ', "g", 10),
    ('Ģ', "g", 11),
    ('ģ', "g", 11),
    ('Ĥ', "h", 4),
    ('ĥ', "h", 4),
    ('Ħ', "h", 20),
    ('ħ', "h", 20),
    ('Ĩ', "i", 9),
    ('ĩ', "i", 9),
    ('Ī', "i", 13),
    ('ī', "i", 13),
    ('Ĭ', "i", 3),
    ('ĭ', "i", 3),
    ('Į', "i", 12),
    ('į', "i", 12),
    ('İ', "i", 10),
    ('Ĵ', "j", 4),
    ('ĵ', "j", 4),
    ('Ķ', "k", 11),
    ('ķ', "k", 11),
    ('Ĺ', "l", 1),
    ('ĺ', "l", 1),
    ('Ļ', "l", 11),
    ('ļ', "l", 11),
    ('Ľ', "l", 5),
    ('ľ', "l", 5),
    ('Ŀ', "l", 21),
    ('ŀ', "l", 21),
    ('Ł', "l", 20),
    ('ł', "l", 20),
    ('Ń', "n", 1),
    ('ń', "n", 1),
    ('Ņ', "n", 11),
    ('ņ', "n", 11),
    ('Ň', "n", 5),
    ('ň', "n", 5),
    ('Ō', "o", 13),
    ('ō', "o", 13),
    ('Ŏ', "o", 3),
    ('ŏ', "o", 3),
    ('Ő', "o", 8),
    ('ő', "o", 8),
    ('Œ', "oe", 0),
    ('œ', "oe", 0),
    ('Ŕ', "r", 1),
    ('ŕ', "r", 1),
    ('Ŗ', "r", 11),
    ('ŗ', "r", 11),
    ('Ř', "r", 5),
    ('ř', "r", 5),
    ('Ś', "s", 1),
    ('ś', "s", 1),
    ('Ŝ', "s", 4),
    ('ŝ', "s", 4),
    ('Ş', "s", 11),
    ('ş', "s", 11),
    ('Š', "s", 5),
    ('š', "s", 5),
    ('Ţ', "t", 11),
    ('ţ', "t", 11),
    ('Ť', "t", 5),
    ('ť', "t", 5),
    ('Ŧ', "t", 20),
    ('ŧ', "t", 20),
    ('Ũ', "u", 9),
    ('ũ', "u", 9),
    ('Ū', "u", 13),
    ('ū', "u", 13),
    ('Ŭ', "u", 3),
    ('ŭ', "u", 3),
    ('Ů', "u", 6),
    ('ů', "u", 6),
    ('Ű', "u", 8),
    ('ű', "u", 8),
    ('Ų', "u", 12),
    ('ų', "u", 12),
    ('Ŵ', "w", 4),
    ('ŵ', "w", 4),
    ('Ŷ', "y", 4),
    ('ŷ', "y", 4),
    ('Ÿ', "y", 7),
    ('Ź', "z", 1),
    ('ź', "z", 1),
    ('Ż', "z", 10),
    ('ż', "z", 10),
    ('Ž', "z", 5),
    ('ž', "z", 5),
];

/// One collation element: primary weight (the letter), secondary (its diacritic), tertiary
/// (0 lower case, 1 a letter written as two, as `ß` for `ss`, 2 upper case).
type Element = (u64, u8, u8);

/// The collation elements of a character: its place in [`COLLATION`]; a Latin letter with a
/// diacritic as its letters plus the diacritic; other symbols just before `$` and currency
/// signs just after it (as the root collation puts symbols, then currency signs, then
/// digits), other letters after `z`.
fn elements(c: char, out: &mut Vec<Element>) {
    let upper = if c.is_uppercase() { 2 } else { 0 };
    if let Some(i) = COLLATION.find(c.to_ascii_lowercase()).filter(|_| c.is_ascii()) {
        out.push((place(i), 0, upper));
    } else if let Ok(i) = LATIN.binary_search_by_key(&c, |e| e.0) {
        let (_, letters, diacritic) = LATIN[i];
        let case = if upper == 0 && letters.len() > 1 { 1 } else { upper };
        for l in letters.chars() {
            out.push((place(COLLATION.find(l).unwrap_or_default()), diacritic, case));
        }
    } else if c.is_alphabetic() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        out.push((place(COLLATION.len()) + u64::from(lower), 0, upper));
    } else {
        // Currency signs sort after `$`, the other symbols before it (each by code point).
        let currency = matches!(c, '¢'..='¥' | '₠'..='₿');
        let dollar = place(COLLATION.find('$').unwrap_or_default());
        let group = if currency { dollar + (1 << 31) } else { dollar - (1 << 31) };
        out.push((group + u64::from(c), 0, upper));
    }
}

/// The primary weight of the `i`th character of [`COLLATION`] (room between two for others).
fn place(i: usize) -> u64 {
    (i as u64) << 32
}

/// A sort key equal to JavaScript's `localeCompare` on construct paths: by letters first,
/// then by diacritics, then lower case before upper case.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct LocaleKey(Vec<u64>, Vec<u8>, Vec<u8>);

impl LocaleKey {
    fn new(s: &str) -> LocaleKey {
        let mut e = Vec::with_capacity(s.len());
        s.chars().for_each(|c| elements(c, &mut e));
        LocaleKey(
            e.iter().map(|x| x.0).collect(),
            e.iter().map(|x| x.1).collect(),
            e.iter().map(|x| x.2).collect(),
        )
    }
}

/// JavaScript's `localeCompare` (logical ids, construct paths).
#[cfg(test)]
fn locale_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    LocaleKey::new(a).cmp(&LocaleKey::new(b))
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
pub(crate) fn any_dependencies(stack: &Stack, index: &Index) -> bool {
    (0..stack.nodes().len()).any(|i| !dependencies(stack, index, NodeId(i)).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_locale_compare() {
        let mut ids = vec!["PoolD3F588B8", "authFnB", "AuthFnA", "pool1", "Pool0"];
        ids.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(ids, ["AuthFnA", "authFnB", "Pool0", "pool1", "PoolD3F588B8"]);
        // Construct paths: `/` before digits and letters, `-` and `_` before `/`.
        let mut paths = vec![
            "Pool/web/Resource",
            "Pool/Resource",
            "Pool/Api/Resource",
            "Pool-1/Resource",
            "Pool_2/Resource",
        ];
        paths.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(
            paths,
            ["Pool_2/Resource", "Pool-1/Resource", "Pool/Api/Resource", "Pool/Resource", "Pool/web/Resource"]
        );
    }

    #[test]
    fn sorts_letters_with_diacritics_symbols_and_other_scripts_like_locale_compare() {
        // Node's `localeCompare` (ICU 78) sorted this list.
        let sorted = [
            "a/ae",
            "a/Æ",
            "a/af",
            "a/e~",
            "a/e🙂",
            "a/e$",
            "a/e1",
            "a/é1",
            "a/e2",
            "a/emoji",
            "a/Emoji",
            "a/émoji",
            "a/Émoji",
            "a/ez",
            "a/ezz",
            "a/eΩ",
            "a/eж",
            "a/l",
            "a/ŀ",
            "a/m",
            "a/o",
            "a/ø",
            "a/Ø",
            "a/p",
            "a/ss",
            "a/ß",
            "a/st",
            "Nested/Auth/Un/Resource",
            "Nested/Auth/Uñ/Resource",
            "Nested/Auth/unicode/Resource",
            "Nested/Auth/Unicode/Resource",
            "Nested/Auth/Ünïcödé/Resource",
            "Nested/Auth/Uo/Resource",
            "Nested/Auth/VeryLong/Resource",
        ];
        let mut shuffled: Vec<&str> = sorted.iter().rev().copied().collect();
        shuffled.swap(3, 17);
        shuffled.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(shuffled, sorted);
        assert!(LATIN.windows(2).all(|w| w[0].0 < w[1].0));
        let mut symbols = vec!["a1", "a€", "a$", "a£", "a🙂", "a©", "a/", "a_"];
        symbols.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(symbols, ["a_", "a/", "a©", "a🙂", "a$", "a£", "a€", "a1"]);
    }

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
