//! Reference name → the first item declared with it, so that a lookup while the stack is
//! built does not search every item.

use std::collections::HashMap;

/// `add_node` keeps it up to date; `node_mut` may rename an item, so it marks the map stale:
/// lookups then search, until the next `add_node` rebuilds it.
#[derive(Clone, Default)]
pub(crate) struct Names {
    map: HashMap<String, usize>,
    stale: bool,
}

impl Names {
    /// Takes note of the last of `names` (each node's reference name, in order), just added.
    pub(crate) fn added<'a>(
        &mut self,
        mut names: impl DoubleEndedIterator<Item = Option<&'a str>> + ExactSizeIterator,
    ) {
        if self.stale {
            self.map.clear();
            self.stale = false;
            for (i, name) in names.enumerate() {
                if let Some(name) = name {
                    self.map.entry(name.to_owned()).or_insert(i);
                }
            }
            return;
        }
        let last = names.len().checked_sub(1);
        if let (Some(i), Some(Some(name))) = (last, names.next_back()) {
            self.map.entry(name.to_owned()).or_insert(i);
        }
    }

    /// The position of the first node named `name` among `names`.
    pub(crate) fn find<'a>(
        &self,
        mut names: impl Iterator<Item = Option<&'a str>>,
        name: &str,
    ) -> Option<usize> {
        if self.stale {
            return names.position(|n| n == Some(name));
        }
        self.map.get(name).copied()
    }

    /// The nodes may have been renamed: search until the next `added` rebuilds the map.
    pub(crate) fn mark_stale(&mut self) {
        self.stale = true;
    }
}

/// A cache of what the nodes say: equal stacks have equal nodes.
impl PartialEq for Names {
    fn eq(&self, _: &Names) -> bool {
        true
    }
}

impl std::fmt::Debug for Names {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("..")
    }
}
