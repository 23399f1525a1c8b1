//! The comparison on a [`Stack`]: what is accepted, and `check_update`.

use std::collections::HashMap;

use serde_json::Value;

use super::options::Options;
use super::quick::Scan;
use super::{Baseline, ChangeReport, classify_with, quick, reduced};
use crate::core::error::{Error, Severity, Target, Violation};
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::pass::Traced;
use crate::stack::rendered::Rendered;
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

    /// [`Stack::check_update`] with the baseline's text, as read from its file (JSON, or the
    /// whole answer of `aws cloudformation get-template`): a malformed text is the error
    /// `change.baseline`, with its line and column. A stack that matches its baseline, the
    /// common case, is told in one pass over the text, without parsing it into a tree.
    ///
    /// ```
    /// use cognito_runtime::{Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// stack.add("Pool", UserPool::default());
    /// let deployed = stack.synth_to_string()?;
    /// assert!(stack.check_update_text(&deployed)?.changes.is_empty());
    /// let err = stack.check_update_text("{ \"Resources\": ").unwrap_err();
    /// assert_eq!(err.violations[0].rule, "change.baseline");
    /// # Ok::<(), cognito_runtime::Error>(())
    /// ```
    pub fn check_update_text(&self, baseline: &str) -> Result<ChangeReport, Error> {
        let r = self.run_with(true, None);
        match r.template {
            Some(template) => compare_text(baseline, template, || self.options(&self.trace())),
            None => Err(Error { violations: r.violations.into_iter().filter(Violation::is_error).collect() }),
        }
    }

    /// What [`Stack::diagnose`] finds (errors, then warnings), and the comparison of the
    /// template with `baseline` (its text): the change report of the template as rendered
    /// even when a rule is broken (`None` when nothing could be rendered). What `cognito!`
    /// runs when a stack names its `baseline`: a rule broken only by a placeholder of a value
    /// known at run time does not stop the comparison; the macro sets aside what reads such
    /// a value.
    pub fn check_and_compare(&self, baseline: &str) -> (Vec<Violation>, Option<Result<ChangeReport, Error>>) {
        // The common case in one render, without the construct paths that only a change needs.
        let r = self.run_with(true, None);
        let mut diagnosis = r.violations;
        diagnosis.sort_by_key(|v| v.severity);
        if let Some(template) = r.template {
            return (diagnosis, Some(compare_text(baseline, template, || self.options(&self.trace()))));
        }
        let report = self.rendered().1.map(|r| {
            let Rendered { template, resources, paths, .. } = r;
            compare_text(baseline, template, || self.options(&traced(&resources, &paths)))
        });
        (diagnosis, report)
    }

    /// The trace of the stack's render, rules broken or not: each resource's logical id, item
    /// and construct path (a stack of an app, rendered alone, refers to items it does not
    /// have; its own resources are all there).
    pub(crate) fn trace(&self) -> Vec<Traced> {
        self.rendered().1.map(|r| traced(&r.resources, &r.paths)).unwrap_or_default()
    }

    /// The comparison's options: the accepted changes, and where each resource comes from.
    pub(crate) fn options(&self, trace: &[Traced]) -> Options {
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

/// Each resource of a render with its item and construct path.
fn traced(resources: &[(String, NodeId)], paths: &HashMap<String, String>) -> Vec<Traced> {
    resources.iter().map(|(id, node)| (id.clone(), *node, paths.get(id).cloned())).collect()
}

/// `template` against the baseline's text, under the `options` made when something differs:
/// in one pass when they match, else on the elements that differ, else (a text the pass
/// leaves) on the whole baseline.
pub(crate) fn compare_text(
    baseline: &str,
    template: Json,
    options: impl FnOnce() -> Options,
) -> Result<ChangeReport, Error> {
    let reduced = match quick::scan(baseline, &template) {
        Scan::Unchanged => return Ok(ChangeReport::default()),
        Scan::Differs(found) => reduced::templates(&found, &template),
        Scan::Unread => None,
    };
    if let Some((old, new)) = reduced {
        return Ok(classify_with(&old, &new, &options()));
    }
    let baseline = Baseline::parse(baseline).map_err(baseline_error)?;
    Ok(classify_with(baseline.template(), &template.into_serde(), &options()))
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
