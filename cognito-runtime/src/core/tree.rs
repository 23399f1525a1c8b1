//! JSON trees nested without bound. A document built at run time ([`Json`] in a `Document`,
//! a [`Raw`] in a `cfn_resource` or an override) can nest arrays and objects deeper than
//! recursion allows; every operation on one here walks it without recursion (depth, clone,
//! compare, drop) or stops at a depth (debug), so a stack holding one can be checked, copied,
//! printed and dropped, and the check can refuse it before any recursive walk reads it.

use std::fmt;

use crate::core::json::{Json, Key, Obj};

/// How deep arrays and objects may nest in a JSON document written in a setting (`settings`,
/// a `cfn_resource`'s properties, an override below `Properties`): `[1]` is 1 deep. JSON
/// parsers such as serde_json refuse a template nested beyond 128 levels; the template's
/// root, `Resources`, the resource and `Properties` take 4, a CloudFormation value inside the
/// document at most 97 (3 per function nested [`MAX_VALUE_DEPTH`](crate::MAX_VALUE_DEPTH)
/// deep, 4 for an ARN at the bottom), so 24 keeps every template within 128 (4 + 24 + 97).
/// `cognito!` can write one this deep (it allows 64 levels of brackets).
pub const MAX_DOCUMENT_DEPTH: usize = 24;

/// How deep JSON parsers such as serde_json read a document; [`fmt::Debug`] prints a tree as
/// deep before `…`.
pub(crate) const PARSER_DEPTH: usize = 128;

/// What a value of a tree holds.
pub(crate) enum Parts<'a, K, T> {
    /// Nothing: a number, a string, …
    Leaf,
    /// An array's elements.
    List(&'a [T]),
    /// An object's entries.
    Map(&'a [(K, T)]),
}

/// A tree of arrays and objects, walked here without recursion.
pub(crate) trait Tree: Sized {
    type Key: Clone + PartialEq + fmt::Debug;
    /// The name [`fmt::Debug`] gives an array and an object.
    const NAMES: (&'static str, &'static str);
    fn parts(&self) -> Parts<'_, Self::Key, Self>;
    /// Moves the values the value holds onto `into`, leaving it empty.
    fn take_parts(&mut self, into: &mut Vec<Self>);
    /// A copy of a leaf (an array or an object: empty).
    fn copy_leaf(&self) -> Self;
    fn list(items: Vec<Self>) -> Self;
    fn map(entries: Vec<(Self::Key, Self)>) -> Self;
    /// Whether two leaves are equal.
    fn leaf_eq(&self, other: &Self) -> bool;
    fn leaf_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// True when `t` is an array or an object with something in it.
fn has_parts<T: Tree>(t: &T) -> bool {
    match t.parts() {
        Parts::Leaf => false,
        Parts::List(items) => !items.is_empty(),
        Parts::Map(entries) => !entries.is_empty(),
    }
}

/// How deep arrays and objects nest in `t` (a leaf is 0 deep), up to `limit + 1`: computed
/// without recursion, and without walking further than the limit.
pub(crate) fn depth<T: Tree>(t: &T, limit: usize) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(t, 1)];
    while let Some((v, depth)) = pending.pop() {
        match v.parts() {
            Parts::Leaf => continue,
            Parts::List(items) => pending.extend(items.iter().map(|i| (i, depth + 1))),
            Parts::Map(entries) => pending.extend(entries.iter().map(|(_, i)| (i, depth + 1))),
        }
        deepest = deepest.max(depth);
        if depth > limit {
            break;
        }
    }
    deepest
}

/// Empties `t` so that its drop glue does not recurse: what it holds is dropped here, a level
/// at a time, from a list on the heap.
pub(crate) fn drop_parts<T: Tree>(t: &mut T) {
    let nested = match t.parts() {
        Parts::Leaf => false,
        Parts::List(items) => items.iter().any(has_parts),
        Parts::Map(entries) => entries.iter().any(|(_, v)| has_parts(v)),
    };
    if !nested {
        return;
    }
    let mut pending = Vec::new();
    t.take_parts(&mut pending);
    while let Some(mut v) = pending.pop() {
        v.take_parts(&mut pending);
    }
}

/// `t` as another kind of tree, made without recursion: `leaf` makes each leaf, `key` each
/// object key; the values inside are made first (in order), then assembled.
pub(crate) fn convert<A: Tree, B: Tree>(t: &A, leaf: &dyn Fn(&A) -> B, key: &dyn Fn(&A::Key) -> B::Key) -> B {
    enum Step<'a, T: Tree> {
        Make(&'a T),
        List(usize),
        Map(&'a [(T::Key, T)]),
    }
    // Most copies are of a leaf (a string): no stacks to allocate.
    if let Parts::Leaf = t.parts() {
        return leaf(t);
    }
    let mut steps = vec![Step::Make(t)];
    let mut done: Vec<B> = Vec::new();
    while let Some(step) = steps.pop() {
        match step {
            Step::Make(v) => match v.parts() {
                Parts::Leaf => done.push(leaf(v)),
                Parts::List(items) => {
                    steps.push(Step::List(items.len()));
                    steps.extend(items.iter().rev().map(Step::Make));
                }
                Parts::Map(entries) => {
                    steps.push(Step::Map(entries));
                    steps.extend(entries.iter().rev().map(|(_, v)| Step::Make(v)));
                }
            },
            Step::List(n) => {
                let items = done.split_off(done.len().saturating_sub(n));
                done.push(B::list(items));
            }
            Step::Map(entries) => {
                let values = done.split_off(done.len().saturating_sub(entries.len()));
                done.push(B::map(entries.iter().map(|(k, _)| key(k)).zip(values).collect()));
            }
        }
    }
    done.pop().unwrap_or_else(|| B::list(Vec::new()))
}

/// Compared without recursion.
pub(crate) fn eq_tree<T: Tree>(a: &T, b: &T) -> bool {
    // Most comparisons are of two leaves (a string against a string): no stack to allocate.
    if let (Parts::Leaf, Parts::Leaf) = (a.parts(), b.parts()) {
        return a.leaf_eq(b);
    }
    let mut pending = vec![(a, b)];
    while let Some((x, y)) = pending.pop() {
        match (x.parts(), y.parts()) {
            (Parts::Leaf, Parts::Leaf) if x.leaf_eq(y) => {}
            (Parts::List(p), Parts::List(q)) if p.len() == q.len() => pending.extend(p.iter().zip(q)),
            (Parts::Map(p), Parts::Map(q))
                if p.len() == q.len() && p.iter().zip(q).all(|(m, n)| m.0 == n.0) =>
            {
                pending.extend(p.iter().zip(q).map(|(m, n)| (&m.1, &n.1)));
            }
            _ => return false,
        }
    }
    true
}

/// A tree printed for debugging, `.1` levels deep: beyond [`PARSER_DEPTH`], `…`.
pub(crate) struct Bounded<'a, T>(pub &'a T, pub usize);

impl<T: Tree> fmt::Debug for Bounded<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Bounded(t, depth) = *self;
        if depth > PARSER_DEPTH {
            return f.write_str("…");
        }
        let (list, map) = T::NAMES;
        match t.parts() {
            Parts::Leaf => t.leaf_fmt(f),
            Parts::List(items) => {
                let items: Vec<_> = items.iter().map(|i| Bounded(i, depth + 1)).collect();
                f.debug_tuple(list).field(&items).finish()
            }
            Parts::Map(entries) => {
                let entries: Vec<_> = entries.iter().map(|(k, v)| (k, Bounded(v, depth + 1))).collect();
                f.debug_tuple(map).field(&entries).finish()
            }
        }
    }
}

/// The traits a tree takes from the functions above.
macro_rules! tree_traits {
    ($($t:ty),*) => {$(
        /// Dropped without recursion.
        impl Drop for $t {
            fn drop(&mut self) {
                $crate::core::tree::drop_parts(self);
            }
        }
        /// Copied without recursion.
        impl Clone for $t {
            fn clone(&self) -> Self {
                $crate::core::tree::convert(self, &<Self as $crate::core::tree::Tree>::copy_leaf, &Clone::clone)
            }
        }
        /// Compared without recursion.
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                $crate::core::tree::eq_tree(self, other)
            }
        }
        /// As `#[derive(Debug)]` would print it, up to 128 levels deep.
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(&$crate::core::tree::Bounded(self, 1), f)
            }
        }
    )*};
}

pub(crate) use tree_traits;

tree_traits!(Json);

impl Json {
    /// How deep arrays and objects nest in the value (`1` is 0 deep, `[1]` 1), up to
    /// `limit + 1`, without recursion.
    pub fn depth(&self, limit: usize) -> usize {
        depth(self, limit)
    }
}

impl Json {
    /// The object, if this is one (a `Json` drops without recursion, so a pattern cannot move
    /// its parts out: `let Some(o) = json.into_obj()` for `let Json::Obj(o) = json`).
    pub fn into_obj(mut self) -> Option<Obj> {
        match &mut self {
            Json::Obj(o) => Some(std::mem::take(o)),
            _ => None,
        }
    }

    /// The entries of an object, taken out of it (none for any other value).
    pub(crate) fn take_entries(&mut self) -> Vec<(Key, Json)> {
        match self {
            Json::Obj(o) => std::mem::take(&mut o.0),
            _ => Vec::new(),
        }
    }
}

impl Tree for Json {
    type Key = Key;
    const NAMES: (&'static str, &'static str) = ("Arr", "Obj");

    fn parts(&self) -> Parts<'_, Key, Json> {
        match self {
            Json::Arr(items) => Parts::List(items),
            Json::Obj(o) => Parts::Map(&o.0),
            _ => Parts::Leaf,
        }
    }

    fn take_parts(&mut self, into: &mut Vec<Json>) {
        match self {
            Json::Arr(items) => into.append(items),
            Json::Obj(o) => into.extend(o.0.drain(..).map(|(_, v)| v)),
            _ => {}
        }
    }

    fn copy_leaf(&self) -> Json {
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(*b),
            Json::Num(n) => Json::Num(*n),
            Json::Str(s) => Json::Str(s.clone()),
            Json::Arr(_) => Json::Arr(Vec::new()),
            Json::Obj(_) => Json::Obj(Obj::new()),
        }
    }

    fn list(items: Vec<Json>) -> Json {
        Json::Arr(items)
    }

    fn map(entries: Vec<(Key, Json)>) -> Json {
        Json::Obj(Obj(entries))
    }

    fn leaf_eq(&self, other: &Json) -> bool {
        match (self, other) {
            (Json::Null, Json::Null) => true,
            (Json::Bool(a), Json::Bool(b)) => a == b,
            (Json::Num(a), Json::Num(b)) => a == b,
            (Json::Str(a), Json::Str(b)) => a == b,
            _ => false,
        }
    }

    fn leaf_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Bool(b) => f.debug_tuple("Bool").field(b).finish(),
            Json::Num(n) => f.debug_tuple("Num").field(n).finish(),
            Json::Str(s) => f.debug_tuple("Str").field(s).finish(),
            _ => f.write_str("Null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `[[[…1…]]]`, `n` deep.
    fn deep(n: usize) -> Json {
        let mut j = Json::Num(1.0);
        for _ in 0..n {
            j = Json::Arr(vec![j]);
        }
        j
    }

    #[test]
    fn depth_counts_brackets_and_stops_past_the_limit() {
        assert_eq!(Json::Num(1.0).depth(5), 0);
        assert_eq!(Json::Arr(vec![]).depth(5), 1);
        assert_eq!(Json::obj1("a", deep(2)).depth(5), 3);
        assert_eq!(deep(100_000).depth(24), 25);
    }

    #[test]
    fn deep_trees_clone_compare_print_and_drop() {
        let j = deep(100_000);
        let copy = j.clone();
        assert!(copy == j);
        assert!(copy != deep(99_999));
        assert!(format!("{j:?}").contains('…'));
        drop((j, copy));
    }
}
