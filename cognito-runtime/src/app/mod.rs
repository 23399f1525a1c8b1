//! Apps: several stacks, the references between them, file assets, and the whole cloud
//! assembly the AWS CDK CLI deploys (`cdk deploy --app DIR --all`).
//!
//! ```
//! use cognito_runtime::{App, Attr, Output, Stack, UserPool, UserPoolClient, Value};
//!
//! let mut auth = Stack::new("Auth");
//! auth.add("pool", UserPool::default());
//! let mut api = Stack::new("Api");
//! api.add("web", UserPoolClient { user_pool: Some("pool".into()), ..Default::default() });
//! let mut app = App::new();
//! app.add_stack(auth);
//! app.add_stack(api);
//! let assembly = app.synth()?;
//! let api = assembly.stack("Api").unwrap();
//! assert_eq!(api.dependencies, ["Auth"]);
//! let client = &api.template.to_serde()["Resources"]["web08B6E5F3"]["Properties"];
//! assert_eq!(
//!     client["UserPoolId"]["Fn::ImportValue"],
//!     "Auth:ExportsOutputRefpool056F3F7E5321103B"
//! );
//! # Ok::<(), cognito_runtime::AppError>(())
//! ```

mod assembly;
mod asset;
pub(crate) mod fingerprint;
mod foreign;
mod limits;
mod pipeline;
mod report;
mod rules;
pub(crate) mod sha256;
mod synthesizer;

use std::path::Path;

pub use assembly::SynthesizedStack;
pub use asset::StagedAsset;
pub(crate) use asset::{AssetHashes, code, hash_assets};
pub(crate) use foreign::{Foreign, ForeignUse, foreign_token};
pub use report::{AppError, Diagnostic};
pub use synthesizer::Synthesizer;
pub(crate) use synthesizer::finish_template;

use crate::assembly::WriteError;
use crate::error::Violation;
use crate::json::Json;
use crate::stack::Stack;

/// What a stack's render gives an app: the violations, the template (when kept and valid),
/// and where the stack refers to items of other stacks.
pub(crate) struct Rendered {
    pub violations: Vec<Violation>,
    pub template: Option<Json>,
    pub foreign_uses: Vec<ForeignUse>,
}

/// A CDK app: several stacks deployed together. The top-level items of all stacks share one
/// namespace; an item that refers to an item of another stack gets what the CDK makes of it:
/// an `Export` in the producing stack, `Fn::ImportValue` in the consuming one, and a
/// dependency between the two stacks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct App {
    stacks: Vec<Stack>,
}

/// The whole cloud assembly, in memory: every stack's final template and what the manifest
/// says of it. [`App::write_assembly`] writes it.
#[derive(Clone, Debug)]
pub struct CloudAssembly {
    /// The stacks, in the order they were added.
    pub stacks: Vec<SynthesizedStack>,
    /// Findings that do not stop the synthesis (a template too big to deploy inline).
    pub warnings: Vec<Diagnostic>,
}

impl CloudAssembly {
    /// The stack named `name`.
    pub fn stack(&self, name: &str) -> Option<&SynthesizedStack> {
        self.stacks.iter().find(|s| s.name == name)
    }
}

impl App {
    /// An app without stacks.
    pub fn new() -> App {
        App::default()
    }

    /// Adds `stack` and returns its position (the `stack` of a [`Diagnostic`]).
    pub fn add_stack(&mut self, stack: Stack) -> usize {
        self.stacks.push(stack);
        self.stacks.len() - 1
    }

    /// The stacks, in the order they were added.
    pub fn stacks(&self) -> &[Stack] {
        &self.stacks
    }

    /// The stack named `name`, to add items to it.
    pub fn stack_mut(&mut self, name: &str) -> Option<&mut Stack> {
        self.stacks.iter_mut().find(|s| s.name() == name)
    }

    /// Every rule of every stack, the app's own (names, references between stacks, cycles)
    /// and CloudFormation's limits: errors and warnings, stack by stack. Assets are checked
    /// to exist, not hashed.
    pub fn check(&self) -> Vec<Diagnostic> {
        pipeline::run(self, pipeline::Mode::Check).0
    }

    /// `Ok` with the warnings when no rule is broken, otherwise every finding.
    pub fn validate(&self) -> Result<Vec<Diagnostic>, AppError> {
        report::split(self.check())
    }

    /// Every stack's template as the CDK writes it (assets hashed from the files as they are
    /// now), or every error.
    pub fn synth(&self) -> Result<CloudAssembly, AppError> {
        match pipeline::run(self, pipeline::Mode::Synth) {
            (findings, Some(stacks)) => {
                let warnings = report::split(findings)?;
                Ok(CloudAssembly { stacks, warnings })
            }
            (findings, None) => Err(AppError { findings }),
        }
    }

    /// Writes the cloud assembly to `dir` (created if needed): `manifest.json` with every
    /// stack, its dependencies and asset manifest, `<Stack>.template.json` byte for byte as
    /// the CDK writes it, `<Stack>.assets.json`, and the staged assets (`asset.<hash>` folders
    /// and `asset.<hash>.zip` files). Returns the warnings. `cdk deploy --app DIR --all`
    /// deploys it.
    ///
    /// ```no_run
    /// # let app = cognito_runtime::App::new();
    /// app.write_assembly("cdk.out")?;   // then: npx cdk ls --app cdk.out
    /// # Ok::<(), cognito_runtime::assembly::WriteError>(())
    /// ```
    pub fn write_assembly(&self, dir: impl AsRef<Path>) -> Result<Vec<Diagnostic>, WriteError> {
        let assembly = self.synth().map_err(WriteError::App)?;
        assembly::write(&assembly, dir.as_ref())?;
        Ok(assembly.warnings)
    }
}

impl From<Stack> for App {
    /// An app of one stack.
    fn from(stack: Stack) -> App {
        App { stacks: vec![stack] }
    }
}
