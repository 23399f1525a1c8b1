//! Writing the output: the template as a file, or a cloud assembly the AWS CDK CLI reads
//! (`cdk ls --app DIR`, `cdk synth --app DIR`, `cdk deploy --app DIR`).

use std::fmt;
use std::path::{Path, PathBuf};

use super::Stack;
use crate::core::error::Error;
use crate::core::json::{Json, Obj};

/// The cloud assembly schema version the AWS CDK 2.276 writes.
const ASSEMBLY_VERSION: &str = "55.0.0";

/// Why writing the output failed.
#[derive(Debug)]
pub enum WriteError {
    /// The stack breaks rules; nothing was written.
    Invalid(Error),
    /// The file system refused.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Invalid(e) => write!(f, "{e}"),
            WriteError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Invalid(e) => Some(e),
            WriteError::Io(_, e) => Some(e),
        }
    }
}

impl From<Error> for WriteError {
    fn from(e: Error) -> WriteError {
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

    /// Writes a cloud assembly to `dir` (created if needed): `manifest.json`, `cdk.out` and
    /// `<stack>.template.json`. The manifest declares the stack without a bootstrap
    /// synthesizer, so `cdk deploy --app DIR` deploys it with the CLI's credentials.
    ///
    /// ```no_run
    /// # let stack = cognito_runtime::Stack::new("Auth");
    /// stack.write_assembly("cdk.out")?;   // then: npx cdk synth --app cdk.out
    /// # Ok::<(), cognito_runtime::WriteError>(())
    /// ```
    pub fn write_assembly(&self, dir: impl AsRef<Path>) -> Result<(), WriteError> {
        let dir = dir.as_ref();
        let template = self.synth_to_string()? + "\n";
        std::fs::create_dir_all(dir).map_err(|e| WriteError::Io(dir.to_owned(), e))?;
        let file = format!("{}.template.json", self.name());
        write(&dir.join(&file), &template)?;
        write(&dir.join("manifest.json"), &(self.manifest(&file).to_pretty_string() + "\n"))?;
        write(&dir.join("cdk.out"), &format!("{{\"version\":\"{ASSEMBLY_VERSION}\"}}"))?;
        Ok(())
    }

    /// The cloud assembly manifest for this stack.
    fn manifest(&self, template_file: &str) -> Json {
        let env = self.env();
        let environment = format!(
            "aws://{}/{}",
            env.account.as_deref().unwrap_or("unknown-account"),
            env.region.as_deref().unwrap_or("unknown-region")
        );
        let mut properties = Obj::new();
        properties.insert("templateFile", template_file.to_owned());
        properties.insert("terminationProtection", false);
        properties.insert("validateOnSynth", false);
        let mut artifact = Obj::new();
        artifact.insert("type", "aws:cloudformation:stack");
        artifact.insert("environment", environment);
        artifact.insert("properties", properties);
        artifact.insert("displayName", self.name().to_owned());
        let mut artifacts = Obj::new();
        artifacts.insert(self.name().to_owned(), artifact);
        let mut manifest = Obj::new();
        manifest.insert("version", ASSEMBLY_VERSION);
        manifest.insert("artifacts", artifacts);
        Json::Obj(manifest)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Stack;
    use crate::core::env::Env;
    use crate::resources::user_pool::UserPool;

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
