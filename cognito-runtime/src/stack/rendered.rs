//! A rendered template and where each of its resources comes from: what the render pass
//! (`pass`) gives the steps that read the template as a whole (best-practice checks, the
//! change report). It sits below both, so that neither names the other.

use std::collections::HashMap;

use crate::context::synth::Emitted;
use crate::core::json::Json;

/// A rendered template, and where each of its resources comes from.
pub(crate) struct Rendered {
    pub template: Json,
    /// Each resource's logical id and the item that emitted it, in template order.
    pub resources: Emitted,
    /// Logical id → construct path below the stack (`myuserpool/smsRole/Resource`); empty
    /// unless the render was asked for paths.
    pub paths: HashMap<String, String>,
    /// Logical id → the resource as rendered before the item's `overrides` (what cdk-nag
    /// reads, as it reads an L1's props, not its raw overrides).
    pub originals: HashMap<String, Json>,
}
