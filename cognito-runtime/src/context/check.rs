//! The check pass's context: where we are, and how a rule reports a violation.

use std::fmt::Display;

use crate::context::facts::{Facts, Lookup};
use crate::core::error::{Severity, Target, Violation};
use crate::core::json::Json;
use crate::core::nesting::MAX_VALUE_DEPTH;
use crate::core::node::NodeId;
use crate::core::raw::Raw;
use crate::core::table::{Found, Walk, walk};
use crate::core::tree::MAX_DOCUMENT_DEPTH;
use crate::core::value::{Attr, ItemRef, Value};

/// A violation being built by a rule.
#[derive(Clone, Debug)]
pub(crate) struct Issue {
    rule: &'static str,
    path: String,
    message: String,
    value: Option<String>,
    related: Vec<String>,
    reads: Vec<(NodeId, String)>,
    target: Target,
    severity: Severity,
}

impl Issue {
    pub(crate) fn new(rule: &'static str, path: impl Into<String>, message: impl Into<String>) -> Issue {
        Issue {
            rule,
            path: path.into(),
            message: message.into(),
            value: None,
            related: Vec::new(),
            reads: Vec::new(),
            target: Target::Value,
            severity: Severity::Error,
        }
    }

    /// The offending value, as it should be shown.
    pub(crate) fn value(mut self, value: impl Display) -> Issue {
        self.value = Some(value.to_string());
        self
    }

    /// Another field path the rule read (the other side of a conflict).
    pub(crate) fn related(mut self, path: impl Into<String>) -> Issue {
        self.related.push(path.into());
        self
    }

    /// A field path of another item the rule read.
    pub(crate) fn reads(mut self, node: NodeId, path: impl Into<String>) -> Issue {
        self.reads.push((node, path.into()));
        self
    }

    /// What to underline.
    pub(crate) fn target(mut self, target: Target) -> Issue {
        self.target = target;
        self
    }

    /// Makes the issue a warning: reported (a compile warning in `cognito!`), but the stack
    /// still synthesizes.
    pub(crate) fn warning(mut self) -> Issue {
        self.severity = Severity::Warning;
        self
    }

    /// The violation of the item at `node` (`None`: the stack) whose construct path below the
    /// stack is `item`.
    pub(crate) fn into_violation(self, node: Option<NodeId>, item: String) -> Violation {
        Violation {
            node,
            item,
            path: self.path,
            value: self.value,
            message: self.message,
            related: self.related,
            reads: self.reads,
            target: self.target,
            rule: self.rule,
            severity: self.severity,
        }
    }
}

/// What the check pass asks of an item beyond its facts (the stack implements it).
pub(crate) trait CheckFacts: Facts {
    /// Checks that the item at `node` has `attr` (and the references inside it); the error
    /// is the message of `reference.attribute`.
    fn check_attr(&self, cx: &mut Check, path: &str, node: NodeId, attr: &Attr) -> Result<(), String>;
    /// Notes that the setting at `path` of `from` (`None`: the stack) refers to `target`.
    fn note_reference(&self, from: Option<NodeId>, path: &str, target: NodeId);
    /// Where the reference from the setting at `path` of `from` to `attr` of `target`
    /// leads, when that attribute is computed from a value of its item (an imported pool's
    /// id): back to the setting, or through too many such values.
    fn value_link(&self, from: NodeId, path: &str, target: NodeId, attr: &Attr) -> ValueLink;
}

/// Where a reference to an attribute computed from a value of its item leads (see
/// [`CheckFacts::value_link`]).
pub(crate) enum ValueLink {
    Fine,
    /// Back to the setting the reference is in, through these other settings (items and
    /// paths), in declaration order.
    Cycle(Vec<(NodeId, &'static str)>),
    /// Through more than [`MAX_VALUE_DEPTH`] settings.
    TooLong,
}

/// Where the check pass is, and where violations go.
pub(crate) struct Check<'a> {
    /// What a rule may ask of the other items.
    pub facts: &'a dyn Facts,
    /// The same stack, for what only the check pass asks (`check_attr`).
    items: &'a dyn CheckFacts,
    /// The item being checked (`None`: the stack).
    pub node: Option<NodeId>,
    out: &'a mut Vec<Violation>,
}

impl<'a> Check<'a> {
    pub(crate) fn new<F: CheckFacts>(
        items: &'a F,
        node: Option<NodeId>,
        out: &'a mut Vec<Violation>,
    ) -> Check<'a> {
        Check { facts: items, items, node, out }
    }

    /// Records a violation of the current item.
    pub(crate) fn push(&mut self, issue: Issue) {
        let item = self.node.map(|n| self.facts.path(n).join("/")).unwrap_or_default();
        self.out.push(issue.into_violation(self.node, item));
    }

    /// The item a reference at `path` of the current item points at, in the nearest scope
    /// that declares its name, when there is one and it is one of `kinds` (reports the
    /// violation otherwise: unknown, ambiguous, of another kind).
    pub(crate) fn resolve(&mut self, path: &str, r: &ItemRef, kinds: &[&str]) -> Option<NodeId> {
        let node = match self.facts.lookup(self.node, r) {
            Lookup::Found(node) => node,
            Lookup::Unknown => {
                self.push(
                    Issue::new(
                        "reference.unknown",
                        path,
                        format!("`{}` refers to `{r}`, which is not declared in this stack; declare it, or check the spelling", key(path)),
                    )
                    .value(r),
                );
                return None;
            }
            Lookup::Ambiguous(candidates) => {
                self.ambiguous(path, r, &candidates);
                return None;
            }
        };
        self.note_reference(path, node);
        let kind = self.facts.kind(node).unwrap_or_default();
        if !kinds.is_empty() && !kinds.contains(&kind) {
            self.push(
                Issue::new(
                    "reference.kind",
                    path,
                    format!(
                        "`{}` must refer to {}, but `{r}` is a `{kind}`",
                        key(path),
                        expected_kinds(kinds)
                    ),
                )
                .value(r),
            );
            return None;
        }
        Some(node)
    }

    /// Checks the references inside every string value of `props` (found by its table's
    /// walk, so no field can be missed).
    pub(crate) fn values<T: Walk + ?Sized>(&mut self, props: &T) {
        walk(props, |path, found| {
            if let Found::Value(v) = found {
                self.value(path, v);
            }
        });
    }

    /// Checks the references inside a string value (`pool.user_pool_id` and the like), in
    /// order, without recursion: a value built at run time may nest without bound.
    pub(crate) fn value(&mut self, path: &str, value: &Value) {
        if value.depth(MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH {
            value_depth(self, path);
            return;
        }
        for (r, attr) in value.attrs() {
            self.attr(path, r, attr);
        }
    }

    /// Whether the document at `path` nests within [`MAX_DOCUMENT_DEPTH`] (reports it
    /// otherwise): measured without recursion, before anything walks it.
    pub(crate) fn document(&mut self, path: &str, json: &Json) -> bool {
        let within = json.depth(MAX_DOCUMENT_DEPTH) <= MAX_DOCUMENT_DEPTH;
        if !within {
            document_depth(self, path, &format!("`{}`", key(path)));
        }
        within
    }

    /// [`Check::document`] for a free-form value (a `cfn_resource`'s property).
    pub(crate) fn raw(&mut self, path: &str, raw: &Raw) -> bool {
        let within = raw.depth(MAX_DOCUMENT_DEPTH) <= MAX_DOCUMENT_DEPTH;
        if !within {
            document_depth(self, path, &format!("`{}`", key(path)));
        }
        within
    }

    fn attr(&mut self, path: &str, r: &ItemRef, attr: &Attr) {
        let Some(node) = self.lookup(r) else {
            self.resolve(path, r, &[]);
            return;
        };
        self.note_reference(path, node);
        let items = self.items;
        if let Err(message) = items.check_attr(self, path, node, attr) {
            self.push(Issue::new("reference.attribute", path, message).value(format!("{r}.{}", attr.name())));
            return;
        }
        let Some(me) = self.node else { return };
        let written = format!("{r}.{}", attr.name());
        let issue = match items.value_link(me, path, node, attr) {
            ValueLink::Fine => return,
            ValueLink::Cycle(others) => {
                let mut through: Vec<String> = others
                    .iter()
                    .take(5)
                    .map(|&(n, f)| format!("`{}`'s `{f}`", self.facts.reference_path(n)))
                    .collect();
                if others.len() > 5 {
                    through.push(format!("{} more", others.len() - 5));
                }
                let through = match through.split_last() {
                    None => String::new(),
                    Some((last, [])) => format!(", through {last}"),
                    Some((last, rest)) => format!(", through {} and {last}", rest.join(", ")),
                };
                Issue::new(
                    "reference.cycle",
                    path,
                    format!(
                        "`{}` refers to `{written}`, which is computed from this `{}` itself{through}: a value cannot be given in terms of itself; write the value, or a parameter's",
                        key(path),
                        key(path)
                    ),
                )
            }
            ValueLink::TooLong => Issue::new(
                "reference.chain",
                path,
                format!(
                    "`{}` refers to `{written}`, which is computed from the value of another import (or client name), and so on through {MAX_VALUE_DEPTH} values: a value is computed through at most {MAX_VALUE_DEPTH}; refer to one nearer the end of the chain, or write the value",
                    key(path)
                ),
            ),
        };
        self.push(issue.value(written));
    }
}

impl Check<'_> {
    /// The item a reference written in the current item names, when it names one (a rule
    /// that only reads it; [`Check::resolve`] reports a reference that names none).
    pub(crate) fn lookup(&self, r: &ItemRef) -> Option<NodeId> {
        self.facts.lookup(self.node, r).found()
    }

    /// Cognito: a name declared in several scopes, none nearer the reference than the others,
    /// names no item; a path through the pool says which.
    fn ambiguous(&mut self, path: &str, r: &ItemRef, candidates: &[NodeId]) {
        let paths: Vec<String> =
            candidates.iter().map(|c| format!("`{}`", self.facts.reference_path(*c))).collect();
        let first = candidates.first().map(|c| self.facts.reference_path(*c)).unwrap_or_default();
        self.push(
            Issue::new(
                "reference.ambiguous",
                path,
                format!(
                    "`{}` refers to `{r}`, which names several items: {}; write the one you mean through its parent, e.g. `{first}`",
                    key(path),
                    paths.join(", ")
                ),
            )
            .value(r),
        );
    }

    /// Tells the stack that the setting at `path` refers to `target` (in an app's render, a
    /// reference to an item of another stack becomes an import).
    fn note_reference(&self, path: &str, target: NodeId) {
        self.items.note_reference(self.node, path, target);
    }

    /// Reports a construct-id problem of the current item.
    pub(crate) fn id_issue(&mut self, rule: &'static str, message: String) {
        self.push(Issue::new(rule, "", message).target(Target::Id));
    }
}

/// The key the user wrote for a field path: its last segment, or for a list element
/// (`callback_urls.2`) the list's key.
pub(crate) fn key(path: &str) -> &str {
    let mut segments = path.rsplit('.');
    match segments.next() {
        Some(last) if !last.is_empty() && last.chars().all(|c| c.is_ascii_digit()) => {
            segments.next().unwrap_or(last)
        }
        Some(last) => last,
        None => path,
    }
}

fn expected_kinds(kinds: &[&str]) -> String {
    match kinds {
        [] => "an item".to_owned(),
        [one] => format!("a `{one}`"),
        [init @ .., last] => {
            format!("{} or `{last}`", init.iter().map(|k| format!("a `{k}`")).collect::<Vec<_>>().join(", "))
        }
    }
}

/// `cognito!`: CloudFormation functions nest at most [`MAX_VALUE_DEPTH`] deep in a value, so
/// that every template stays within what JSON parsers accept.
pub(crate) fn value_depth(cx: &mut Check, path: &str) {
    let key = if path.is_empty() { "a value of this item".to_owned() } else { format!("`{}`", key(path)) };
    cx.push(Issue::new(
        "value.depth",
        path,
        format!(
            "{key} must nest CloudFormation functions at most {MAX_VALUE_DEPTH} deep, what JSON parsers accept in a template (got a value nested deeper); build it with fewer nested `join`s and `import_value`s"
        ),
    ));
}

/// `cognito!`: arrays and objects nest at most [`MAX_DOCUMENT_DEPTH`] deep in a JSON document
/// of a setting, so that every template stays within what JSON parsers accept.
pub(crate) fn document_depth(cx: &mut Check, path: &str, subject: &str) {
    cx.push(document_depth_issue(path, subject));
}

/// The violation of [`document_depth`], to underline elsewhere than the value.
pub(crate) fn document_depth_issue(path: &str, subject: &str) -> Issue {
    Issue::new(
        "document.depth",
        path,
        format!(
            "{subject} must nest arrays and objects at most {MAX_DOCUMENT_DEPTH} deep (got a document nested deeper): the template holds it 4 levels down, beside CloudFormation values up to 97 levels deep, and JSON parsers such as serde_json refuse a template nested beyond 128 levels; flatten the document"
        ),
    )
}
