//! How expansion time grows with the size of a block: every shape of `tests/fuzz/repeated.rs`
//! at 1,000, 2,000, 4,000 and 8,000 repetitions, and the growth per doubling (2.0 is linear).
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
    if let Some(n) = once {
        for (name, shape) in repeated::SHAPES.iter().filter(|(name, _)| only.iter().any(|o| name == o)) {
            println!("{name} × {n}: {:.1} ms", time_once(&shape(n)));
        }
        return;
    }
    print!("{:<28}", "shape");
    for n in SIZES {
        print!("{:>10}", format!("{n} ms"));
    }
    println!("{:>12}", "per ×2");
    for (name, shape) in repeated::SHAPES {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        print!("{name:<28}");
        let times: Vec<f64> = SIZES.iter().map(|&n| time(&shape(n))).collect();
        for t in &times {
            print!("{t:>10.1}");
        }
        let growth = (times[SIZES.len() - 1] / times[0]).powf(1.0 / (SIZES.len() - 1) as f64);
        println!("{growth:>12.2}");
    }
}

/// One expansion of `text`, in milliseconds.
fn time_once(text: &str) -> f64 {
    let tokens = TokenStream::from_str(text).expect("the shape tokenizes");
    let start = Instant::now();
    std::hint::black_box(pipeline::expand(tokens));
    start.elapsed().as_secs_f64() * 1000.0
}

/// The best of three expansions of `text`, in milliseconds.
fn time(text: &str) -> f64 {
    let tokens = TokenStream::from_str(text).expect("the shape tokenizes");
    (0..3)
        .map(|_| {
            let input = tokens.clone();
            let start = Instant::now();
            std::hint::black_box(pipeline::expand(input));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .fold(f64::INFINITY, f64::min)
}
