//! Node ids: an item's position in its stack, marked with the stack it belongs to, so an id
//! of another stack is recognised as foreign instead of being taken for an item of this one.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// The identity of a stack, shared by its clones; every [`NodeId`] carries its stack's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct StackId(u64);

impl StackId {
    /// An identity no other stack of this process has.
    pub(crate) fn fresh() -> StackId {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        StackId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// The position of an item in its [`Stack`](crate::Stack), returned by the `add_*` builders.
///
/// Only a stack makes node ids. A stack and its clones accept each other's ids; any other
/// stack reports an id it did not make (rule `stack.node_id`) instead of using it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId {
    stack: StackId,
    index: usize,
}

impl NodeId {
    pub(crate) fn new(stack: StackId, index: usize) -> NodeId {
        NodeId { stack, index }
    }

    /// The item's position in declaration order: its index in [`Stack::nodes`](crate::Stack::nodes).
    pub fn index(self) -> usize {
        self.index
    }

    /// The stack that made this id.
    pub(crate) fn stack(self) -> StackId {
        self.stack
    }
}

/// `node #3`.
impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "node #{}", self.index)
    }
}
