//! The change report: what deploying the stack over its baseline does to each element, and
//! the verdict on it.

use crate::core::error::{Severity, Target, Violation};
use crate::core::node::NodeId;

/// What a deployment does to one element (resource, output, parameter…) of the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Nothing changes.
    Unchanged,
    /// A new element.
    Added,
    /// Updated in place.
    Updated,
    /// An update Cognito refuses: CloudFormation rolls the deployment back.
    Fails,
    /// CloudFormation creates a new resource and then deletes the old one (or, under `Retain`,
    /// leaves it in the account unmanaged: `orphans_old`).
    Replaced {
        /// The old resource's `UpdateReplacePolicy` is `Retain`.
        orphans_old: bool,
    },
    /// The element is gone from the template.
    Removed(Removal),
}

/// What CloudFormation does with a resource the template no longer has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// Deleted.
    Destroyed,
    /// Kept in the account, no longer managed (`DeletionPolicy: Retain`).
    Orphaned,
}

/// How one property (or resource attribute) changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropertyEffect {
    /// Updated in place.
    InPlace,
    /// A create-only property (or the type): the resource is replaced.
    Replaces,
    /// Cognito refuses the update.
    Refused,
}

/// One changed property of a resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PropertyChange {
    /// The CloudFormation path: a property (`GenerateSecret`, `LambdaConfig`), a resource
    /// attribute (`DeletionPolicy`, `DependsOn`) or `Type`.
    pub path: String,
    /// How it changes.
    pub effect: PropertyEffect,
    /// For a create-only property whose value is the same but refers to a resource that is
    /// replaced (so its value changes at deploy time): that resource's logical id.
    pub via: Option<String>,
}

/// The judgement on a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Nothing to say: unchanged, added, or updated in place.
    Allowed,
    /// Listed for the record: a resource without state is replaced or removed.
    Reported,
    /// A replacement or removal accepted on purpose (`accept_replacement`, `accept_removal`).
    Accepted,
    /// Refused: state or identity would be lost, or Cognito refuses the update.
    Refused,
}

/// A judged consequence of a change, with what it is about and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// A stable name: `change.replace`, `change.fails.username_attributes`, …
    pub rule: &'static str,
    /// The CloudFormation property at fault (`GenerateSecret`, `Schema`), if one is.
    pub property: Option<String>,
    /// The setting of the `cognito!` item that produces it (`generate_secret`,
    /// `custom_attributes.tenant`), where one does.
    pub field: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// The reason: names the resource, the change and what is lost, and ends with the fix.
    pub message: String,
}

/// A logical id that disappeared while one of the same type appeared: the same item under a
/// new construct id or scope, as far as the comparison can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// The logical id in the baseline.
    pub from: String,
    /// The logical id in the stack.
    pub to: String,
    /// The construct path in the baseline (from its `aws:cdk:path` metadata), when known.
    pub from_path: Option<String>,
    /// The construct path in the stack, when known.
    pub to_path: Option<String>,
}

/// Which section of the template an element belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// `Resources`.
    Resources,
    /// `Outputs`.
    Outputs,
    /// `Parameters`.
    Parameters,
    /// `Conditions`.
    Conditions,
    /// `Mappings`.
    Mappings,
    /// `Rules`.
    Rules,
}

impl Section {
    /// The section's name in a template.
    pub fn name(self) -> &'static str {
        match self {
            Section::Resources => "Resources",
            Section::Outputs => "Outputs",
            Section::Parameters => "Parameters",
            Section::Conditions => "Conditions",
            Section::Mappings => "Mappings",
            Section::Rules => "Rules",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Section> {
        [
            Section::Resources,
            Section::Outputs,
            Section::Parameters,
            Section::Conditions,
            Section::Mappings,
            Section::Rules,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }
}

/// What deploying the stack does to one element of the template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The section.
    pub section: Section,
    /// The logical id (in the baseline for a removal, in the stack otherwise).
    pub logical_id: String,
    /// The resource type (the stack's; the baseline's for a removal); empty outside `Resources`.
    pub resource_type: String,
    /// The construct path below the stack (`Pool/web/Resource`), when known.
    pub construct_path: Option<String>,
    /// The item of the stack the change is about (for a rename, the item whose construct id
    /// changed), when known.
    pub node: Option<NodeId>,
    /// What happens.
    pub effect: Effect,
    /// The properties that change.
    pub properties: Vec<PropertyChange>,
    /// For a removal or an addition that pairs up as a rename, the pair.
    pub rename: Option<Rename>,
    /// The judged consequences (none for a plain update or addition).
    pub findings: Vec<Finding>,
}

impl Change {
    /// A change of element `id` of `section` (a resource of type `ty`) with nothing known yet
    /// beyond its effect.
    pub(crate) fn new(section: Section, id: &str, ty: &str, effect: Effect) -> Change {
        Change {
            section,
            logical_id: id.to_owned(),
            resource_type: ty.to_owned(),
            construct_path: None,
            node: None,
            effect,
            properties: Vec::new(),
            rename: None,
            findings: Vec::new(),
        }
    }

    /// The strongest verdict of the findings (`Allowed` when there are none).
    pub fn verdict(&self) -> Verdict {
        self.findings.iter().map(|f| f.verdict).max().unwrap_or(Verdict::Allowed)
    }

    /// The word `cdk diff` would use, or ours for what it cannot know: `update`, `replace`,
    /// `destroy`, `orphan`, `add`, `fails`, `none`.
    pub fn kind(&self) -> &'static str {
        match self.effect {
            Effect::Unchanged => "none",
            Effect::Added => "add",
            Effect::Updated => "update",
            Effect::Fails => "fails",
            Effect::Replaced { .. } => "replace",
            Effect::Removed(Removal::Destroyed) => "destroy",
            Effect::Removed(Removal::Orphaned) => "orphan",
        }
    }
}

/// The comparison of a stack with the template deployed now: every element that changes,
/// with its verdict. `Display` prints it as a table, like `cdk diff` with verdicts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeReport {
    /// The elements that change, resources first, each section by logical id.
    pub changes: Vec<Change>,
}

impl ChangeReport {
    /// True when a change is refused.
    pub fn is_refused(&self) -> bool {
        self.refused().next().is_some()
    }

    /// The refused findings, with the change each belongs to.
    pub fn refused(&self) -> impl Iterator<Item = (&Change, &Finding)> {
        self.findings().filter(|(_, f)| f.verdict == Verdict::Refused)
    }

    /// Every finding, with the change it belongs to.
    pub fn findings(&self) -> impl Iterator<Item = (&Change, &Finding)> {
        self.changes.iter().flat_map(|c| c.findings.iter().map(move |f| (c, f)))
    }

    /// The change of the element `logical_id`, if it changes.
    pub fn get(&self, logical_id: &str) -> Option<&Change> {
        self.changes.iter().find(|c| c.logical_id == logical_id)
    }

    /// The refused findings as violations, for the macro to place under the token at fault:
    /// the item (`node`), the setting (`path`, the field of the finding) or, for a rename, the
    /// item's id (`Target::Id`); a violation without a node is about the baseline itself.
    pub fn violations(&self) -> Vec<Violation> {
        self.refused().map(|(change, finding)| violation(change, finding)).collect()
    }

    /// The findings listed for the record (a resource without state replaced or removed) as
    /// warnings, placed as [`ChangeReport::violations`] places refusals: the build goes on,
    /// and says what the deployment will do.
    pub fn warnings(&self) -> Vec<Violation> {
        let reported = self.findings().filter(|(_, f)| f.verdict == Verdict::Reported);
        reported
            .map(|(change, finding)| Violation { severity: Severity::Warning, ..violation(change, finding) })
            .collect()
    }
}

fn violation(change: &Change, finding: &Finding) -> Violation {
    let target = match (&finding.field, change.node) {
        (Some(_), Some(_)) => Target::Value,
        _ => Target::Id,
    };
    Violation {
        node: change.node,
        item: change.construct_path.clone().unwrap_or_else(|| change.logical_id.clone()),
        path: finding.field.clone().unwrap_or_default(),
        value: None,
        message: finding.message.clone(),
        related: Vec::new(),
        reads: Vec::new(),
        target,
        rule: finding.rule,
        severity: Severity::Error,
    }
}
