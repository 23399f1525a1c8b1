//! Nothing breaks: the macro returns tokens — an expansion or compile errors — for any input,
//! never a panic or a crash, and the runtime checks and synthesizes any stack its builders
//! make. Through the one entry point of the pipeline, `pipeline::expand` (included by path,
//! as any outside fuzzer would), with the generators of `fuzz/`: the corpus and its mutations,
//! deep nesting, extreme literals, repeated items, reference cycles, random run-time stacks.
//!
//! `quick_run` is part of `cargo test`; `long_run` feeds over 1,000,000 inputs:
//! `cargo test --release -p cognito-macros --test robustness -- --ignored --nocapture`
//! (its figures are in BENCHMARKS.md). Both use one seed, so every run feeds the same
//! inputs; `FUZZ_SEED=…` feeds others, and a failure prints the seed that makes it again.

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

mod fuzz;

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

use fuzz::corpus::{Corpus, MUTATIONS, mutate, positions};
use fuzz::harness::{Figures, generated, run};

const SEED: u64 = 0x5EED_C061_2170;

/// The seed of the generators: `SEED`, or another run's (`FUZZ_SEED=0x0D15EA5E20261203` or
/// decimal), to feed other inputs, as reproducible as the default's.
fn seed() -> u64 {
    fuzz::rng::env_number("FUZZ_SEED").unwrap_or(SEED)
}

/// Every one-token mutation of each of `blocks`: deleted, duplicated, swapped with the next,
/// replaced by another token of the corpus; and the blocks themselves.
fn every_mutation<'a>(
    corpus: &'a Corpus,
    blocks: &'a [TokenStream],
) -> impl Iterator<Item = (&'static str, u64, TokenStream)> + 'a {
    blocks
        .iter()
        .flat_map(move |tokens| {
            let mut at = Vec::new();
            positions(tokens, &mut Vec::new(), &mut at);
            let mutations = at.into_iter().enumerate().flat_map(move |(n, position)| {
                MUTATIONS.into_iter().map(move |m| mutate(tokens, &position, m(n * 7919), &corpus.pool))
            });
            std::iter::once(tokens.clone()).chain(mutations)
        })
        .enumerate()
        .map(|(i, t)| ("one-token mutations", i as u64, t))
}

/// The sizes of a run.
struct Plan {
    title: &'static str,
    /// Whole corpus files, or their items alone (smaller inputs, the same tokens).
    whole_files: bool,
    generated: usize,
    /// How large the generators' inputs grow (see `fuzz::generators`).
    scale: usize,
    stacks: usize,
    /// How deep the random stacks' deepest values are.
    deep: usize,
}

/// Runs every one-token mutation of the corpus, then the generators, then the random stacks;
/// prints the figures and fails on any panic or disagreement.
fn campaign(plan: &Plan) -> Figures {
    let corpus = Corpus::load();
    let blocks: Vec<TokenStream> =
        if plan.whole_files { corpus.files.iter().map(|(_, t)| t.clone()).collect() } else { corpus.items() };
    let generators = fuzz::generators(&corpus, plan.scale);
    let seed = seed();
    println!("{}: seed {seed:#x}", plan.title);
    let inputs = every_mutation(&corpus, &blocks).chain(generated(plan.generated, seed, &generators));
    let f = run(inputs, seed, pipeline::expand);
    f.print(plan.title);
    let s = fuzz::runtime::run(plan.stacks, seed, plan.deep);
    println!(
        "random run-time stacks: {} ({} synthesized, {} rejected), {} problems",
        s.stacks,
        s.valid,
        s.rejected,
        s.problems.len()
    );
    assert!(f.panics.is_empty(), "the pipeline panicked on {} inputs (printed above)", f.panics.len());
    assert_eq!(f.inputs, f.expanded + f.errors, "every input expands or reports errors");
    let problems: Vec<_> = s.problems.iter().take(5).collect();
    assert!(problems.is_empty(), "random stacks: {problems:?}");
    f
}

/// About 10,000 inputs: every one-token mutation of every item of the corpus (small inputs,
/// every token), 5,000 from the generators, 500 random stacks.
#[test]
fn quick_run() {
    let plan =
        Plan { title: "quick run", whole_files: false, generated: 5000, scale: 1, stacks: 500, deep: 1000 };
    let f = campaign(&plan);
    assert!(f.inputs > 9000, "the corpus should give thousands of inputs, got {}", f.inputs);
}

/// Over 1,000,000 inputs: every one-token mutation of every corpus file whole, 1,000,000
/// from the generators at ten times the sizes, 100,000 random stacks. Prints the figures.
#[test]
#[ignore = "long: run with --release -- --ignored --nocapture"]
fn long_run() {
    let plan = Plan {
        title: "long run",
        whole_files: true,
        generated: 1_000_000,
        scale: 10,
        stacks: 100_000,
        deep: 10_000,
    };
    campaign(&plan);
}

/// `open` `depth` times around `1`, closed in turn, as the value of a pool's setting.
fn nested(open: &str, close: &str, depth: usize) -> TokenStream {
    let text = format!("user_pool p {{ user_verification: {}1{} }}", open.repeat(depth), close.repeat(depth));
    TokenStream::from_str(&text).expect("balanced")
}

/// The limit is a clear error under the delimiter that crosses it, found without recursion,
/// however deep the input (a real build of 800 levels used to kill rustc).
#[test]
fn nesting_beyond_the_limit_is_an_error_not_a_crash() {
    for (open, close) in [("{ a: ", " }"), ("[", "]"), ("(", ")"), ("f(", ")")] {
        // The pool's block is level 1.
        for depth in [pipeline::ast::MAX_NESTING, pipeline::ast::MAX_NESTING + 1, 800, 100_000] {
            let out = pipeline::expand(nested(open, close, depth - 1)).to_string();
            let too_deep = out.contains("opens level 65 of nesting");
            assert_eq!(
                too_deep,
                depth > pipeline::ast::MAX_NESTING,
                "{open} × {depth}: {}",
                &out[..out.len().min(300)]
            );
        }
    }
}

/// A literal token of `i64::MIN` (another macro can make one) under `-`: an error, not an
/// overflow.
#[test]
fn negated_i64_min_is_an_error() {
    let mut value = TokenStream::from_str("precedence: -").expect("tokens");
    value.extend([TokenTree::Literal(proc_macro2::Literal::i64_unsuffixed(i64::MIN))]);
    let mut group = TokenStream::from_str("group admins").expect("tokens");
    group.extend([TokenTree::Group(Group::new(Delimiter::Brace, value))]);
    let mut input = TokenStream::from_str("user_pool p").expect("tokens");
    input.extend([TokenTree::Group(Group::new(Delimiter::Brace, group))]);
    let out = pipeline::expand(input).to_string();
    assert!(
        out.contains("`precedence` takes an integer from -9007199254740991 to 9007199254740991"),
        "{out}"
    );
}
