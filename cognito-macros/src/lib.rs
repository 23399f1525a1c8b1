//! The `cognito!` procedural macro. Use it through the `cognito` crate, which documents the
//! language; this crate holds the pipeline: parse → lower → check → generate.

#![forbid(unsafe_code)]

mod pipeline;

/// (The macro itself: it parses the block, lowers it into the runtime's model, checks it
/// with the runtime's rules, and expands it to the builder calls of a `cognito::Stack`.)
#[proc_macro]
pub fn cognito(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    pipeline::expand(input.into()).into()
}
