//! `cognito import`: from a CloudFormation template the AWS CDK synthesized to a `cognito!`
//! program whose template is the same. Construct ids and scopes come from each resource's
//! `aws:cdk:path` metadata; the CDK's bookkeeping (`AWS::CDK::Metadata`, the
//! `BootstrapVersion` parameter and rule) is dropped.

#![forbid(unsafe_code)]

pub mod json;
pub mod print;
pub mod program;
pub mod template;
pub mod tree;

use std::fmt;

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
    /// What the import kept as CloudFormation, one line each.
    pub report: Vec<String>,
}

/// Imports `text`, a template as `cdk synth` writes it (or `aws cloudformation get-template`
/// returns it for a deployed CDK stack).
pub fn import(text: &str) -> Result<Import, Error> {
    let template = template::read(text)?;
    let root = tree::build(&template.stack, &template.resources)?;
    let block = program::block(&template, &root)?;
    Ok(Import { program: program::program(&block.text), block: block.text, report: block.report })
}
