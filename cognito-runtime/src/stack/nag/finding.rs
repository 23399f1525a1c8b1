//! What a pack finds in a stack: each finding, with the item and settings behind it.

use std::fmt;

use crate::core::error::{Severity, Target, Violation};
use crate::core::node::NodeId;
use crate::stack::Stack;

/// One finding of a pack on one resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule, e.g. `AwsSolutions-IAM5`.
    pub rule: &'static str,
    /// The finding id of a granular rule, e.g. `Resource::*` (cdk-nag prints
    /// `AwsSolutions-IAM5[Resource::*]`).
    pub finding: Option<String>,
    /// Error or warning.
    pub severity: Severity,
    /// The resource's construct path, e.g. `Stack/myuserpool/smsRole/Resource`.
    pub construct_path: String,
    /// The item whose render emitted the resource.
    pub node: NodeId,
    /// The field paths the verdict depends on (items' settings, the first element the item):
    /// when one of them is known only at run time, so is the finding.
    pub reads: Vec<(NodeId, String)>,
    /// cdk-nag's description of the rule.
    pub description: &'static str,
}

impl Finding {
    /// The id an acknowledgement must name: `AwsSolutions-COG1`, or
    /// `AwsSolutions-IAM5[Resource::*]` for a granular rule's finding.
    pub fn id(&self) -> String {
        match &self.finding {
            Some(f) => format!("{}[{f}]", self.rule),
            None => self.rule.to_owned(),
        }
    }
}

impl Finding {
    /// The finding as a violation of its item (`stack` holds it), of the finding's severity:
    /// about the item as a whole (underlined at its id), the message `RULE at PATH:
    /// description`, reading what the finding reads.
    pub fn violation(&self, stack: &Stack) -> Violation {
        Violation {
            node: Some(self.node),
            item: stack.path(self.node).join("/"),
            path: String::new(),
            value: None,
            message: self.to_string(),
            related: Vec::new(),
            reads: self.reads.clone(),
            target: Target::Id,
            rule: self.rule,
            severity: self.severity,
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}: {}", self.id(), self.construct_path, self.description)
    }
}

/// What a pack finds in a stack.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// Findings of severity error, in template order, then in the pack's rule order.
    pub errors: Vec<Finding>,
    /// Findings of severity warning, in the same order.
    pub warnings: Vec<Finding>,
    /// Findings an acknowledgement silences.
    pub acknowledged: Vec<Finding>,
    /// Acknowledgements that silence nothing (rule `acknowledge.stale`, a warning): each
    /// names the item acknowledged (`None`: the stack) and the path `acknowledge.<RULE>`.
    pub stale: Vec<Violation>,
}

impl Findings {
    /// Whether nothing is to report: no error, no warning, no stale acknowledgement.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty() && self.stale.is_empty()
    }

    /// What is reported, as violations of `stack`: the errors, the warnings, then the stale
    /// acknowledgements (warnings).
    pub fn into_violations(self, stack: &Stack) -> impl Iterator<Item = Violation> {
        let findings: Vec<Violation> =
            self.errors.iter().chain(&self.warnings).map(|f| f.violation(stack)).collect();
        findings.into_iter().chain(self.stale)
    }
}
