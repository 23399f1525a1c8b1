//! The comparison on a [`Stack`]: what is accepted, and `check_update`.

use serde_json::Value;

use super::{Baseline, ChangeReport, Options, classify_with};
use crate::error::{Error, Target, Violation};
use crate::stack::{NodeId, Stack};

/// Replacements and removals accepted on a stack, for [`Stack::check_update`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    /// Items whose resources may be replaced (or renamed): `accept_replacement: true`.
    pub items: Vec<NodeId>,
    /// Logical ids of the baseline that may be removed: `accept_removal: ["…"]`.
    pub removals: Vec<String>,
}

impl Stack {
    /// Accepts the replacement of the resources of the item at `node`, or their move to a
    /// new logical id (`accept_replacement: true` on the item). The change report still lists
    /// it; what Cognito refuses stays refused.
    pub fn accept_replacement(&mut self, node: NodeId) {
        self.accepted.items.push(node);
    }

    /// Accepts the removal of the baseline's resource `logical_id` (`accept_removal` on the
    /// stack). The change report still lists it.
    pub fn accept_removal(&mut self, logical_id: impl Into<String>) {
        self.accepted.removals.push(logical_id.into());
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
    fn options(&self, trace: &[crate::stack::Traced]) -> Options {
        let mut options = Options::default();
        for (id, node, path) in trace {
            options.origins.insert(id.clone(), (*node, path.clone()));
            if self.accepted.items.contains(node) {
                options.accept_replacement.insert(id.clone());
            }
        }
        for i in 0..self.nodes().len() {
            options.items.insert(self.path(NodeId(i)).join("/"), NodeId(i));
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
        }],
    }
}
