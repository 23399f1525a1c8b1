//! How expansion time grows with the size of a block: every shape of `tests/fuzz/repeated.rs`
//! at 1,000, 2,000, 4,000 and 8,000 repetitions, and the growth per doubling (2.0 is linear).
//! With `--synth`, the time of `Stack::synth()` on the stack the block lowers to (what the
//! program does at run time), and whether it gives a template.
//! `cargo bench -p cognito-macros --bench growth [SHAPE…] [--once N]`; `--once N` expands each
//! shape named exactly once at size N (to count instructions:
//! `valgrind --tool=callgrind target/release/deps/growth-… --once 2000 tags`).

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;
#[path = "../tests/fuzz/repeated.rs"]
mod repeated;

use std::str::FromStr;
use std::time::Instant;

use proc_macro2::TokenStream;

const SIZES: [usize; 4] = [1000, 2000, 4000, 8000];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let once = args.iter().position(|a| a == "--once").and_then(|i| args.get(i + 1)?.parse::<usize>().ok());
    let only: Vec<&String> =
        args.iter().filter(|a| !a.starts_with('-') && a.parse::<usize>().is_err()).collect();
    let synth = args.iter().any(|a| a == "--synth");
    if let Some(n) = once {
        for (name, shape) in repeated::SHAPES.iter().filter(|(name, _)| only.iter().any(|o| name == o)) {
            let ms = if synth { synth_once(&shape(n)) } else { time_once(&shape(n)) };
            println!("{name} × {n}: {ms:.1} ms");
        }
        return;
    }
    print!("{:<28}", "shape");
    for n in SIZES {
        print!("{:>10}", format!("{n} ms"));
    }
    println!("{:>12}{}", "per ×2", if synth { "  template" } else { "" });
    for (name, shape) in repeated::SHAPES {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        print!("{name:<28}");
        let measure = if synth { time_synth } else { time };
        let times: Vec<(f64, bool)> = SIZES.iter().map(|&n| measure(&shape(n))).collect();
        for (t, _) in &times {
            print!("{t:>10.1}");
        }
        let growth = (times[SIZES.len() - 1].0 / times[0].0).powf(1.0 / (SIZES.len() - 1) as f64);
        let verdict = if !synth {
            ""
        } else if times[0].1 {
            "  yes"
        } else {
            "  no (violations)"
        };
        println!("{growth:>12.2}{verdict}");
    }
}

/// One expansion of `text`, in milliseconds.
fn time_once(text: &str) -> f64 {
    let tokens = TokenStream::from_str(text).expect("the shape tokenizes");
    let start = Instant::now();
    std::hint::black_box(pipeline::expand(tokens));
    start.elapsed().as_secs_f64() * 1000.0
}

/// One `synth()` of the stack `text` lowers to, in milliseconds.
fn synth_once(text: &str) -> f64 {
    let stack = lowered_stack(text);
    let start = Instant::now();
    let _ = std::hint::black_box(stack.synth());
    start.elapsed().as_secs_f64() * 1000.0
}

/// The best of three expansions of `text`, in milliseconds.
fn time(text: &str) -> (f64, bool) {
    let tokens = TokenStream::from_str(text).expect("the shape tokenizes");
    best_of_three(|| {
        std::hint::black_box(pipeline::expand(tokens.clone()));
    })
}

/// The best of three `synth()` of the stack `text` lowers to, in milliseconds, and whether it
/// gave a template.
fn time_synth(text: &str) -> (f64, bool) {
    let stack = lowered_stack(text);
    let (ms, _) = best_of_three(|| {
        let _ = std::hint::black_box(stack.synth());
    });
    (ms, stack.synth().is_ok())
}

/// The stack `text` (a block of one stack) lowers to.
fn lowered_stack(text: &str) -> cognito_runtime::Stack {
    let tokens = TokenStream::from_str(text).expect("the shape tokenizes");
    let lowered = pipeline::lower::lower_input(&pipeline::ast::parse(tokens));
    lowered.into_iter().next().expect("a block lowers to one stack at least").stack
}

fn best_of_three(mut f: impl FnMut()) -> (f64, bool) {
    let best = (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min);
    (best, true)
}
