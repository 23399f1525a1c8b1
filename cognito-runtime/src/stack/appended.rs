//! In an app, a stack that refers to items of other stacks is rendered with those items
//! appended after its own, as the CDK resolves references (`core/lib/private/refs.js`); the
//! logical ids of the appended items are written as tokens, which the app then turns into
//! imports of the producing stack's exports (`app::foreign`). The types sit here, below the
//! stack and its passes, which hold and read them.

use crate::core::node::NodeId;

/// Starts and separates the parts of a token: no logical id holds it.
pub(crate) const MARK: char = '\u{1}';

/// The items of other stacks appended to a stack being rendered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Foreign {
    /// The number of the stack's own items; the appended ones follow.
    pub local: usize,
    /// Each appended stack: where its items start, and its position in the app.
    pub blocks: Vec<(usize, usize)>,
    /// The stack's own position in the app.
    pub consumer: usize,
}

impl Foreign {
    /// The stack an appended item comes from.
    pub(crate) fn origin(&self, node: NodeId) -> Option<usize> {
        self.blocks.iter().rev().find(|(start, _)| *start <= node.index()).map(|(_, stack)| *stack)
    }

    /// Where `node` is declared in the app: its stack's position, then its own (the items of
    /// a stack declared before another all come before that stack's, as the CDK program
    /// constructs them).
    pub(crate) fn declared_at(&self, node: NodeId) -> (Option<usize>, usize) {
        let stack = if node.index() < self.local { Some(self.consumer) } else { self.origin(node) };
        (stack, node.index())
    }

    /// The logical id `id` of `node`, or the token that stands for it when `node` is
    /// appended from another stack.
    pub(crate) fn token(&self, node: NodeId, id: String) -> String {
        match Some(node).filter(|n| n.index() >= self.local).and_then(|n| self.origin(n)) {
            Some(origin) => format!("{MARK}{origin}{MARK}{id}"),
            None => id,
        }
    }
}

/// The producing stack and logical id a token stands for.
pub(crate) fn parse_token(s: &str) -> Option<(usize, &str)> {
    let rest = s.strip_prefix(MARK)?;
    let (stack, id) = rest.split_once(MARK)?;
    Some((stack.parse().ok()?, id))
}

/// A reference the check pass met to an item of another stack: the referring item and
/// setting, and the item referred to (a node of the combined stack).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ForeignUse {
    pub node: Option<NodeId>,
    pub path: String,
    pub target: NodeId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        assert_eq!(parse_token(&format!("{MARK}3{MARK}Pool1234")), Some((3, "Pool1234")));
        assert_eq!(parse_token("Pool1234"), None);
    }
}
