//! Generators of inputs for the whole pipeline and of run-time stacks, and the harness that
//! runs them. Deterministic: input `i` of a run comes from `Rng::new(seed, i)`.

pub mod corpus;
pub mod cycles;
pub mod deep;
pub mod harness;
pub mod literals;
pub mod repeated;
pub mod rng;
pub mod runtime;

use std::str::FromStr;

use proc_macro2::TokenStream;

use corpus::Corpus;
use harness::Generator;
use rng::Rng;

/// A block of one of the repeated shapes, of up to `max` repetitions.
fn repeated_items(rng: &mut Rng, max: usize) -> TokenStream {
    let (_, shape) = rng.pick(repeated::SHAPES);
    TokenStream::from_str(&shape(1 + rng.below(max))).expect("the shapes tokenize")
}

/// Every generator; `scale` bounds the sizes (repetitions up to `50 * scale`, one input in
/// `1000 / scale` of the deep ones 100,000 levels deep, huge strings of `100 * scale` KiB).
pub fn generators(corpus: &Corpus, scale: usize) -> Vec<Generator<'_>> {
    vec![
        ("corpus mutations", Box::new(|rng: &mut Rng| corpus::mutated(rng, corpus))),
        ("corpus splices", Box::new(|rng: &mut Rng| corpus::spliced(rng, corpus))),
        ("random token trees", Box::new(|rng: &mut Rng| corpus::random_tree(rng, corpus))),
        ("deep nesting", Box::new(move |rng: &mut Rng| deep::nested(rng, 1000 / scale))),
        ("extreme literals", Box::new(move |rng: &mut Rng| literals::extreme(rng, 100 * 1024 * scale))),
        ("repeated items", Box::new(move |rng: &mut Rng| repeated_items(rng, 50 * scale))),
        ("reference cycles", Box::new(cycles::circular)),
    ]
}
