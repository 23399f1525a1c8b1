//! Best-practice checks: the verdicts of cdk-nag 3.0.2's rule packs (only `AwsSolutions` for
//! now) on the resources a stack emits, and acknowledgements of findings that do not apply.
//!
//! cdk-nag reads each L1 resource's properties as its construct wrote them; we read each
//! resource as our render wrote it, which is the same JSON. A finding names the item whose
//! render emitted the resource and the item's field paths the verdict depends on, so the
//! macro can leave to run time a finding that reads an `(EXPR)` value.

pub(crate) mod acknowledge;
mod aws_solutions;
mod cognito;
pub(crate) mod finding;
mod flatten;
mod iam;
mod js;
mod lambda;
mod resource;
mod rule;

use crate::core::error::{Error, Violation};
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::settings::{Acknowledgement, Pack};
use finding::{Finding, Findings};
use js::Threw;
use resource::Resource;
use rule::{Outcome, Rule, THREW};

impl Pack {
    fn rules(self) -> &'static [Rule] {
        match self {
            Pack::AwsSolutions => aws_solutions::RULES,
        }
    }

    /// Whether `id` (`AwsSolutions-IAM5`, without a finding id) names a rule of the pack.
    pub fn has_rule(self, id: &str) -> bool {
        self.rules().iter().any(|r| r.id == id)
    }
}

impl Stack {
    /// Runs `pack` on this stack (the `checks: [AWS_SOLUTIONS]` of a `stack` block), for
    /// [`Stack::run_checks`] and the tools that honour it.
    pub fn enable_checks(&mut self, pack: Pack) {
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
        self.checks.acknowledgements.push(Acknowledgement {
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

    /// The findings of `packs` even when the stack breaks a rule, with those violations: for
    /// `cognito!`, which reports the violations itself and drops the ones, and the findings,
    /// that read an `(EXPR)` value (lowered as a default, which often breaks a rule). A
    /// finding on a stack that breaks other rules is only as sound as the violations kept.
    #[doc(hidden)]
    pub fn best_practices_despite_violations(&self, packs: &[Pack]) -> (Findings, Vec<Violation>) {
        let (violations, rendered) = self.rendered();
        let findings = match rendered {
            Some(rendered) if !packs.is_empty() => {
                let resources = resource::resources(self, &rendered);
                let raw =
                    packs.iter().flat_map(|&pack| resources.iter().flat_map(move |r| evaluate(pack, r)));
                acknowledge::apply(self, packs, raw.collect())
            }
            _ => Findings::default(),
        };
        (findings, violations)
    }

    fn check_packs(&self, packs: &[Pack]) -> Result<Findings, Error> {
        match self.best_practices_despite_violations(packs) {
            (findings, violations) if violations.is_empty() => Ok(findings),
            (_, violations) => Err(Error { violations }),
        }
    }
}

/// Every rule of `pack` on one resource, as cdk-nag's `applyRule`.
fn evaluate(pack: Pack, r: &Resource) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in pack.rules() {
        let finding = |finding: Option<String>, description: &'static str| Finding {
            rule: rule.id,
            finding,
            severity: rule.severity,
            construct_path: r.construct_path.clone(),
            node: r.node,
            reads: r.reads(rule.reads),
            description,
        };
        match (rule.check)(r) {
            Ok(Outcome::NotApplicable | Outcome::Compliant) => {}
            Ok(Outcome::NonCompliant) => out.push(finding(None, rule.info)),
            Ok(Outcome::Findings(ids)) => out.extend(ids.into_iter().map(|id| finding(Some(id), rule.info))),
            Err(Threw) => out.push(finding(None, THREW)),
        }
    }
    out
}
