//! Runs inputs through the whole pipeline and collects the figures: how many inputs, how
//! many expanded and how many reported errors, the panics (with the input, to reproduce),
//! the slowest input, and the time per token by input size.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use proc_macro2::{TokenStream, TokenTree};

use super::rng::Rng;

/// A generator: a name, and how it makes input `i`.
pub type Generator<'a> = (&'static str, Box<dyn Fn(&mut Rng) -> TokenStream + 'a>);

#[derive(Default)]
pub struct Figures {
    pub inputs: usize,
    pub expanded: usize,
    pub errors: usize,
    /// (generator, seed, input index, the input's text)
    pub panics: Vec<(&'static str, u64, u64, String)>,
    pub slowest: (Duration, usize, &'static str),
    /// Per power of two of tokens: inputs and total time.
    pub by_size: Vec<(usize, Duration)>,
    pub total: Duration,
}

thread_local! {
    /// Set while the harness expects panics, so the hook stays quiet on this thread only.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Installs, once, a panic hook that is silent on threads running the harness.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
}

/// The number of tokens of `stream`, groups included, counted without recursion.
pub fn size(stream: &TokenStream) -> usize {
    let mut count = 0;
    let mut pending = vec![stream.clone()];
    while let Some(s) = pending.pop() {
        for tt in s {
            count += 1;
            if let TokenTree::Group(g) = tt {
                pending.push(g.stream());
            }
        }
    }
    count
}

/// Input `i` of a run: the generators taken in turn, each drawing from `Rng::new(seed, i)`.
pub fn generated<'a>(
    count: usize,
    seed: u64,
    generators: &'a [Generator<'a>],
) -> impl Iterator<Item = (&'static str, u64, TokenStream)> + 'a {
    (0..count as u64).map(move |i| {
        let (what, make) = &generators[i as usize % generators.len()];
        (*what, i, make(&mut Rng::new(seed, i)))
    })
}

/// Runs every input (what made it, its index, the tokens) through `expand`.
pub fn run(
    inputs: impl Iterator<Item = (&'static str, u64, TokenStream)>,
    seed: u64,
    expand: fn(TokenStream) -> TokenStream,
) -> Figures {
    quiet_panics();
    let mut f = Figures::default();
    let started = Instant::now();
    for (what, i, input) in inputs {
        let tokens = size(&input);
        let kept = input.clone();
        QUIET.with(|q| q.set(true));
        let start = Instant::now();
        let out = catch_unwind(AssertUnwindSafe(|| expand(input)));
        let took = start.elapsed();
        QUIET.with(|q| q.set(false));
        f.inputs += 1;
        match out {
            Ok(out) if reports_errors(&out) => f.errors += 1,
            Ok(_) => f.expanded += 1,
            Err(_) => f.panics.push((what, seed, i, shorten(&kept))),
        }
        if took > f.slowest.0 {
            f.slowest = (took, tokens, what);
        }
        let bucket = tokens.max(1).ilog2() as usize;
        if f.by_size.len() <= bucket {
            f.by_size.resize(bucket + 1, (0, Duration::ZERO));
        }
        f.by_size[bucket].0 += 1;
        f.by_size[bucket].1 += took;
    }
    f.total = started.elapsed();
    f
}

/// Whether an expansion is the errors and a placeholder (`{ ::core::compile_error! { … } … }`)
/// rather than the stack's builder calls.
fn reports_errors(out: &TokenStream) -> bool {
    let Some(TokenTree::Group(block)) = out.clone().into_iter().next() else { return false };
    block.stream().into_iter().any(|tt| matches!(tt, TokenTree::Ident(i) if i == "compile_error"))
}

/// The input's text, cut short when huge (a 100,000-deep or 1 MB input).
fn shorten(input: &TokenStream) -> String {
    if size(input) > 20_000 {
        return format!("({} tokens)", size(input));
    }
    let text = input.to_string();
    if text.len() > 4000 { format!("{}…", &text[..text.floor_char_boundary(4000)]) } else { text }
}

impl Figures {
    pub fn print(&self, title: &str) {
        println!(
            "{title}: {} inputs in {:.1} s: {} expanded, {} reported errors, {} panics",
            self.inputs,
            self.total.as_secs_f64(),
            self.expanded,
            self.errors,
            self.panics.len()
        );
        println!(
            "  slowest: {:.1} ms, {} tokens ({})",
            self.slowest.0.as_secs_f64() * 1000.0,
            self.slowest.1,
            self.slowest.2
        );
        println!("  {:>16} {:>9} {:>12} {:>14}", "tokens", "inputs", "mean ms", "µs per token");
        for (bucket, (n, total)) in self.by_size.iter().enumerate().filter(|(_, (n, _))| *n > 0) {
            let mean = total.as_secs_f64() * 1000.0 / *n as f64;
            let per_token = mean * 1000.0 / (1usize << bucket) as f64;
            println!(
                "  {:>16} {n:>9} {mean:>12.3} {per_token:>14.3}",
                format!("{}..{}", 1usize << bucket, (1usize << (bucket + 1)) - 1)
            );
        }
        for (what, seed, i, text) in self.panics.iter().take(5) {
            println!("  PANIC in {what}, seed {seed:#x} input {i}:\n{text}");
        }
    }
}
