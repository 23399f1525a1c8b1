//! The pipeline of `cognito!`: parse → lower → check (the runtime's own rules) → generate.

pub mod ast;
pub mod generate;
pub mod krate;
pub mod lower;
pub mod report;

use cognito_runtime::Violation;
use proc_macro2::TokenStream;
use quote::quote;

/// Expands the macro's input into an expression of type `cognito::Stack`, or into the errors
/// and a well-typed placeholder.
pub fn expand(input: TokenStream) -> TokenStream {
    let too_deep = ast::nesting_errors(&input);
    if !too_deep.is_empty() {
        // Nothing was parsed, so not `#![crate = …]` either: the placeholder names `::cognito`.
        return placeholder(&too_deep, "Stack", &krate::CratePath::default().private());
    }
    let ast = ast::parse(input);
    let private =
        ast.krate.as_ref().map_or_else(|| krate::CratePath::default().private(), krate::CratePath::private);
    let had_syntax_errors = ast.dropped_items;
    let lowered = lower::lower_input(&ast);
    let (violations, mut warnings): (Vec<Violation>, Vec<Violation>) =
        lowered.stack.diagnose().into_iter().partition(Violation::is_error);
    let mut errors = lowered.lx.errors.clone();
    errors.extend(report::report(&violations, &lowered.lx, had_syntax_errors));
    if errors.is_empty() {
        let stack = generate::generate(&lowered.stack, &lowered.lx.deferred, &private);
        warnings.retain(|v| report::stale_for_sure(v, &lowered.lx, &lowered.stack));
        let mut warned = lowered.lx.warnings.clone();
        warned.extend(report::report_warnings(&warnings, &lowered.lx));
        if warned.is_empty() {
            return stack;
        }
        return quote! {{ #(#warned)* #stack }};
    }
    placeholder(&errors, lowered.stack.name(), &private)
}

/// The errors, and a well-typed stack in place of the one that failed, so one mistake gives
/// one error and not a cascade of type errors.
fn placeholder(errors: &[syn::Error], name: &str, private: &TokenStream) -> TokenStream {
    let errors = errors.iter().map(syn::Error::to_compile_error);
    quote! {{
        #(#errors)*
        #private::Stack::new(#name)
    }}
}
