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

pub(crate) mod assembly;
pub(crate) mod asset;
pub(crate) mod fingerprint;
pub(crate) mod foreign;
pub(crate) mod grants;
pub(crate) mod limits;
pub(crate) mod pipeline;
pub(crate) mod provider_clients;
pub(crate) mod report;
pub(crate) mod rules;
pub(crate) mod sha256;
pub(crate) mod synthesizer;

use crate::stack::Stack;

/// A CDK app: several stacks deployed together. The top-level items of all stacks share one
/// namespace; an item that refers to an item of another stack gets what the CDK makes of it:
/// an `Export` in the producing stack, `Fn::ImportValue` in the consuming one, and a
/// dependency between the two stacks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct App {
    stacks: Vec<Stack>,
}

impl App {
    /// An app without stacks.
    pub fn new() -> App {
        App::default()
    }

    /// Adds `stack` and returns its position (the `stack` of a [`Diagnostic`](crate::Diagnostic)).
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
}

impl From<Stack> for App {
    /// An app of one stack.
    fn from(stack: Stack) -> App {
        App { stacks: vec![stack] }
    }
}
