//! What checking an app finds: violations of rules, errors or warnings, each in its stack.
//!
//! A [`Diagnostic`] is general on purpose: any check that has something to say about a stack
//! (CloudFormation's limits here; best-practice packs later) says it with a severity, and the
//! macro turns errors into compile errors and warnings into compile warnings.

use std::fmt;

use crate::core::error::{Severity, Violation};

/// A violation of a rule in one stack of an app (or in the app as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stack's position in [`crate::App::stacks`]; `None` for the app itself.
    pub stack: Option<usize>,
    /// The stack's name (empty for the app itself).
    pub stack_name: String,
    /// Error or warning.
    pub severity: Severity,
    /// What, where in the stack (item and field path), and the message.
    pub violation: Violation,
}

impl Diagnostic {
    /// An error of the stack at `stack`.
    pub(crate) fn error(stack: usize, stack_name: &str, violation: Violation) -> Diagnostic {
        Diagnostic {
            stack: Some(stack),
            stack_name: stack_name.to_owned(),
            severity: Severity::Error,
            violation,
        }
    }

    /// A warning of the stack at `stack`.
    pub(crate) fn warning(stack: usize, stack_name: &str, violation: Violation) -> Diagnostic {
        let violation = Violation { severity: Severity::Warning, ..violation };
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(stack, stack_name, violation) }
    }

    /// A violation of the stack at `stack`, an error or a warning as the violation says.
    pub(crate) fn of(stack: usize, stack_name: &str, violation: Violation) -> Diagnostic {
        Diagnostic { severity: violation.severity, ..Diagnostic::error(stack, stack_name, violation) }
    }

    /// Whether the finding stops the synthesis.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        if !self.stack_name.is_empty() {
            write!(f, "stack `{}`: ", self.stack_name)?;
        }
        write!(f, "{}", self.violation)
    }
}

/// The error of [`crate::App::synth`]: every finding, errors first among them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppError {
    /// The findings, stack by stack (warnings included, for the record).
    pub findings: Vec<Diagnostic>,
}

impl AppError {
    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.findings.iter().filter(|f| f.is_error())
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<&Diagnostic> = self.errors().collect();
        match errors.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                write!(f, "{} problems:", all.len())?;
                for finding in all {
                    write!(f, "\n  - {finding}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for AppError {}

/// The warnings when there is no error, otherwise every finding as the error.
pub(crate) fn split(findings: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, AppError> {
    if findings.iter().any(Diagnostic::is_error) { Err(AppError { findings }) } else { Ok(findings) }
}
