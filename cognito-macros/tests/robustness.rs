//! The macro must return tokens — an expansion or compile errors — for any input, never
//! panic. This feeds the whole pipeline (parse → lower → check → generate) with the corpus
//! (`tests/corpus/*.cog`: the examples of DSL.md and more), every one-token mutation of it
//! (deleted, duplicated, swapped with the next, replaced by another token of the corpus), and
//! random token trees, and counts the inputs.

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

fn corpus() -> Vec<(String, TokenStream)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let tokens = TokenStream::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), tokens)
        })
        .collect()
}

/// Runs the pipeline; fails the test with the input when it panics.
fn expand_ok(input: TokenStream, what: &str) {
    let text = input.to_string();
    if catch_unwind(AssertUnwindSafe(|| pipeline::expand(input))).is_err() {
        panic!("the pipeline panicked on {what}:\n{text}");
    }
}

/// Every token of `stream`, recursively, as (path of group indexes, index) positions.
fn positions(stream: &TokenStream, prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, tt) in stream.clone().into_iter().enumerate() {
        prefix.push(i);
        out.push(prefix.clone());
        if let TokenTree::Group(g) = &tt {
            positions(&g.stream(), prefix, out);
        }
        prefix.pop();
    }
}

#[derive(Clone, Copy)]
enum Mutation {
    Delete,
    Duplicate,
    SwapNext,
    Replace(usize),
}

/// `stream` with the token at `at` mutated.
fn mutate(stream: &TokenStream, at: &[usize], m: Mutation, pool: &[TokenTree]) -> TokenStream {
    let mut tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
    let (&i, rest) = at.split_first().expect("positions are not empty");
    if !rest.is_empty() {
        if let TokenTree::Group(g) = &tokens[i] {
            let mut inner = Group::new(g.delimiter(), mutate(&g.stream(), rest, m, pool));
            inner.set_span(g.span());
            tokens[i] = TokenTree::Group(inner);
        }
        return tokens.into_iter().collect();
    }
    match m {
        Mutation::Delete => {
            tokens.remove(i);
        }
        Mutation::Duplicate => {
            let t = tokens[i].clone();
            tokens.insert(i, t);
        }
        Mutation::SwapNext if i + 1 < tokens.len() => tokens.swap(i, i + 1),
        Mutation::SwapNext => {}
        Mutation::Replace(k) => tokens[i] = pool[k % pool.len()].clone(),
    }
    tokens.into_iter().collect()
}

fn flatten(stream: &TokenStream, out: &mut Vec<TokenTree>) {
    for tt in stream.clone() {
        if let TokenTree::Group(g) = &tt {
            flatten(&g.stream(), out);
        } else {
            out.push(tt);
        }
    }
}

/// A small deterministic generator (xorshift64*), so every run feeds the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random token tree made of the corpus's tokens and groups of every delimiter.
fn random_tree(rng: &mut Rng, pool: &[TokenTree], depth: usize) -> TokenStream {
    let len = rng.below(12);
    (0..len)
        .map(|_| {
            if depth < 4 && rng.below(5) == 0 {
                let delimiter = [Delimiter::Brace, Delimiter::Bracket, Delimiter::Parenthesis][rng.below(3)];
                TokenTree::Group(Group::new(delimiter, random_tree(rng, pool, depth + 1)))
            } else {
                pool[rng.below(pool.len())].clone()
            }
        })
        .collect()
}

#[test]
fn the_pipeline_never_panics() {
    let corpus = corpus();
    let mut pool = Vec::new();
    for (_, tokens) in &corpus {
        flatten(tokens, &mut pool);
    }
    let mut count = 0usize;
    for (name, tokens) in &corpus {
        expand_ok(tokens.clone(), name);
        count += 1;
        let mut at = Vec::new();
        positions(tokens, &mut Vec::new(), &mut at);
        for (n, position) in at.iter().enumerate() {
            for m in [Mutation::Delete, Mutation::Duplicate, Mutation::SwapNext, Mutation::Replace(n * 7919)]
            {
                expand_ok(mutate(tokens, position, m, &pool), name);
                count += 1;
            }
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..5000 {
        expand_ok(random_tree(&mut rng, &pool, 0), "a random token tree");
        count += 1;
    }
    println!("the pipeline handled {count} inputs without panicking");
    assert!(count > 5000, "the corpus should give thousands of inputs, got {count}");
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
