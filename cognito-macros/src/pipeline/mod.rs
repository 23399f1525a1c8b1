//! The pipeline of `cognito!`: parse → lower → check (the runtime's own rules) → generate.

pub mod ast;
pub mod generate;
pub mod lower;
pub mod report;

use proc_macro2::TokenStream;
use quote::quote;

/// Expands the macro's input into an expression of type `cognito::Stack`, or into the errors
/// and a well-typed placeholder.
pub fn expand(input: TokenStream) -> TokenStream {
    let too_deep = ast::nesting_errors(&input);
    if !too_deep.is_empty() {
        return placeholder(&too_deep, "Stack");
    }
    let ast = ast::parse(input);
    let had_syntax_errors = ast.dropped_items;
    let lowered = lower::lower_input(&ast);
    let violations = lowered.stack.check();
    let mut errors = lowered.lx.errors.clone();
    errors.extend(report::report(&violations, &lowered.lx, had_syntax_errors));
    if errors.is_empty() {
        return generate::generate(&lowered.stack, &lowered.lx.deferred);
    }
    placeholder(&errors, lowered.stack.name())
}

/// The errors, and a well-typed stack in place of the one that failed, so one mistake gives
/// one error and not a cascade of type errors.
fn placeholder(errors: &[syn::Error], name: &str) -> TokenStream {
    let errors = errors.iter().map(syn::Error::to_compile_error);
    quote! {{
        #(#errors)*
        ::cognito::__private::Stack::new(#name)
    }}
}
