//! Renames: a logical id that disappears while one of the same type appears is, as far as
//! the comparison can tell, the same item under a new construct id or scope.

use super::report::{Change, Effect, Rename};
use super::template::View;
use crate::core::ids::logical_id;

/// Pairs each removed resource with the added resource of the same type that resembles it
/// most, and records the pair on both.
pub(crate) fn pair(changes: &mut [Change], old: &View, new: &View) {
    let removed: Vec<usize> = positions(changes, |e| matches!(e, Effect::Removed(_)));
    let mut added: Vec<usize> = positions(changes, |e| e == Effect::Added);
    for r in removed {
        let Some(from) = changes.get(r) else { continue };
        let best = added
            .iter()
            .enumerate()
            .filter_map(|(k, &a)| Some((k, changes.get(a)?)))
            .filter(|(_, to)| to.resource_type == from.resource_type)
            .max_by_key(|(k, to)| (likeness(from, to, old, new), std::cmp::Reverse(*k)))
            .map(|(k, to)| (k, rename_of(from, to)));
        if let Some((k, rename)) = best {
            let a = added.remove(k);
            for i in [r, a] {
                if let Some(c) = changes.get_mut(i) {
                    c.rename = Some(rename.clone());
                }
            }
        }
    }
}

fn positions(changes: &[Change], keep: impl Fn(Effect) -> bool) -> Vec<usize> {
    changes.iter().enumerate().filter(|(_, c)| keep(c.effect)).map(|(i, _)| i).collect()
}

fn rename_of(from: &Change, to: &Change) -> Rename {
    let from_path = match (&from.construct_path, &to.construct_path) {
        (None, Some(to_path)) => recovered_path(&from.logical_id, to_path),
        (known, _) => known.clone(),
    };
    Rename {
        from: from.logical_id.clone(),
        to: to.logical_id.clone(),
        from_path,
        to_path: to.construct_path.clone(),
    }
}

/// AWS CDK `makeUniqueId`, run backwards: the construct path the old logical id was made
/// from, when it is the new path with one construct id changed (an id of letters and
/// digits, as the id's human part keeps them). The path hash confirms it.
fn recovered_path(old_id: &str, to_path: &str) -> Option<String> {
    let human = human_part(old_id);
    if human.len() == old_id.len() {
        return None;
    }
    let new: Vec<&str> = to_path.split('/').collect();
    let part = |components: &[&str]| -> String {
        components
            .iter()
            .filter(|c| !matches!(**c, "Resource" | "Default"))
            .flat_map(|c| c.chars().filter(char::is_ascii_alphanumeric))
            .collect()
    };
    (0..new.len()).find_map(|i| {
        let middle = human
            .strip_prefix(part(new.get(..i)?).as_str())?
            .strip_suffix(part(new.get(i + 1..)?).as_str())?;
        let mut candidate = new.clone();
        *candidate.get_mut(i)? = middle;
        (!middle.is_empty() && logical_id(&candidate) == old_id).then(|| candidate.join("/"))
    })
}

/// How alike two resources look: the length of the common end of their names (the construct
/// id of a client is kept when its pool is renamed), then how many properties are equal.
fn likeness(from: &Change, to: &Change, old: &View, new: &View) -> (usize, usize) {
    let name = |c: &Change| match &c.construct_path {
        Some(p) => p.clone(),
        None => human_part(&c.logical_id).to_owned(),
    };
    let (a, b) = (name(from), name(to));
    let common_end = a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count();
    let equal = match (old.properties(&from.logical_id), new.properties(&to.logical_id)) {
        (Some(x), Some(y)) => x.iter().filter(|(k, v)| y.get(*k) == Some(*v)).count(),
        _ => 0,
    };
    (common_end, equal)
}

/// A logical id without the eight hex digits of its path hash.
fn human_part(logical_id: &str) -> &str {
    let cut = logical_id.len().saturating_sub(8);
    match logical_id.get(cut..) {
        Some(hash) if cut > 0 && hash.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) => {
            logical_id.get(..cut).unwrap_or(logical_id)
        }
        _ => logical_id,
    }
}

/// How to keep the old logical id: the construct id (or scope) that changed, from the two
/// construct paths. `(index of the changed component in the new path, old id)` for a construct
/// id changed in place; `None` when the item moved to another scope or a path is unknown.
pub(crate) fn changed_id(rename: &Rename) -> Option<(usize, String)> {
    let (from, to) = (rename.from_path.as_deref()?, rename.to_path.as_deref()?);
    let (a, b): (Vec<&str>, Vec<&str>) = (from.split('/').collect(), to.split('/').collect());
    if a.len() != b.len() {
        return None;
    }
    let differing: Vec<usize> = (0..a.len()).filter(|&i| a.get(i) != b.get(i)).collect();
    match differing.as_slice() {
        [i] => Some((*i, (*a.get(*i)?).to_owned())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rename(from_path: Option<&str>, to_path: Option<&str>) -> Rename {
        Rename {
            from: String::new(),
            to: String::new(),
            from_path: from_path.map(Into::into),
            to_path: to_path.map(Into::into),
        }
    }

    #[test]
    fn the_hash_recovers_a_renamed_construct_id() {
        assert_eq!(recovered_path("PoolD3F588B8", "Users/Resource").as_deref(), Some("Pool/Resource"));
        assert_eq!(
            recovered_path("PoolwebB04E50B4", "Pool/webapp/Resource").as_deref(),
            Some("Pool/web/Resource")
        );
        // An id with a character the human part drops cannot be recovered; nor a wrong guess.
        assert_eq!(recovered_path("customerappclient12345678", "Pool/web/Resource"), None);
        assert_eq!(recovered_path("Pool", "Users/Resource"), None);
    }

    #[test]
    fn the_changed_component_of_two_paths() {
        assert_eq!(
            changed_id(&rename(Some("Pool/web/Resource"), Some("Users/web/Resource"))),
            Some((0, "Pool".into()))
        );
        assert_eq!(changed_id(&rename(Some("Pool/Resource"), Some("Auth/Pool/Resource"))), None);
        assert_eq!(changed_id(&rename(None, Some("Pool/Resource"))), None);
    }

    #[test]
    fn the_human_part_of_a_logical_id() {
        assert_eq!(human_part("PoolD3F588B8"), "Pool");
        assert_eq!(human_part("Pool"), "Pool");
        assert_eq!(human_part("PoolIdOutput"), "PoolIdOutput");
    }
}
