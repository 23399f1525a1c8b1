//! The full comparison, on only what it needs when a few elements differ: the elements that
//! differ, and the resources that refer to them (a create-only property that refers to a
//! replaced resource replaces its own resource too, so those must be seen). Only those
//! elements of the baseline's text are parsed, and only those of ours converted.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::quick::Differences;
use super::template::check_shape;
use crate::core::json::{Json, Obj};

/// The baseline and the stack's template, each reduced to the elements the comparison must
/// see; `None` when an element's text is not what serde_json reads (the full comparison
/// says why).
pub(crate) fn templates(found: &Differences, template: &Json) -> Option<(Value, Value)> {
    let Json::Obj(ours) = template else { return None };
    let keep = kept(found, ours);
    let mut old = Map::new();
    for (section, id, text) in &found.elements {
        if keep.contains(&(*section, id.as_ref())) {
            let element: Value = serde_json::from_str(text).ok()?;
            insert(&mut old, section, id, element);
        }
    }
    let old = Value::Object(old);
    check_shape(&old).ok()?;
    let mut new = Map::new();
    for (section, elements) in &ours.0 {
        let Json::Obj(elements) = elements else { continue };
        for (id, element) in &elements.0 {
            if let Some((section, _)) = keep.get(&(section.as_ref(), id.as_ref())) {
                insert(&mut new, section, id, element.to_serde());
            }
        }
    }
    Some((old, Value::Object(new)))
}

fn insert(template: &mut Map<String, Value>, section: &str, id: &str, element: Value) {
    let section = template.entry(section).or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(s) = section {
        s.insert(id.to_owned(), element);
    }
}

/// The elements to compare: those that differ, and every resource of ours that refers,
/// directly or through others, to a resource among them.
fn kept<'a>(found: &'a Differences, ours: &'a Obj) -> BTreeSet<(&'a str, &'a str)> {
    let mut keep: BTreeSet<(&str, &str)> = found.differing.iter().map(|(s, id)| (*s, id.as_str())).collect();
    let resources: Vec<(&str, Vec<String>)> = match ours.get("Resources") {
        Some(Json::Obj(r)) => r.0.iter().map(|(id, r)| (id.as_ref(), references(r))).collect(),
        _ => Vec::new(),
    };
    loop {
        let before = keep.len();
        for (id, refers) in &resources {
            if refers.iter().any(|r| keep.contains(&("Resources", r.as_str()))) {
                keep.insert(("Resources", id));
            }
        }
        if keep.len() == before {
            return keep;
        }
    }
}

/// The logical ids `value` refers to: `Ref`, `Fn::GetAtt`, and `${Id}` in `Fn::Sub`.
fn references(value: &Json) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = vec![value];
    while let Some(v) = pending.pop() {
        match v {
            Json::Obj(o) => {
                for (key, v) in &o.0 {
                    match (key.as_ref(), v) {
                        ("Ref", Json::Str(id)) => out.push(id.to_string()),
                        ("Fn::GetAtt", Json::Arr(args)) => {
                            out.extend(args.first().and_then(Json::as_str).map(str::to_owned))
                        }
                        ("Fn::GetAtt", Json::Str(s)) => {
                            out.push(s.split('.').next().unwrap_or_default().to_owned())
                        }
                        ("Fn::Sub", v) => sub_names(v, &mut out),
                        _ => {}
                    }
                    pending.push(v);
                }
            }
            Json::Arr(items) => pending.extend(items),
            _ => {}
        }
    }
    out
}

/// `${Id}` and `${Id.Attribute}` in an `Fn::Sub` string (`${!Literal}` is not a reference).
fn sub_names(value: &Json, out: &mut Vec<String>) {
    let text = match value {
        Json::Str(s) => s.as_ref(),
        Json::Arr(args) => args.first().and_then(Json::as_str).unwrap_or_default(),
        _ => return,
    };
    let names = text.split("${").skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name);
    out.extend(
        names.filter(|n| !n.starts_with('!')).map(|n| n.split('.').next().unwrap_or_default().to_owned()),
    );
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::stack::change::fixtures::rng::{Rng, env_number};
    use crate::stack::change::fixtures::{cdk_synth_templates, expected, read, template};
    use crate::stack::change::quick::{Scan, scan};
    use crate::stack::change::{Baseline, ChangeReport, classify};

    /// The full comparison: the baseline parsed whole (`None`: not a template).
    fn full(text: &str, ours: &Json) -> Option<ChangeReport> {
        Baseline::parse(text).ok().map(|b| classify(b.template(), &ours.to_serde()))
    }

    /// The fast path: `None` when it leaves the text to the full comparison.
    fn fast(text: &str, ours: &Json) -> Option<ChangeReport> {
        match scan(text, ours) {
            Scan::Unchanged => Some(ChangeReport::default()),
            Scan::Differs(found) => templates(&found, ours).map(|(old, new)| classify(&old, &new)),
            Scan::Unread => None,
        }
    }

    /// The CDK's change pairs (renames, replacements and what they carry along, removals,
    /// Cognito's refusals): the comparison of the elements that differ is the full one.
    #[test]
    fn the_change_pairs_reduced_are_judged_as_whole() {
        let mut pairs = 0;
        for entry in std::fs::read_dir(expected()).expect("expected") {
            let path = entry.expect("an entry").path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            let Some(pair) = name.strip_suffix(".before.json") else { continue };
            let ours = template(&format!("{pair}.after.json"));
            for before in [format!("{pair}.before.json"), format!("cli/{pair}.before.json")] {
                let text = read(&expected().join(&before));
                assert_eq!(fast(&text, &ours), full(&text, &ours), "{before}");
            }
            pairs += 1;
        }
        assert!(pairs >= 60, "only {pairs} pairs");
    }

    /// Changes one value somewhere in `v`: a key removed or added, an element removed, or a
    /// value replaced (a string with escapes, a number by another or by the same as a float,
    /// `null`, a flipped boolean, the value wrapped in a list).
    fn mutate(v: &mut Value, rng: &mut Rng) {
        match v {
            Value::Object(o) if !o.is_empty() && rng.below(4) != 0 => {
                let key = o.keys().nth(rng.below(o.len())).cloned().unwrap_or_default();
                match rng.below(6) {
                    0 => drop(o.remove(&key)),
                    1 => drop(o.insert(format!("{key}X"), Value::Bool(true))),
                    _ => o.get_mut(&key).into_iter().for_each(|child| mutate(child, rng)),
                }
            }
            Value::Array(a) if !a.is_empty() && rng.below(4) != 0 => {
                let i = rng.below(a.len());
                match rng.below(5) {
                    0 => drop(a.remove(i)),
                    _ => a.get_mut(i).into_iter().for_each(|child| mutate(child, rng)),
                }
            }
            _ => {
                *v = match (rng.below(6), &*v) {
                    (0, Value::String(s)) => Value::String(format!("{s}\n\u{e9}\"")),
                    (1, Value::Number(n)) => serde_json::json!(n.as_f64().unwrap_or_default() + 1.0),
                    (2, Value::Number(n)) => serde_json::json!(n.as_f64().unwrap_or_default()),
                    (3, _) => Value::Null,
                    (4, Value::Bool(b)) => Value::Bool(!b),
                    _ => Value::Array(vec![v.clone()]),
                }
            }
        }
    }

    /// A mistake in the text itself: a byte dropped, doubled or replaced.
    fn garble(text: &str, rng: &mut Rng) -> String {
        let mut bytes = text.as_bytes().to_vec();
        let i = rng.below(bytes.len());
        let pool = b"{}[]\",:0a\\ ";
        match (rng.below(3), bytes.get(i).copied()) {
            (0, _) => drop(bytes.remove(i)),
            (1, Some(b)) => bytes.insert(i, b),
            (_, _) => {
                if let (Some(slot), Some(&b)) = (bytes.get_mut(i), pool.get(rng.below(pool.len()))) {
                    *slot = b;
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Whatever the change, what the fast path says is what the full comparison says: "no
    /// change" only where it finds none, and the same report where elements differ.
    #[test]
    fn the_fast_path_says_what_the_full_comparison_says() {
        let names = ["big100", "x_client_every_prop_declared", "x_identitypool_role_mappings", "attributes"];
        let told = agree(&names.map(|n| (n.to_owned(), format!("{n}.json"))), 150, 0x9E37_79B9_7F4A_7C15);
        // [changes found, told unchanged (a key of `Metadata` removed, say), left to the full comparison]
        assert!(told.iter().all(|n| *n > 10), "{told:?}");
    }

    /// The same over every template `cdk synth` wrote for the reference cases, `FUZZ_COUNT`
    /// rounds each (default 40) from `FUZZ_SEED`: `cargo test --release -p cognito-runtime
    /// fast_path_long -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn the_fast_path_says_what_the_full_comparison_says_long() {
        let seed = env_number("FUZZ_SEED").unwrap_or(0x9E37_79B9_7F4A_7C15);
        let rounds = env_number("FUZZ_COUNT").unwrap_or(40) as usize;
        let names = cdk_synth_templates();
        let told = agree(&names, rounds, seed);
        println!("seed {seed:#x}: {} templates, {rounds} rounds each: {told:?}", names.len());
        assert!(told.iter().all(|n| *n > 10), "{told:?}");
    }

    /// `rounds` changes of each of `names` (the text `cdk synth` wrote, `expected/cli/NAME.json`,
    /// and the template it was made from): the fast path and the full comparison agree on each.
    /// How many the fast path found changed, told unchanged, left to the full comparison.
    fn agree(names: &[(String, String)], rounds: usize, seed: u64) -> [usize; 3] {
        let mut rng = Rng::new(seed, 0);
        let mut told = [0usize; 3];
        for (name, plain) in names {
            let text = read(&expected().join(format!("cli/{name}.json")));
            let base: Value = serde_json::from_str(&text).expect("JSON");
            let ours = template(plain);
            for round in 0..rounds {
                let mutated = match round % 3 {
                    0 => garble(&text, &mut rng),
                    k => {
                        let mut v = base.clone();
                        for _ in 0..1 + rng.below(2) {
                            mutate(&mut v, &mut rng);
                        }
                        if k == 1 {
                            v.to_string()
                        } else {
                            serde_json::to_string_pretty(&v).unwrap_or_default()
                        }
                    }
                };
                let Some(fast) = fast(&mutated, &ours) else {
                    told[2] += 1;
                    continue;
                };
                told[usize::from(fast.changes.is_empty())] += 1;
                assert_eq!(
                    Some(fast),
                    full(&mutated, &ours),
                    "{name}, round {round} of seed {seed:#x}:\n{mutated}"
                );
            }
        }
        told
    }
}
