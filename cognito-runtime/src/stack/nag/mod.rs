//! Best-practice checks: the verdicts of cdk-nag 3.0.2's rule packs (only `AwsSolutions` for
//! now) on the resources a stack emits, and acknowledgements of findings that do not apply.
//!
//! cdk-nag reads each L1 resource's properties as its construct wrote them; we read each
//! resource as our render wrote it, which is the same JSON. A finding names the item whose
//! render emitted the resource and the item's field paths the verdict depends on, so the
//! macro can leave to run time a finding that reads an `(EXPR)` value. On a stack that
//! enables a pack, the findings are violations (`Finding::violation`): errors and warnings
//! of the stack, which `cognito!` reports under the item's id.

pub(crate) mod acknowledge;
mod aws_solutions;
mod cognito;
pub(crate) mod finding;
mod flatten;
mod iam;
mod js;
mod lambda;
mod packs;
mod resource;
mod rule;
pub(crate) mod run;

use crate::core::error::Error;
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::settings::{Acknowledgement, Pack};
use finding::Findings;

impl Stack {
    /// Runs `pack` with the stack's rules (the `checks: [AWS_SOLUTIONS]` of a `stack` block):
    /// its error findings are violations of the stack, so [`Stack::check`] reports them and
    /// `synth` fails on them, as `cdk synth` fails on cdk-nag's errors; its warnings and
    /// stale acknowledgements are warnings ([`Stack::diagnose`]). [`Stack::run_checks`] gives
    /// the findings themselves.
    pub fn enable_checks(&mut self, pack: Pack) {
        self.changed();
        if !self.checks.packs.contains(&pack) {
            self.checks.packs.push(pack);
        }
    }

    /// The packs this stack runs.
    pub fn enabled_checks(&self) -> &[Pack] {
        &self.checks.packs
    }

    /// Acknowledges the finding id `rule` on the item at `scope` and every item below it
    /// (`None`: the whole stack), with the reason it does not apply. The id matches findings
    /// exactly: `AwsSolutions-IAM5` does not acknowledge `AwsSolutions-IAM5[Resource::*]`.
    /// A `scope` that is not an item of this stack (an id of another stack) silences nothing,
    /// and the checks report it as stale (`acknowledge.stale`).
    pub fn acknowledge(&mut self, scope: Option<NodeId>, rule: impl Into<String>, reason: impl Into<String>) {
        self.changed().checks.acknowledgements.push(Acknowledgement {
            scope,
            rule: rule.into(),
            reason: reason.into(),
        });
    }

    /// The acknowledgements, in the order given.
    pub fn acknowledgements(&self) -> &[Acknowledgement] {
        &self.checks.acknowledgements
    }

    /// What `pack` finds in the template this stack synthesizes, with the acknowledgements
    /// applied; `Err` when the stack breaks a rule (there is no template to check).
    ///
    /// ```
    /// use cognito_runtime::{Pack, Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// let pool = stack.add("myuserpool", UserPool::default());
    /// stack.acknowledge(Some(pool), "AwsSolutions-COG8", "the essentials tier is enough for a demo");
    /// let findings = stack.check_best_practices(Pack::AwsSolutions)?;
    /// assert_eq!(
    ///     findings.errors[0].to_string(),
    ///     "AwsSolutions-COG1 at Stack/myuserpool/Resource: The Cognito user pool does not have a \
    ///      password policy that minimally specify a password length of at least 8 characters, as \
    ///      well as requiring uppercase, numeric, and special characters."
    /// );
    /// assert_eq!(findings.warnings[0].id(), "AwsSolutions-COG2");
    /// assert_eq!(findings.acknowledged[0].id(), "AwsSolutions-COG8");
    /// # Ok::<(), cognito_runtime::Error>(())
    /// ```
    pub fn check_best_practices(&self, pack: Pack) -> Result<Findings, Error> {
        self.check_packs(&[pack])
    }

    /// [`Stack::check_best_practices`] for every pack the stack enables (no finding when it
    /// enables none).
    pub fn run_checks(&self) -> Result<Findings, Error> {
        self.check_packs(&self.checks.packs)
    }

    fn check_packs(&self, packs: &[Pack]) -> Result<Findings, Error> {
        match self.rendered() {
            (violations, Some(rendered)) if !violations.iter().any(|v| v.is_error()) => {
                Ok(run::findings(self, packs, &rendered))
            }
            (mut violations, _) => {
                violations.retain(|v| v.is_error());
                Err(Error { violations })
            }
        }
    }
}
