//! Writing the output: the template as a file, or a cloud assembly the AWS CDK CLI reads
//! (`cdk ls --app DIR`, `cdk synth --app DIR`, `cdk deploy --app DIR`).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::stack::Stack;

/// Why writing the output failed.
#[derive(Debug)]
pub enum WriteError {
    /// The stack breaks rules; nothing was written.
    Invalid(crate::Error),
    /// The file system refused.
    Io(PathBuf, std::io::Error),
    /// The app breaks rules; nothing was written.
    App(crate::AppError),
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

impl From<crate::Error> for WriteError {
    fn from(e: crate::Error) -> WriteError {
        WriteError::Invalid(e)
    }
}

fn write(path: &Path, text: &str) -> Result<(), WriteError> {
    std::fs::write(path, text).map_err(|e| WriteError::Io(path.to_owned(), e))
}

impl Stack {
    /// Writes the template to `path`, as the CDK prints it.
    pub fn write_template(&self, path: impl AsRef<Path>) -> Result<(), WriteError> {
        let text = self.synth_to_string()? + "\n";
        write(path.as_ref(), &text)
    }

    /// Writes a cloud assembly to `dir` (created if needed), as [`crate::App::write_assembly`]
    /// writes an app of this one stack: `manifest.json`, `cdk.out`, `<stack>.template.json`,
    /// and for a stack with file assets its asset manifest and the staged assets. A stack
    /// without assets uses the bootstrapless synthesizer, so `cdk deploy --app DIR` needs no
    /// bootstrap stack.
    ///
    /// ```no_run
    /// # let stack = cognito_runtime::Stack::new("Auth");
    /// stack.write_assembly("cdk.out")?;   // then: npx cdk synth --app cdk.out
    /// # Ok::<(), cognito_runtime::assembly::WriteError>(())
    /// ```
    pub fn write_assembly(&self, dir: impl AsRef<Path>) -> Result<(), WriteError> {
        let app = crate::App::from(self.clone());
        match app.write_assembly(dir) {
            Ok(_) => Ok(()),
            // A stack's own errors read as they always have.
            Err(WriteError::App(e)) if e.findings.iter().all(|f| f.stack == Some(0)) => {
                Err(WriteError::Invalid(crate::Error {
                    violations: e.errors().map(|f| f.violation.clone()).collect(),
                }))
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Env, Stack, UserPool};

    #[test]
    fn writes_an_assembly() {
        let dir = std::env::temp_dir().join(format!("cognito-assembly-test-{}", std::process::id()));
        let mut stack = Stack::new("Auth")
            .with_env(Env { account: Some("123456789012".into()), region: Some("eu-west-1".into()) });
        stack.add("pool", UserPool::default());
        stack.write_assembly(&dir).unwrap();
        let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
        assert!(manifest.contains("\"environment\": \"aws://123456789012/eu-west-1\""));
        assert!(manifest.contains("\"templateFile\": \"Auth.template.json\""));
        let template = std::fs::read_to_string(dir.join("Auth.template.json")).unwrap();
        assert!(template.contains("\"AWS::Cognito::UserPool\""));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
