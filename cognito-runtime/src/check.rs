//! The check pass's context: where we are, and how a rule reports a violation.

use std::fmt::Display;

use crate::error::{Target, Violation};
use crate::items::Item;
use crate::stack::{Index, NodeId, Stack};
use crate::value::{Attr, ItemRef, MAX_VALUE_DEPTH, Value};

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
}

/// Where the check pass is, and where violations go.
pub(crate) struct Check<'a> {
    pub stack: &'a Stack,
    pub index: &'a Index<'a>,
    pub node: Option<NodeId>,
    out: &'a mut Vec<Violation>,
}

impl<'a> Check<'a> {
    pub(crate) fn new(
        stack: &'a Stack,
        index: &'a Index<'a>,
        node: Option<NodeId>,
        out: &'a mut Vec<Violation>,
    ) -> Check<'a> {
        Check { stack, index, node, out }
    }

    /// Records a violation of the current item.
    pub(crate) fn push(&mut self, issue: Issue) {
        self.out.push(Violation {
            node: self.node,
            item: self.node.map(|n| self.stack.path(n).join("/")).unwrap_or_default(),
            path: issue.path,
            value: issue.value,
            message: issue.message,
            related: issue.related,
            reads: issue.reads,
            target: issue.target,
            rule: issue.rule,
        });
    }

    /// The item a reference at `path` points at, when it exists and is one of `kinds`
    /// (reports the violation otherwise).
    pub(crate) fn resolve(&mut self, path: &str, r: &ItemRef, kinds: &[&str]) -> Option<(NodeId, &'a Item)> {
        let stack = self.stack;
        let Some(node) = self.index.resolve(stack, r) else {
            self.push(
                Issue::new(
                    "reference.unknown",
                    path,
                    format!("`{}` refers to `{r}`, which is not declared in this stack; declare it, or check the spelling", crate::rules::key(path)),
                )
                .value(r),
            );
            return None;
        };
        let item = &stack.nodes()[node.0].item;
        if !kinds.is_empty() && !kinds.contains(&item.kind()) {
            self.push(
                Issue::new(
                    "reference.kind",
                    path,
                    format!(
                        "`{}` must refer to {}, but `{r}` is a `{}`",
                        crate::rules::key(path),
                        expected_kinds(kinds),
                        item.kind()
                    ),
                )
                .value(r),
            );
            return None;
        }
        Some((node, item))
    }

    /// Checks the references inside a string value (`pool.user_pool_id` and the like), in
    /// order, without recursion: a value built at run time may nest without bound.
    pub(crate) fn value(&mut self, path: &str, value: &Value) {
        if value.depth(MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH {
            crate::rules::value_depth(self, path);
            return;
        }
        let mut pending = vec![value];
        while let Some(v) = pending.pop() {
            match v {
                Value::Attr(r, attr) => self.attr(path, r, attr),
                Value::Join(_, parts) => pending.extend(parts.iter().rev()),
                Value::ImportValue(v) => pending.push(v),
                Value::Str(_) | Value::Ref(_) | Value::GetAtt(..) | Value::Sub(_) => {}
            }
        }
    }

    fn attr(&mut self, path: &str, r: &ItemRef, attr: &Attr) {
        let Some(node) = self.index.resolve(self.stack, r) else {
            self.resolve(path, r, &[]);
            return;
        };
        let item = &self.stack.nodes()[node.0].item;
        if let Err(message) = item.check_attr(self, path, node, attr) {
            self.push(Issue::new("reference.attribute", path, message).value(format!("{r}.{}", attr.name())));
        }
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
