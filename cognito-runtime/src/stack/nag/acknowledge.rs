//! Acknowledgements as cdk-nag 3.0.2 reads them: `Validations.of(construct).acknowledge({ id,
//! reason })` records `id` (normalised by aws-cdk-lib) on the construct, and a finding is
//! silenced when its id equals one recorded on its resource or any construct above it.

use super::finding::{Finding, Findings};
use crate::context::check::{Check, Issue};
use crate::core::error::{Severity, Target, Violation};
use crate::stack::Stack;
use crate::stack::settings::{Acknowledgement, Pack};
use crate::stack::view::View;

/// The rules every acknowledgement follows, whether or not a pack runs (part of
/// [`Stack::check`]).
pub(crate) fn check_acknowledgements(view: &View, out: &mut Vec<Violation>) {
    for ack in view.stack.acknowledgements() {
        let mut cx = Check::new(view, ack.scope, out);
        reason_given(ack, &mut cx);
        id_well_formed(ack, &mut cx);
    }
}

/// The field path of an acknowledgement: `acknowledge.<id>`.
fn path(ack: &Acknowledgement) -> String {
    format!("acknowledge.{}", ack.rule)
}

/// `cognito!` (DSL 3.5): an acknowledgement says why the finding does not apply; the reason
/// is what an audit reads (cdk-nag writes it into the template's `rules_to_suppress`).
fn reason_given(ack: &Acknowledgement, cx: &mut Check) {
    if ack.reason.trim().is_empty() {
        cx.push(
            Issue::new(
                "acknowledge.reason",
                path(ack),
                format!(
                    "the acknowledgement of `{}` needs a reason (got {:?}); say why the finding does not apply, e.g. `\"{}\": \"sign-in goes through a federated provider that enforces MFA\"`",
                    ack.rule, ack.reason, ack.rule
                ),
            )
            .value(format!("{:?}", ack.reason)),
        );
    }
}

/// AWS CDK `Validations.acknowledge` (`parseValidationId`): brackets balance, and `::`
/// separates at most one prefix, outside brackets ("Invalid validation rule ID").
fn id_well_formed(ack: &Acknowledgement, cx: &mut Check) {
    let problem = match parse(&ack.rule) {
        Ok(_) if ack.rule.is_empty() => "is empty".to_owned(),
        Ok(_) => return,
        Err(problem) => problem,
    };
    cx.push(
        Issue::new(
            "acknowledge.id",
            path(ack),
            format!(
                "the rule id {:?} {problem}; acknowledge a finding by the id the pack reports, e.g. `AwsSolutions-COG2` or `AwsSolutions-IAM5[Resource::*]`",
                ack.rule
            ),
        )
        .value(format!("{:?}", ack.rule))
        .target(Target::Key),
    );
}

/// aws-cdk-lib's `parseValidationId`: the prefix before a `::` outside brackets, and the rule.
fn parse(id: &str) -> Result<(Option<&str>, &str), String> {
    let mut separator = None;
    let mut braces = Vec::new();
    let mut chars = id.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ':' if braces.is_empty() && chars.peek().is_some_and(|(_, n)| *n == ':') => {
                if separator.is_some() {
                    return Err(
                        "has `::` twice outside brackets; `::` only separates a prefix from the rule"
                            .to_owned(),
                    );
                }
                separator = Some(i);
                chars.next();
            }
            '(' | '[' | '{' => braces.push(c),
            ')' | ']' | '}' => {
                let open = braces
                    .pop()
                    .ok_or_else(|| format!("closes `{c}` at position {i}, which was never opened"))?;
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    return Err(format!("closes `{open}` with `{c}` at position {i}; expected `{expected}`"));
                }
            }
            _ => {}
        }
    }
    match separator {
        None => Ok((None, id)),
        Some(0) => Err("has nothing before `::`".to_owned()),
        Some(i) => Ok((Some(&id[..i]), &id[i + 2..])),
    }
}

/// The id a finding must have for `rule` to silence it: aws-cdk-lib stores
/// `Annotation::<rule>` (spaces turned into `-`) unless another prefix is given, and cdk-nag
/// strips a leading `annotation::` in any case. `None` for an id the CDK rejects.
fn effective_id(rule: &str) -> Option<String> {
    let (namespace, rule_id) = parse(rule).ok()?;
    let rule_id = rule_id.replace(' ', "-");
    let namespace = namespace.map(|n| n.replace(' ', "-"));
    match namespace.as_deref() {
        None | Some("annotation" | "Construct-Annotations") => Some(rule_id),
        Some(n) if n.eq_ignore_ascii_case("annotation") => Some(rule_id),
        Some(n) => Some(format!("{n}::{rule_id}")),
    }
}

/// An acknowledgement, resolved: the id it silences and the construct path it covers.
struct Scope<'a> {
    ack: &'a Acknowledgement,
    id: Option<String>,
    /// `Stack/myuserpool`; `None` for an item that does not exist.
    path: Option<String>,
}

impl Scope<'_> {
    fn covers(&self, finding: &Finding) -> bool {
        let Some(path) = &self.path else { return false };
        let below = finding.construct_path.strip_prefix(path.as_str());
        below.is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    fn silences(&self, finding: &Finding) -> bool {
        self.id.as_deref() == Some(finding.id().as_str()) && self.covers(finding)
    }
}

/// Splits `raw` into what is reported and what is acknowledged, and finds the
/// acknowledgements that silence nothing.
pub(crate) fn apply(stack: &Stack, packs: &[Pack], raw: Vec<Finding>) -> Findings {
    let scopes: Vec<Scope> = stack
        .acknowledgements()
        .iter()
        .map(|ack| Scope { ack, id: effective_id(&ack.rule), path: scope_path(stack, ack) })
        .collect();
    let mut used = vec![false; scopes.len()];
    let mut findings = Findings::default();
    for finding in raw {
        let mut silenced = false;
        for (i, scope) in scopes.iter().enumerate() {
            if scope.silences(&finding) {
                used[i] = true;
                silenced = true;
            }
        }
        match (silenced, finding.severity) {
            (true, _) => findings.acknowledged.push(finding),
            (false, Severity::Error) => findings.errors.push(finding),
            (false, Severity::Warning) => findings.warnings.push(finding),
        }
    }
    let reported: Vec<&Finding> = findings.errors.iter().chain(&findings.warnings).collect();
    for (scope, _) in scopes.iter().zip(used).filter(|(_, used)| !used) {
        findings.stale.push(stale(stack, packs, scope, &reported));
    }
    findings
}

fn scope_path(stack: &Stack, ack: &Acknowledgement) -> Option<String> {
    match ack.scope {
        None => Some(stack.name().to_owned()),
        Some(node) => stack.node(node).map(|_| format!("{}/{}", stack.name(), stack.path(node).join("/"))),
    }
}

/// cdk-nag keeps an acknowledgement that silences nothing without a word; we warn, so that
/// one outlives neither the finding it was for nor a typo in its id.
fn stale(stack: &Stack, packs: &[Pack], scope: &Scope, reported: &[&Finding]) -> Violation {
    let ack = scope.ack;
    let where_ = match &scope.path {
        Some(path) => format!("at `{path}` or below"),
        None => "on an item that is not in the stack".to_owned(),
    };
    let granular: Vec<String> = reported
        .iter()
        .filter(|f| f.rule == ack.rule && scope.covers(f))
        .map(|f| format!("`{}`", f.id()))
        .collect();
    let hint = if !granular.is_empty() {
        format!("; this rule reports each finding by its own id: acknowledge {}", granular.join(", "))
    } else if !packs.iter().any(|p| p.has_rule(rule_of(&ack.rule))) {
        "; no rule of the checks has this id: check its spelling, or remove the acknowledgement".to_owned()
    } else {
        "; remove the acknowledgement".to_owned()
    };
    let message = format!(
        "the acknowledgement of `{}` silences nothing: no finding has this id {where_}{hint}",
        ack.rule
    );
    Issue::new("acknowledge.stale", path(ack), message)
        .value(format!("{:?}", ack.rule))
        .target(Target::Key)
        .warning()
        .into_violation(ack.scope, ack.scope.map(|n| stack.path(n).join("/")).unwrap_or_default())
}

/// The rule part of a finding id: `AwsSolutions-IAM5` for `AwsSolutions-IAM5[Resource::*]`.
fn rule_of(id: &str) -> &str {
    id.split_once('[').map_or(id, |(rule, _)| rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_normalised_as_aws_cdk_lib_and_cdk_nag_do() {
        assert_eq!(effective_id("AwsSolutions-COG2").as_deref(), Some("AwsSolutions-COG2"));
        assert_eq!(
            effective_id("AwsSolutions-IAM5[Resource::*]").as_deref(),
            Some("AwsSolutions-IAM5[Resource::*]")
        );
        assert_eq!(effective_id("annotation::AwsSolutions-L1").as_deref(), Some("AwsSolutions-L1"));
        assert_eq!(effective_id("ANNOTATION::AwsSolutions-L1").as_deref(), Some("AwsSolutions-L1"));
        assert_eq!(
            effective_id("Construct Annotations::AwsSolutions-L1").as_deref(),
            Some("AwsSolutions-L1")
        );
        assert_eq!(effective_id("Other::AwsSolutions-L1").as_deref(), Some("Other::AwsSolutions-L1"));
        assert_eq!(effective_id("my rule").as_deref(), Some("my-rule"));
        assert_eq!(
            effective_id("AwsSolutions-IAM5[Resource::*"),
            Some("AwsSolutions-IAM5[Resource::*".to_owned())
        );
        assert_eq!(effective_id("a]"), None);
        assert_eq!(effective_id("a::b::c"), None);
        assert_eq!(effective_id("::b"), None);
        assert_eq!(effective_id("a[b)"), None);
    }
}
