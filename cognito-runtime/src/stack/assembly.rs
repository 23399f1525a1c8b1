//! Writing the output: the template as a file, and why writing failed. A cloud assembly the
//! AWS CDK CLI reads (`Stack::write_assembly`, `App::write_assembly`) is written by
//! `app::assembly`.

use std::fmt;
use std::path::{Path, PathBuf};

use super::Stack;
use super::app::report::AppError;
use crate::core::error::Error;

/// Why writing the output failed.
#[derive(Debug)]
pub enum WriteError {
    /// The stack breaks rules; nothing was written.
    Invalid(Error),
    /// The file system refused.
    Io(PathBuf, std::io::Error),
    /// The app breaks rules; nothing was written.
    App(AppError),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Invalid(e) => write!(f, "{e}"),
            WriteError::Io(path, e) => write!(f, "{}: {e}", path.display()),
            WriteError::App(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Invalid(e) => Some(e),
            WriteError::Io(_, e) => Some(e),
            WriteError::App(e) => Some(e),
        }
    }
}

impl From<Error> for WriteError {
    fn from(e: Error) -> WriteError {
        WriteError::Invalid(e)
    }
}

/// Writes `text` to the file at `path`.
pub(crate) fn write(path: &Path, text: &str) -> Result<(), WriteError> {
    std::fs::write(path, text).map_err(|e| WriteError::Io(path.to_owned(), e))
}

impl Stack {
    /// Writes the template to `path`, as the CDK prints it.
    pub fn write_template(&self, path: impl AsRef<Path>) -> Result<(), WriteError> {
        let text = self.synth_to_string()? + "\n";
        write(path.as_ref(), &text)
    }
}
