//! Violations of the rules, and the error `Stack::synth` returns when there are any.

use std::fmt;

use crate::core::node::NodeId;

/// Which part of a setting a violation is about, so the macro can underline it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// The value (`days(2.5)`).
    #[default]
    Value,
    /// The key (`preferred_username`), e.g. for a setting that conflicts with another.
    Key,
    /// The whole `key: value`.
    Setting,
    /// The item's id, e.g. for a duplicate construct id.
    Id,
}

/// One broken rule: where (item and field path), what value, and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The item the setting belongs to; `None` for the stack itself.
    pub node: Option<NodeId>,
    /// The item's construct path below the stack, e.g. `myuserpool/web`.
    pub item: String,
    /// The field path inside the item, e.g. `password_policy.temp_password_validity`; empty
    /// when the violation is about the item as a whole.
    pub path: String,
    /// The offending value as written, when there is one.
    pub value: Option<String>,
    /// The rule's message: lower case, names the key, states the rule, shows the value and
    /// ends with the fix where there is one.
    pub message: String,
    /// Other field paths of the same item that take part (the other side of a conflict).
    pub related: Vec<String>,
    /// Field paths of other items the rule read (a client's flows for a domain's sign-in
    /// URL): when one of them is known only at run time, so is the violation. In an app's
    /// findings, an item of another stack is named by that stack's id for it.
    pub reads: Vec<(NodeId, String)>,
    /// What to underline.
    pub target: Target,
    /// A stable name for the rule, e.g. `password_policy.min_length.range`.
    pub rule: &'static str,
    /// An error breaks the stack (`synth` fails, `cognito!` does not compile); a warning is
    /// reported and the stack still synthesizes.
    pub severity: Severity,
}

impl Violation {
    /// Whether the violation breaks the stack (rather than warns).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Every field path the violation depends on: its own and the related ones.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.path.as_str()).chain(self.related.iter().map(String::as_str))
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.item.is_empty(), self.path.is_empty()) {
            (true, true) => write!(f, "{}", self.message),
            (true, false) => write!(f, "{}: {}", self.path, self.message),
            (false, true) => write!(f, "{}: {}", self.item, self.message),
            (false, false) => write!(f, "{} {}: {}", self.item, self.path, self.message),
        }
    }
}

/// The error of [`crate::Stack::synth`]: every rule the stack breaks, not only the first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The violations, in the order the items and settings were declared.
    pub violations: Vec<Violation>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                write!(f, "{} problems:", all.len())?;
                for v in all {
                    write!(f, "\n  - {v}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

/// How serious a finding is: an error stops the build (and `synth`), a warning is reported
/// and the stack still synthesizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The configuration cannot be synthesized or would fail (cdk-nag's `NagMessageLevel.ERROR`).
    Error,
    /// Worth knowing; the stack still synthesizes (cdk-nag's `NagMessageLevel.WARN`).
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}
