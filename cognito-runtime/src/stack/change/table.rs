//! The change report as a table, like `cdk diff`'s, with a verdict and a reason per change.

use std::fmt;

use super::report::{Change, ChangeReport, Effect, PropertyEffect, Section, Verdict};

impl Verdict {
    /// The word the table shows.
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Allowed => "allowed",
            Verdict::Reported => "reported",
            Verdict::Accepted => "accepted",
            Verdict::Refused => "refused",
        }
    }
}

/// `[+]`, `[-]` or `[~]`, as `cdk diff` marks an addition, a removal and a change.
fn marker(c: &Change) -> &'static str {
    match c.effect {
        Effect::Added => "[+]",
        Effect::Removed(_) => "[-]",
        _ => "[~]",
    }
}

/// The element: the resource type and construct path (or logical id), or the section.
fn element(c: &Change) -> String {
    let name = match c.construct_path.as_deref() {
        Some(path) => format!("{} ({})", path.strip_suffix("/Resource").unwrap_or(path), c.logical_id),
        None => c.logical_id.clone(),
    };
    match c.section {
        Section::Resources => format!("{} {} {name}", marker(c), c.resource_type),
        section => format!("{} {} {name}", marker(c), section.name()),
    }
}

/// The reasons: every finding's message, or what changes in place.
fn reasons(c: &Change) -> Vec<String> {
    if !c.findings.is_empty() {
        return c.findings.iter().map(|f| f.message.clone()).collect();
    }
    match (&c.effect, &c.rename) {
        (Effect::Added, Some(rename)) => vec![format!("the new logical id of `{}`", rename.from)],
        (Effect::Updated, _) => {
            let props: Vec<String> = c
                .properties
                .iter()
                .filter(|p| p.effect == PropertyEffect::InPlace)
                .map(|p| format!("`{}`", p.path))
                .collect();
            if props.is_empty() {
                vec!["in place".into()]
            } else {
                vec![format!("in place: {}", props.join(", "))]
            }
        }
        (Effect::Added, None) => vec!["new".into()],
        (Effect::Removed(_), _) => vec!["removed".into()],
        _ => vec![String::new()],
    }
}

/// A line of the table, and the reasons after the first on lines of their own.
struct Row {
    element: String,
    kind: &'static str,
    verdict: &'static str,
    reasons: Vec<String>,
}

impl fmt::Display for ChangeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return writeln!(f, "no change");
        }
        let rows: Vec<Row> = self
            .changes
            .iter()
            .map(|c| Row {
                element: element(c),
                kind: c.kind(),
                verdict: c.verdict().word(),
                reasons: reasons(c),
            })
            .collect();
        let w0 = rows.iter().map(|r| r.element.chars().count()).chain(["resource".len()]).max().unwrap_or(0);
        let (w1, w2) = ("destroy".len(), "reported".len());
        writeln!(f, "{:w0$}  {:w1$}  {:w2$}  reason", "resource", "change", "verdict")?;
        for row in &rows {
            let mut reasons = row.reasons.iter();
            let first = reasons.next().map_or("", String::as_str);
            writeln!(f, "{:w0$}  {:w1$}  {:w2$}  {first}", row.element, row.kind, row.verdict)?;
            for more in reasons {
                writeln!(f, "{:w$}  {more}", "", w = w0 + w1 + w2 + 4)?;
            }
        }
        let refused = self.changes.iter().filter(|c| c.verdict() == Verdict::Refused).count();
        let n = self.changes.len();
        let plural = if n == 1 { "" } else { "s" };
        match refused {
            0 => writeln!(f, "{n} change{plural}, none refused"),
            r => writeln!(f, "{n} change{plural}, {r} refused"),
        }
    }
}
