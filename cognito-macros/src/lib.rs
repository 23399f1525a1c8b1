//! The `cognito!` procedural macro. Use it through the `cognito` crate, which documents the
//! language; this crate holds the pipeline: parse → lower → check → generate.

#![forbid(unsafe_code)]

mod pipeline;

/// Declares Amazon Cognito resources; checked at compile time, expanded to the builders of
/// `cognito::Stack`. See the `cognito` crate for the language.
#[proc_macro]
pub fn cognito(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    pipeline::expand(input.into()).into()
}
