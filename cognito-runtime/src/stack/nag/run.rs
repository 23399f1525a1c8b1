//! Running packs on a rendered stack: every rule on every resource, as cdk-nag's
//! `NagPack.visit`, then the acknowledgements.

use super::acknowledge;
use super::finding::{Finding, Findings};
use super::js::Threw;
use super::resource::{self, Resource};
use super::rule::{Outcome, THREW};
use crate::stack::Stack;
use crate::stack::rendered::Rendered;
use crate::stack::settings::Pack;

/// What `packs` find in `rendered` (the render of `stack`), with the acknowledgements applied.
pub(crate) fn findings(stack: &Stack, packs: &[Pack], rendered: &Rendered) -> Findings {
    if packs.is_empty() {
        return Findings::default();
    }
    let resources = resource::resources(stack, rendered);
    let raw = packs.iter().flat_map(|&pack| resources.iter().flat_map(move |r| evaluate(pack, r)));
    acknowledge::apply(stack, packs, raw.collect())
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
