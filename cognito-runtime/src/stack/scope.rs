//! Names scoped to their parent: what a reference names, seen from the item that writes it
//! (see [`ItemRef`]). A nested item's name belongs to the item it is nested in (its scope);
//! a `construct` only groups items, so the items inside it share their scope with it.

use std::collections::HashMap;

use super::Stack;
use super::item::Item;
use crate::context::facts::Lookup;
use crate::core::node::NodeId;
use crate::core::value::ItemRef;

/// Every reference name, and the items declared with it, in declaration order.
pub(crate) type Names<'a> = HashMap<&'a str, Vec<NodeId>>;

/// The reference names of `stack`.
pub(crate) fn names(stack: &Stack) -> Names<'_> {
    let mut names: Names = HashMap::with_capacity(stack.nodes.len());
    for (id, node) in stack.ids().zip(&stack.nodes) {
        if let Some(name) = &node.name {
            names.entry(name.as_str()).or_default().push(id);
        }
    }
    names
}

impl Stack {
    /// The scope of `node`'s name: the nearest enclosing item that is not a `construct`
    /// (`None`: the top level).
    pub(crate) fn scope(&self, node: NodeId) -> Option<NodeId> {
        let is_construct = |n: &NodeId| matches!(self.node(*n).map(|n| &n.item), Some(Item::Construct));
        self.ancestors(node).skip(1).find(|n| !is_construct(n))
    }

    /// What `r`, written in the item at `from` (`None`: the stack), names.
    pub(crate) fn lookup(&self, names: &Names, from: Option<NodeId>, r: &ItemRef) -> Lookup {
        match r {
            ItemRef::Node(n) if self.contains(*n) => Lookup::Found(*n),
            ItemRef::Node(_) => Lookup::Unknown,
            ItemRef::Name(name) => self.lookup_name(names, from, name),
            ItemRef::Path(path) => {
                let Some((first, rest)) = path.split_first() else { return Lookup::Unknown };
                let mut found = self.lookup_name(names, from, first);
                for name in rest {
                    let Lookup::Found(parent) = found else { return found };
                    found = self.child(names, parent, name);
                }
                found
            }
        }
    }

    /// A name: the one item declared with it; else the one in the nearest scope of `from`
    /// (its own items, then those of its scope, …, then the top level's); else ambiguous.
    fn lookup_name(&self, names: &Names, from: Option<NodeId>, name: &str) -> Lookup {
        let candidates = names.get(name).map_or(&[][..], Vec::as_slice);
        match candidates {
            [] => return Lookup::Unknown,
            [one] => return Lookup::Found(*one),
            _ => {}
        }
        let mut scope = from;
        loop {
            if let Some(&c) = candidates.iter().find(|c| self.scope(**c) == scope) {
                return Lookup::Found(c);
            }
            match scope {
                Some(s) => scope = self.scope(s),
                None => return Lookup::Ambiguous(candidates.to_vec()),
            }
        }
    }

    /// The item named `name` in the scope of `parent`.
    fn child(&self, names: &Names, parent: NodeId, name: &str) -> Lookup {
        let children = names.get(name).into_iter().flatten().copied();
        children.filter(|c| self.scope(*c) == Some(parent)).min().map_or(Lookup::Unknown, Lookup::Found)
    }

    /// How a reference from the top level names `node`: its name after those of its scopes
    /// (`pool_a.web`), or its construct path when one of them has no reference name.
    pub(crate) fn reference_path(&self, node: NodeId) -> String {
        let mut names = Vec::new();
        let mut current = Some(node);
        while let Some(n) = current {
            match self.node(n).and_then(|n| n.name.as_deref()) {
                Some(name) => names.push(name),
                None => return self.path(node).join("/"),
            }
            current = self.scope(n);
        }
        names.reverse();
        names.join(".")
    }
}
