//! `cognito import`: from a CloudFormation template the AWS CDK synthesized to a `cognito!`
//! program whose template is the same. Construct ids and scopes come from each resource's
//! `aws:cdk:path` metadata; the CDK's bookkeeping (`AWS::CDK::Metadata`, the
//! `BootstrapVersion` parameter and rule) is dropped.

#![forbid(unsafe_code)]

pub mod app;
pub mod assembly;
pub mod depends;
pub mod flags;
pub mod json;
pub mod lift;
pub mod plan;
pub mod print;
pub mod program;
pub mod template;
pub mod tree;
pub mod verify;
pub mod yaml;

// The macro's pipeline, at the crate's root as its modules expect (`crate::pipeline::…`).
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../../cognito-macros/src/pipeline/mod.rs"]
mod pipeline;

use std::fmt;

pub use app::import_assembly;

/// Why a file cannot be imported; the message says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The import of one template.
pub struct Import {
    /// The block, as `cognito! { … }` takes it.
    pub block: String,
    /// The program around it.
    pub program: String,
    /// How each resource was written (an item, with which overrides, or `cfn_resource`).
    pub report: Vec<String>,
    /// Whether the block gives the input's template, through the pipeline of `cognito!`:
    /// why not, otherwise (a template CloudFormation would reject, which the macro refuses).
    pub proof: Result<(), String>,
}

/// `block` (a `stack NAME { … }` the importer printed) with `baseline: "FILE"` as the stack's
/// first setting: the first build compares the program's template with the one deployed now,
/// so it proves that nothing is replaced. `file` is as the user gave it, relative to the
/// crate's `Cargo.toml` where the macro reads it.
pub fn with_baseline(block: &str, file: &str) -> String {
    let Some((head, rest)) = block.split_once('\n') else { return block.to_owned() };
    format!("{head}\n    baseline: {file:?},\n{rest}")
}

/// Imports `text`, a template (JSON or YAML) as `cdk synth` writes it (or `aws cloudformation
/// get-template` returns it for a deployed CDK stack).
pub fn import(text: &str) -> Result<Import, Error> {
    import_in(text, &program::Counts::new())
}

/// [`import`] of a stack whose block sits beside others: `shared` counts the construct ids
/// of them all.
pub fn import_in(text: &str, shared: &program::Counts) -> Result<Import, Error> {
    let document = template::document(text)?;
    let mut template = template::from_document(&document)?;
    let root = tree::build(&template.stack, &template.resources)?;
    let want = verify::without_bookkeeping(verify::to_serde(&document));
    let mut import = import_planned(&template, &root, &want, shared)?;
    // The stack's tags were a guess (a resource of a kind the CDK tags has none): without them.
    if import.proof.is_err() && !template.stack_tags.is_empty() {
        template.stack_tags.clear();
        import = import_planned(&template, &root, &want, shared)?;
    }
    Ok(import)
}

/// The program for `template`, its items planned to give `want`, and the proof that it does.
fn import_planned(
    template: &template::Template,
    root: &tree::Node,
    want: &serde_json::Value,
    shared: &program::Counts,
) -> Result<Import, Error> {
    let items = plan::plan(template, root, want);
    let proof = |block: &program::Block| match verify::synth(&block.text) {
        Ok(got) if verify::without_bookkeeping(got.clone()) == *want => Ok(()),
        Ok(_) => Err("the program's template differs from the input".to_string()),
        Err(e) => Err(format!("the program does not build:\n{e}")),
    };
    // Outputs as items' attributes where that gives the same template.
    let referring = program::block_with_attributes(template, root, &items, shared)?;
    let (block, proof) = match proof(&referring) {
        Ok(()) => (referring, Ok(())),
        Err(_) => {
            let plain = program::block(template, root, &items, shared)?;
            let p = proof(&plain);
            (plain, p)
        }
    };
    Ok(Import { program: program::program(&block.text), block: block.text, report: block.report, proof })
}
