//! Why a pattern is not accepted.

use std::fmt;

/// A pattern this matcher does not accept: invalid in Java, or outside the supported subset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    /// What is wrong.
    pub message: String,
    /// Where, in characters from the start of the pattern.
    pub offset: usize,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at character {}", self.message, self.offset)
    }
}

impl std::error::Error for PatternError {}
