//! Node ids: an item's position in its stack.

use std::fmt;

/// The position of an item in its [`Stack`](crate::Stack), returned by the `add_*` builders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub usize);

impl NodeId {
    /// The item's position in declaration order: its index in [`Stack::nodes`](crate::Stack::nodes).
    pub fn index(self) -> usize {
        self.0
    }
}

/// `node #3`.
impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "node #{}", self.0)
    }
}
