//! What a comparison knows beyond the two templates.

use std::collections::{BTreeMap, BTreeSet};

use crate::core::node::NodeId;

/// What the comparison knows beyond the two templates: what is accepted, which exports other
/// stacks import, and which item of the stack each resource comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Logical ids (of the stack's template) whose replacement, or rename from an older id,
    /// is accepted.
    pub accept_replacement: BTreeSet<String>,
    /// Logical ids (of the baseline) whose removal is accepted.
    pub accept_removal: BTreeSet<String>,
    /// Exports that other stacks import: export name → the importing stack. Removing one is
    /// refused, as CloudFormation refuses it.
    pub imported_exports: BTreeMap<String, String>,
    /// For each resource of the stack's template: the item that emits it and its construct
    /// path below the stack (`Pool/web/Resource`).
    pub origins: BTreeMap<String, (NodeId, Option<String>)>,
    /// The stack's items by construct path below the stack (`Pool/web`).
    pub items: BTreeMap<String, NodeId>,
}
