//! The generated table, by name and by index: a type, its root, a property's node, a pattern
//! compiled on first use.

use std::sync::OnceLock;

use super::generated;
use super::pattern::Pattern;
use super::table::{Node, Type};

/// The node of the property at `path` below the root of `resource_type`.
pub(super) fn property(resource_type: &str, path: &[&str]) -> Option<&'static Node> {
    path.iter().try_fold(root(resource_type)?, |node, name| {
        node.properties.iter().find(|p| p.name == *name).and_then(|p| self::node(p.node))
    })
}

/// The entry of a resource type.
pub(super) fn resource_type(name: &str) -> Option<&'static Type> {
    let i = generated::TYPES.binary_search_by(|t| t.name.cmp(name)).ok()?;
    generated::TYPES.get(i)
}

/// The node of a type's `Properties`.
pub(super) fn root(resource_type: &str) -> Option<&'static Node> {
    node(self::resource_type(resource_type)?.root)
}

/// Node `i` of the table.
pub(super) fn node(i: u16) -> Option<&'static Node> {
    generated::NODES.get(usize::from(i))
}

/// The source and the compiled form of pattern `i`, compiled on first use.
pub(super) fn pattern(i: u16) -> Option<(&'static str, &'static Pattern)> {
    static COMPILED: [OnceLock<Option<Pattern>>; generated::PATTERNS.len()] =
        [const { OnceLock::new() }; generated::PATTERNS.len()];
    let source = *generated::PATTERNS.get(usize::from(i))?;
    let compiled = COMPILED.get(usize::from(i))?.get_or_init(|| Pattern::new(source).ok()).as_ref()?;
    Some((source, compiled))
}
