//! The comparison on a [`Stack`]: what is accepted, and `check_update`.

use serde_json::Value;

use super::options::Options;
use super::{Baseline, ChangeReport, classify_with};
use crate::core::error::{Error, Severity, Target, Violation};
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::pass::Traced;
use crate::stack::settings::Accepted;

impl Stack {
    /// Accepts the replacement of the resources of the item at `node`, or their move to a
    /// new logical id (`accept_replacement: true` on the item). The change report still lists
    /// it; what Cognito refuses stays refused.
    ///
    /// A `node` that is not an item of this stack is reported by [`Stack::check`]
    /// (`stack.node_id`), and nothing is accepted.
    pub fn accept_replacement(&mut self, node: NodeId) {
        if let Some(node) = self.accept("accept_replacement", "node", node, "accepted no replacement") {
            self.accepted.items.push(node);
        }
    }

    /// Accepts the removal of the baseline's resource `logical_id` (`accept_removal` on the
    /// stack). The change report still lists it.
    pub fn accept_removal(&mut self, logical_id: impl Into<String>) {
        self.changed().accepted.removals.push(logical_id.into());
    }

    /// What is accepted.
    pub fn accepted(&self) -> &Accepted {
        &self.accepted
    }

    /// Synthesizes the stack (checking every rule, run-time values included) and compares
    /// its template with `baseline`, the template deployed now.
    ///
    /// ```
    /// use cognito_runtime::{Stack, UserPool, UserPoolClient};
    ///
    /// let stack = |secret: bool| {
    ///     let mut s = Stack::new("Stack");
    ///     let pool = s.add("Pool", UserPool::default());
    ///     s.add_client(pool, "web", UserPoolClient { generate_secret: Some(secret), ..Default::default() });
    ///     s
    /// };
    /// let baseline = stack(false).synth()?;
    /// let report = stack(true).check_update(&baseline)?;
    /// assert!(report.is_refused());
    /// assert!(report.to_string().contains("replace"));
    /// # Ok::<(), cognito_runtime::Error>(())
    /// ```
    pub fn check_update(&self, baseline: &Value) -> Result<ChangeReport, Error> {
        let baseline = Baseline::template_in(baseline).map_err(baseline_error)?;
        let (template, trace) = self.traced_template()?;
        let options = self.options(&trace);
        Ok(classify_with(&baseline, &template.into_serde(), &options))
    }

    /// The comparison's options: the accepted changes, and where each resource comes from.
    fn options(&self, trace: &[Traced]) -> Options {
        let mut options = Options::default();
        for (id, node, path) in trace {
            options.origins.insert(id.clone(), (*node, path.clone()));
            if self.accepted.items.contains(node) {
                options.accept_replacement.insert(id.clone());
            }
        }
        for node in self.ids() {
            options.items.insert(self.path(node).join("/"), node);
        }
        options.accept_removal.extend(self.accepted.removals.iter().cloned());
        options
    }
}

/// Cognito: a baseline must be a CloudFormation template.
fn baseline_error(reason: String) -> Error {
    Error {
        violations: vec![Violation {
            node: None,
            item: String::new(),
            path: "baseline".into(),
            value: None,
            message: format!(
                "`baseline` must be the CloudFormation template deployed now ({reason}); fetch it with `aws \
                 cloudformation get-template --stack-name NAME --query TemplateBody`, or take the CDK's \
                 `cdk.out/NAME.template.json`"
            ),
            related: Vec::new(),
            reads: Vec::new(),
            target: Target::Value,
            rule: "change.baseline",
            severity: Severity::Error,
        }],
    }
}
