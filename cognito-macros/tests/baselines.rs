//! The proof that a CDK stack moves to `cognito!` without replacing anything, through the
//! macro's own pipeline: every `cognito!` block of the parity tests (`tests/dsl_*.rs` and
//! `tests/item_*.rs` of the facade) is expanded again with the CDK's template for its case
//! as the `baseline` — the template as the CDK's `synth()` gives it, and as `cdk synth`
//! writes it (`expected/cli/`:
//! path metadata, the CDK's bookkeeping, the recommended feature flags where they change the
//! template, with `feature_flags: RECOMMENDED`) — and no expansion holds a `compile_error!`,
//! or a warning the block does not have without its baseline.
//!
//! The blocks are read from the parity tests themselves, so a new parity test is covered the
//! day it is written: `let stack = cognito! { … }; assert_parity(&stack, "case");`, a helper
//! `fn name() -> Stack { cognito! { … } }` passed to `assert_parity(&name(), "case")`, and
//! the `parity! { case [functions …] { … } }` table of `dsl_pool.rs`. Every case a parity test
//! names must be covered, or be listed in [`NOT_READ`] with the reason.

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};

/// Cases a parity test names whose `cognito!` block cannot be read as written: the stack is
/// changed after the macro, or built by a function of another shape.
const NOT_READ: &[(&str, &str)] = &[];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn expected(name: &str) -> PathBuf {
    root().join("tests/fixtures/cdk/expected").join(name)
}

/// A block of a parity test: its case and tokens.
struct Case {
    name: String,
    block: TokenStream,
}

/// What the parity tests hold: the blocks read, and every case they name.
#[derive(Default)]
struct Corpus {
    cases: Vec<Case>,
    named: BTreeSet<String>,
    /// Functions whose whole body is one `cognito!` block, by name.
    helpers: BTreeMap<String, TokenStream>,
    /// `assert_parity(&helper(), "case")` calls: (helper, case).
    helper_calls: Vec<(String, String)>,
}

fn tokens(path: &Path) -> Vec<TokenTree> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    TokenStream::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())).into_iter().collect()
}

fn ident(t: Option<&TokenTree>, name: &str) -> bool {
    matches!(t, Some(TokenTree::Ident(i)) if i == name)
}

fn punct(t: Option<&TokenTree>, c: char) -> bool {
    matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

fn group(t: Option<&TokenTree>, d: Delimiter) -> Option<TokenStream> {
    match t {
        Some(TokenTree::Group(g)) if g.delimiter() == d => Some(g.stream()),
        _ => None,
    }
}

/// The value of a string literal token.
fn string(t: Option<&TokenTree>) -> Option<String> {
    let Some(TokenTree::Literal(lit)) = t else { return None };
    let text = lit.to_string();
    Some(text.strip_prefix('"')?.strip_suffix('"')?.to_owned())
}

/// `[functions A, B]` (or `[compact_functions …]`): the Lambda functions `dsl_pool.rs`'s
/// `stack!` declares before the block, as the CDK cases do.
fn functions(spec: TokenStream) -> TokenStream {
    let spec: Vec<TokenTree> = spec.into_iter().collect();
    let code = match spec.first() {
        Some(TokenTree::Ident(i)) if i == "compact_functions" => "exports.handler=async()=>{}",
        _ => "exports.handler = async () => {}",
    };
    let mut out = TokenStream::new();
    for name in spec.iter().skip(1).filter_map(|t| match t {
        TokenTree::Ident(i) => Some(i.clone()),
        _ => None,
    }) {
        let code = Literal::string(code);
        out.extend(TokenStream::from_str(&format!(
            "lambda_function {name} {{ runtime: \"nodejs20.x\", handler: \"index.handler\", code: inline({code}) }}"
        )));
    }
    out
}

/// `stack! { [functions …] dsl }` or `cognito! { dsl }`: the block as `cognito!` sees it.
fn macro_block(name: &str, body: TokenStream) -> TokenStream {
    let body: Vec<TokenTree> = body.into_iter().collect();
    match (name, group(body.first(), Delimiter::Bracket)) {
        ("stack", Some(spec)) => {
            let mut out = functions(spec);
            out.extend(body.into_iter().skip(1));
            out
        }
        _ => body.into_iter().collect(),
    }
}

impl Corpus {
    fn read(&mut self, path: &Path) {
        let tokens = tokens(path);
        self.stream(&tokens, path);
    }

    /// Scans one token stream (and every group in it).
    fn stream(&mut self, t: &[TokenTree], path: &Path) {
        for i in 0..t.len() {
            if let Some(TokenTree::Group(g)) = t.get(i) {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                self.stream(&inner, path);
            }
            // `#[path = "…"] mod name;`: a module in another file.
            if ident(t.get(i), "path")
                && punct(t.get(i + 1), '=')
                && let Some(file) = string(t.get(i + 2))
            {
                let dir = path.parent().unwrap_or(Path::new("."));
                self.read(&dir.join(file));
            }
            // `parity! { … }`
            if ident(t.get(i), "parity")
                && punct(t.get(i + 1), '!')
                && let Some(body) = group(t.get(i + 2), Delimiter::Brace)
            {
                self.parity_table(body);
            }
            // `fn name() -> Stack { cognito! { … } }`
            if ident(t.get(i), "fn")
                && let Some(TokenTree::Ident(name)) = t.get(i + 1)
                && let Some(body) =
                    (i + 2..t.len().min(i + 12)).find_map(|j| group(t.get(j), Delimiter::Brace))
            {
                let body: Vec<TokenTree> = body.into_iter().collect();
                if body.len() == 3
                    && ident(body.first(), "cognito")
                    && punct(body.get(1), '!')
                    && let Some(block) = group(body.get(2), Delimiter::Brace)
                {
                    self.helpers.insert(name.to_string(), block);
                }
            }
            // `let stack = cognito! { … }; assert_parity(&stack, "case");`
            if ident(t.get(i), "let")
                && let Some(TokenTree::Ident(var)) = t.get(i + 1)
                && punct(t.get(i + 2), '=')
                && let Some(TokenTree::Ident(mac)) = t.get(i + 3)
                && (mac == "cognito" || mac == "stack")
                && punct(t.get(i + 4), '!')
                && let Some(body) = group(t.get(i + 5), Delimiter::Brace)
                && punct(t.get(i + 6), ';')
                && ident(t.get(i + 7), "assert_parity")
                && let Some(args) = group(t.get(i + 8), Delimiter::Parenthesis)
            {
                let args: Vec<TokenTree> = args.into_iter().collect();
                if punct(args.first(), '&')
                    && matches!(args.get(1), Some(TokenTree::Ident(v)) if v == var)
                    && let Some(name) = string(args.get(3))
                {
                    self.cases.push(Case { name, block: macro_block(&mac.to_string(), body) });
                }
            }
            // Every case a parity test names, and `assert_parity(&helper(), "case")`.
            if ident(t.get(i), "assert_parity")
                && let Some(args) = group(t.get(i + 1), Delimiter::Parenthesis)
            {
                let args: Vec<TokenTree> = args.into_iter().collect();
                if let Some(name) = args.iter().rev().find_map(|a| string(Some(a))) {
                    self.named.insert(name.clone());
                    let call = args.iter().position(|a| group(Some(a), Delimiter::Parenthesis).is_some());
                    if let Some(TokenTree::Ident(helper)) =
                        call.and_then(|c| c.checked_sub(1)).and_then(|c| args.get(c))
                    {
                        self.helper_calls.push((helper.to_string(), name));
                    }
                }
            }
        }
    }

    /// `case [functions …]? { dsl }` entries, doc comments between them.
    fn parity_table(&mut self, body: TokenStream) {
        let t: Vec<TokenTree> = body.into_iter().collect();
        let mut i = 0;
        while i < t.len() {
            if punct(t.get(i), '#') {
                i += 2;
                continue;
            }
            let Some(TokenTree::Ident(name)) = t.get(i) else { break };
            let spec = group(t.get(i + 1), Delimiter::Bracket);
            let at = if spec.is_some() { i + 2 } else { i + 1 };
            let Some(dsl) = group(t.get(at), Delimiter::Brace) else { break };
            let mut block = spec.map(functions).unwrap_or_default();
            block.extend(dsl);
            self.named.insert(name.to_string());
            self.cases.push(Case { name: name.to_string(), block });
            i = at + 1;
        }
    }

    /// The blocks of the helpers that `assert_parity` is called with.
    fn resolve_helpers(&mut self) {
        for (helper, name) in std::mem::take(&mut self.helper_calls) {
            if let Some(block) = self.helpers.get(&helper) {
                self.cases.push(Case { name, block: block.clone() });
            }
        }
    }
}

fn corpus() -> Corpus {
    let mut corpus = Corpus::default();
    let dir = root().join("tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the facade's tests")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| (n.starts_with("dsl_") || n.starts_with("item_")) && n.ends_with(".rs"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "the parity tests are in {}", dir.display());
    for file in &files {
        corpus.read(file);
    }
    corpus.resolve_helpers();
    corpus
}

/// `block` with `settings` first in its stack: inside its `stack NAME { … }`, or in one
/// written around it (the default stack's name is `Stack`).
fn in_stack(block: &TokenStream, settings: TokenStream) -> TokenStream {
    let t: Vec<TokenTree> = block.clone().into_iter().collect();
    let stack = (0..t.len()).find(|&i| {
        ident(t.get(i), "stack") && matches!(t.get(i + 1), Some(TokenTree::Ident(_) | TokenTree::Literal(_)))
    });
    if let Some(i) = stack
        && let Some(TokenTree::Group(g)) = t.get(i + 2)
        && g.delimiter() == Delimiter::Brace
    {
        let mut inner = settings;
        inner.extend(g.stream());
        let mut out: Vec<TokenTree> = t.clone();
        out[i + 2] = TokenTree::Group(Group::new(Delimiter::Brace, inner));
        return out.into_iter().collect();
    }
    let mut inner = settings;
    inner.extend(block.clone());
    let mut out = TokenStream::new();
    out.extend([
        TokenTree::Ident(Ident::new("stack", Span::call_site())),
        TokenTree::Ident(Ident::new("Stack", Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Brace, inner)),
    ]);
    out
}

/// Whether the block's `stack` names its `baseline`.
fn names_a_baseline(block: &TokenStream) -> bool {
    block.clone().into_iter().any(|t| match t {
        TokenTree::Group(g) => {
            g.stream().into_iter().any(|t| matches!(t, TokenTree::Ident(i) if i == "baseline"))
        }
        _ => false,
    })
}

/// The errors of an expansion (an expansion without error holds no `compile_error`), then its
/// warnings (each a `#[deprecated(note = "…")]`, see the macro's `report::warning`).
fn errors(expansion: &TokenStream) -> Vec<String> {
    let text = expansion.to_string();
    let found = |what: &'static str| {
        let text = &text;
        text.match_indices(what).map(move |(i, _)| text[i..].split(')').next().unwrap_or_default().to_owned())
    };
    found("compile_error").chain(found("deprecated (note")).collect()
}

/// Expands `block` with `baseline` (and the recommended flags when `flagged`); the errors.
fn expand_with(block: &TokenStream, baseline: &Path, flagged: bool) -> Vec<String> {
    let path = baseline.to_str().expect("a UTF-8 path");
    let flags = if flagged { "feature_flags: RECOMMENDED," } else { "" };
    let settings = TokenStream::from_str(&format!("baseline: {path:?}, {flags}")).expect("tokens");
    errors(&pipeline::expand(in_stack(block, settings)))
}

#[test]
fn every_parity_block_has_its_cdk_template_as_its_baseline() {
    let corpus = corpus();
    let read: BTreeSet<&str> = corpus.cases.iter().map(|c| c.name.as_str()).collect();
    let not_read: BTreeSet<&str> = NOT_READ.iter().map(|(n, _)| *n).collect();
    let missing: Vec<&String> = corpus
        .named
        .iter()
        .filter(|n| !read.contains(n.as_str()) && !not_read.contains(n.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "parity cases whose block was not read (read it, or list it in NOT_READ): {missing:?}"
    );
    let stale: Vec<&&str> =
        not_read.iter().filter(|n| read.contains(**n) || !corpus.named.contains(**n)).collect();
    assert!(stale.is_empty(), "NOT_READ lists cases that are read, or that no test names: {stale:?}");

    let (mut blocks, mut expansions, mut fixtures, mut cli) = (0, 0, BTreeSet::new(), 0);
    let mut failures = Vec::new();
    // A block that names its baseline already is compiled for real with it (`dsl_baseline.rs`).
    for case in corpus.cases.iter().filter(|c| !names_a_baseline(&c.block)) {
        // The block as the parity test writes it compiles: the baseline adds nothing to it.
        // Its warnings (best-practice checks it enables) are its own: the baseline adds none.
        let plain = errors(&pipeline::expand(case.block.clone()));
        if plain.iter().any(|e| e.starts_with("compile_error")) {
            failures.push(format!("{}: the block itself does not compile: {plain:?}", case.name));
            continue;
        }
        blocks += 1;
        let template = expected(&format!("{}.json", case.name));
        let found = expand_with(&case.block, &template, false);
        expansions += 1;
        fixtures.insert(case.name.clone());
        if found != plain {
            failures.push(format!("{} against expected/{}.json: {found:?}", case.name, case.name));
        }
        let cli_form = expected(&format!("cli/{}.json", case.name));
        if cli_form.exists() {
            let flagged = expected(&format!("flags/{}.json", case.name)).exists();
            let found = expand_with(&case.block, &cli_form, flagged);
            expansions += 1;
            cli += 1;
            if found != plain {
                failures.push(format!("{} against expected/cli/{}.json: {found:?}", case.name, case.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {expansions} expansions found a change:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!(
        "{blocks} blocks of the parity tests, {} CDK fixtures as baselines ({cli} as `cdk synth` writes them): \
         {expansions} expansions, none found a change",
        fixtures.len()
    );
    assert!(fixtures.len() >= 250 && cli >= 250, "only {} fixtures, {cli} in the CLI's form", fixtures.len());
}

/// The comparison is not blind: the same blocks (those without a run-time value, which can
/// leave what an item emits to run time) against a baseline with one setting changed (a
/// client's `GenerateSecret`) are refused.
#[test]
fn a_changed_baseline_is_refused() {
    let corpus = corpus();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("baselines");
    std::fs::create_dir_all(&dir).expect("the target directory is writable");
    let mut refused = 0;
    for case in corpus.cases.iter().filter(|c| !names_a_baseline(&c.block)) {
        let lowered = pipeline::lower::lower_input(&pipeline::ast::parse(case.block.clone()));
        if lowered.iter().any(|l| !l.lx.deferred.is_empty()) {
            continue;
        }
        let text = std::fs::read_to_string(expected(&format!("{}.json", case.name))).expect("the fixture");
        let mut template: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let Some(clients) = template["Resources"].as_object_mut() else { continue };
        let Some(client) = clients.values_mut().find(|r| r["Type"] == "AWS::Cognito::UserPoolClient") else {
            continue;
        };
        let secret = client["Properties"]["GenerateSecret"] == true;
        client["Properties"]["GenerateSecret"] = serde_json::Value::Bool(!secret);
        let path = dir.join(format!("{}.json", case.name));
        std::fs::write(&path, template.to_string()).expect("written");
        let found = expand_with(&case.block, &path, false);
        assert!(
            found.iter().any(|e| e.contains("`generate_secret`") || e.contains("`GenerateSecret`")),
            "{}: {found:?}",
            case.name
        );
        refused += 1;
    }
    assert!(refused >= 50, "only {refused} blocks with a client");
}
