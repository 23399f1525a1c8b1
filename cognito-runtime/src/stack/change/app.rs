//! The comparison on an [`App`]: each stack against the template it is deployed with, the
//! references between stacks included.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ChangeReport;
use super::stack::compare_text;
use crate::core::error::{Severity, Target, Violation};
use crate::stack::app::App;
use crate::stack::app::report::{AppError, Diagnostic};

impl App {
    /// Synthesizes the app and compares each stack named in `baselines` (`(stack name, the
    /// text of the template it is deployed with)`) with its template, as
    /// [`Stack::check_update_text`](crate::Stack::check_update_text) does for one stack. An
    /// export that a deployed stack imports cannot be removed: CloudFormation refuses it
    /// ("Export … cannot be deleted as it is in use by …"). What a stack imports is read
    /// from its baseline; a stack given none is taken to be deployed as it is now.
    ///
    /// ```
    /// use cognito_runtime::{App, Output, Stack, UserPool, UserPoolClient};
    ///
    /// // `Api` has a client of `Auth`'s pool (`Auth` exports the pool's id, `Api` imports it).
    /// let app = |client_in_api: bool| {
    ///     let mut auth = Stack::new("Auth");
    ///     let pool = auth.add("pool", UserPool::default());
    ///     let mut api = Stack::new("Api");
    ///     api.add("own", UserPool::default());
    ///     if client_in_api {
    ///         api.add("web", UserPoolClient { user_pool: Some("pool".into()), ..Default::default() });
    ///     }
    ///     let mut app = App::new();
    ///     app.add_stack(auth);
    ///     app.add_stack(api);
    ///     app
    /// };
    /// let deployed = app(true).synth()?;
    /// let text = |name| deployed.stack(name).map(|s| s.template_text.clone()).unwrap_or_default();
    /// let (auth, api) = (text("Auth"), text("Api"));
    /// assert!(app(true).check_update(&[("Auth", &auth), ("Api", &api)])?.iter().all(|(_, r)| r.changes.is_empty()));
    /// // Without the client, `Auth` no longer exports its pool's id, which `Api` imports as deployed.
    /// let reports = app(false).check_update(&[("Auth", &auth), ("Api", &api)])?;
    /// let (_, export) = reports[0].1.refused().next().unwrap();
    /// assert_eq!(export.rule, "change.export");
    /// # Ok::<(), cognito_runtime::AppError>(())
    /// ```
    pub fn check_update(&self, baselines: &[(&str, &str)]) -> Result<Vec<(String, ChangeReport)>, AppError> {
        if let Some(unknown) =
            baselines.iter().find(|(name, _)| !self.stacks().iter().any(|s| s.name() == *name))
        {
            return Err(AppError { findings: vec![no_such_stack(self, unknown.0)] });
        }
        let assembly = self.synth()?;
        let given: BTreeMap<&str, &str> = baselines.iter().copied().collect();
        let mut imported = BTreeMap::new();
        for synthesized in &assembly.stacks {
            match given.get(synthesized.name.as_str()) {
                Some(text) => imports_of_text(text, &synthesized.name, &mut imported),
                None => imports(&synthesized.template.to_serde(), &synthesized.name, &mut imported),
            }
        }
        let mut out = Vec::with_capacity(baselines.len());
        let mut findings = Vec::new();
        for (i, stack) in self.stacks().iter().enumerate() {
            let (Some(text), Some(synthesized)) = (given.get(stack.name()), assembly.stack(stack.name()))
            else {
                continue;
            };
            let options = || {
                let mut options = stack.options(&stack.trace());
                let others = imported.iter().filter(|(_, by)| *by != stack.name());
                options.imported_exports = others.map(|(e, by)| (e.clone(), by.clone())).collect();
                options
            };
            match compare_text(text, synthesized.template.clone(), options) {
                Ok(report) => out.push((stack.name().to_owned(), report)),
                Err(e) => {
                    findings.extend(e.violations.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)))
                }
            }
        }
        if findings.is_empty() { Ok(out) } else { Err(AppError { findings }) }
    }
}

/// Cognito: a baseline names a stack of the app.
fn no_such_stack(app: &App, name: &str) -> Diagnostic {
    let names: Vec<String> = app.stacks().iter().map(|s| format!("`{}`", s.name())).collect();
    Diagnostic {
        stack: None,
        stack_name: String::new(),
        severity: Severity::Error,
        violation: Violation {
            node: None,
            item: String::new(),
            path: "baseline".into(),
            value: Some(name.to_owned()),
            message: format!(
                "a baseline is given for stack `{name}`, which the app does not have; its stacks are {}",
                names.join(", ")
            ),
            related: Vec::new(),
            reads: Vec::new(),
            severity: Severity::Error,
            target: Target::Value,
            rule: "change.baseline.stack",
        },
    }
}

/// The exports a template imports (`Fn::ImportValue` of a name), each recorded as imported
/// by `stack`.
fn imports(template: &Value, stack: &str, out: &mut BTreeMap<String, String>) {
    let mut pending = vec![template];
    while let Some(v) = pending.pop() {
        match v {
            Value::Object(o) => {
                for (key, v) in o {
                    if let ("Fn::ImportValue", Value::String(name)) = (key.as_str(), v) {
                        out.insert(name.clone(), stack.to_owned());
                    }
                    pending.push(v);
                }
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
}

/// [`imports`] of a baseline's text, read only when it imports anything (a text that is not
/// JSON imports nothing here: its comparison says what is wrong with it).
fn imports_of_text(text: &str, stack: &str, out: &mut BTreeMap<String, String>) {
    if !text.contains("Fn::ImportValue") {
        return;
    }
    if let Ok(value) = serde_json::from_str::<Value>(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        imports(&value, stack, out);
    }
}
