//! The comparison on an [`App`]: each stack against the template it is deployed with, the
//! references between stacks included.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ChangeReport;
use super::stack::compare_text;
use crate::core::error::{Error, Severity, Target, Violation};
use crate::core::json::Json;
use crate::stack::app::App;
use crate::stack::app::asset::asset_nodes;
use crate::stack::app::pipeline::{self, Mode};
use crate::stack::app::report::{AppError, Diagnostic};

impl App {
    /// [`App::check`], keeping each stack's template as it would be deployed (exports and the
    /// synthesizer's additions included) wherever it rendered, so that a comparison with the
    /// deployed templates ([`CheckedApp::compare`]) needs no second render.
    ///
    /// ```
    /// use cognito_runtime::{App, Stack, UserPool, UserPoolClient};
    ///
    /// let app = |secret: bool| {
    ///     let mut stack = Stack::new("Stack");
    ///     let pool = stack.add("Pool", UserPool::default());
    ///     stack.add_client(pool, "web", UserPoolClient { generate_secret: Some(secret), ..Default::default() });
    ///     let mut app = App::new();
    ///     app.add_stack(stack);
    ///     app
    /// };
    /// let assembly = app(false).synth().expect("the app synthesizes");
    /// let deployed = &assembly.stack("Stack").expect("its stack").template_text;
    /// let changed = app(true);
    /// let mut checked = changed.check_keeping_templates();
    /// assert!(checked.findings.is_empty());
    /// let report = checked.compare(0, &[Some(deployed)]).expect("a baseline").expect("a template");
    /// assert!(report.is_refused());
    /// assert_eq!(report.changes[0].kind(), "replace");
    /// ```
    pub fn check_keeping_templates(&self) -> CheckedApp<'_> {
        let run = pipeline::run(self, Mode::CheckKeeping);
        CheckedApp { app: self, findings: run.findings, templates: run.kept }
    }

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
        let text_of = |j: usize| self.stacks().get(j).and_then(|s| given.get(s.name()).copied());
        let template_of = |j: usize| {
            let name = self.stacks().get(j)?.name();
            assembly.stack(name).map(|s| s.template.to_serde())
        };
        let mut out = Vec::with_capacity(baselines.len());
        let mut findings = Vec::new();
        for (i, stack) in self.stacks().iter().enumerate() {
            let (Some(text), Some(synthesized)) = (text_of(i), assembly.stack(stack.name())) else {
                continue;
            };
            match compare_in_app(self, i, text, synthesized.template.clone(), &text_of, &template_of) {
                Ok(report) => out.push((stack.name().to_owned(), report)),
                Err(e) => {
                    findings.extend(e.violations.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)))
                }
            }
        }
        if findings.is_empty() { Ok(out) } else { Err(AppError { findings }) }
    }
}

/// An app checked with each stack's template kept ([`App::check_keeping_templates`]): the
/// findings of [`App::check`], and the comparison of each stack with the template it is
/// deployed with, on the template the check rendered (what `cognito!` runs for a block whose
/// stacks name a `baseline`).
pub struct CheckedApp<'a> {
    pub(crate) app: &'a App,
    /// What [`App::check`] finds.
    pub findings: Vec<Diagnostic>,
    /// Each stack's template, where it rendered.
    pub(crate) templates: Vec<Option<Json>>,
}

impl CheckedApp<'_> {
    /// The template of an app of one stack, printed as [`Stack::synth_to_string`] prints that
    /// stack's (`JSON.stringify(t, null, 2)`), when no rule is broken and the stack has no file
    /// asset (whose hash a check does not compute): what `cognito!` embeds in the stack of a
    /// block it knows whole ([`Stack::compiled_template`]). `None` otherwise, and once
    /// [`CheckedApp::compare`] took the template.
    ///
    /// [`Stack::synth_to_string`]: crate::Stack::synth_to_string
    /// [`Stack::compiled_template`]: crate::Stack::compiled_template
    ///
    /// ```
    /// use cognito_runtime::{App, Stack, UserPool};
    ///
    /// let mut stack = Stack::new("Stack");
    /// stack.add("pool", UserPool::default());
    /// let text = App::from(stack.clone()).check_keeping_templates().template_text();
    /// assert_eq!(text, Some(stack.synth_to_string()?));
    /// # Ok::<(), cognito_runtime::Error>(())
    /// ```
    pub fn template_text(&self) -> Option<String> {
        let [stack] = self.app.stacks() else { return None };
        if self.findings.iter().any(Diagnostic::is_error) || asset_nodes(stack).next().is_some() {
            return None;
        }
        self.templates.first()?.as_ref().map(Json::to_pretty_string)
    }

    /// Stack `i`'s template compared with `baselines[i]`, the text of the template it is
    /// deployed with (`baselines[j]`, one per stack, `None` for a stack given none, which is
    /// taken to be deployed as it is now): as [`App::check_update`] compares it, an export
    /// another deployed stack imports included. `None` when stack `i` has no baseline or did
    /// not render (a rule is broken). The comparison takes the stack's template: a second
    /// call for the same stack gives `None`.
    pub fn compare(&mut self, i: usize, baselines: &[Option<&str>]) -> Option<Result<ChangeReport, Error>> {
        let text = baselines.get(i).copied().flatten()?;
        // A stack with a baseline is read from it by the others (`text_of`), never from its
        // template, so taking the template leaves the others' comparisons whole.
        let template = self.templates.get_mut(i)?.take()?;
        let text_of = |j: usize| baselines.get(j).copied().flatten();
        let template_of = |j: usize| self.templates.get(j)?.as_ref().map(Json::to_serde);
        Some(compare_in_app(self.app, i, text, template, &text_of, &template_of))
    }
}

/// Stack `i`'s `template` against its baseline's `text`, as [`compare_text`] does, with the
/// exports the other stacks import as deployed: read from their baselines (`text_of`), or,
/// for a stack given none, from its template now (`template_of`). Those are read only when
/// something differs.
fn compare_in_app<'t>(
    app: &App,
    i: usize,
    text: &str,
    template: Json,
    text_of: &dyn Fn(usize) -> Option<&'t str>,
    template_of: &dyn Fn(usize) -> Option<Value>,
) -> Result<ChangeReport, Error> {
    let Some(stack) = app.stacks().get(i) else { return Ok(ChangeReport::default()) };
    let options = || {
        let mut options = stack.options(&stack.trace());
        let mut imported = BTreeMap::new();
        for (j, other) in app.stacks().iter().enumerate().filter(|(j, _)| *j != i) {
            match text_of(j) {
                Some(text) => imports_of_text(text, other.name(), &mut imported),
                None => {
                    if let Some(template) = template_of(j) {
                        imports(&template, other.name(), &mut imported);
                    }
                }
            }
        }
        options.imported_exports = imported;
        options
    };
    compare_text(text, template, options)
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
