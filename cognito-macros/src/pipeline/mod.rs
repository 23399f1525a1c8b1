//! The pipeline of `cognito!`: parse → lower → check (the runtime's own rules) → generate.

pub mod ast;
pub mod change;
pub mod check;
pub mod generate;
pub mod krate;
pub mod lower;
pub mod report;

use proc_macro2::TokenStream;
use quote::quote;

/// Expands the macro's input into an expression of type `cognito::Stack` (or `cognito::App`
/// for a block of several stacks), or into the errors and a well-typed placeholder.
pub fn expand(input: TokenStream) -> TokenStream {
    let too_deep = ast::nesting_errors(&input);
    if !too_deep.is_empty() {
        // Nothing was parsed, so not `#![crate = …]` either: the placeholder names `::cognito`.
        return placeholder(&too_deep, Some("Stack"), &krate::CratePath::default().private());
    }
    let ast = ast::parse(input);
    let private =
        ast.krate.as_ref().map_or_else(|| krate::CratePath::default().private(), krate::CratePath::private);
    let had_syntax_errors = ast.dropped_items;
    let lowered = lower::lower_input(&ast);
    let checked = check::check(lowered, had_syntax_errors);
    let stacks = checked.app.stacks();
    if checked.errors.is_empty() {
        let expansion =
            generate::generate_block(&checked.app, &checked.lxs, checked.compiled.as_deref(), &private);
        let expansion = change::tracked(expansion, &checked.baselines);
        let warnings = &checked.warnings;
        if warnings.is_empty() {
            return expansion;
        }
        return quote! {{ #(#warnings)* #expansion }};
    }
    let single = match stacks {
        [stack] => Some(stack.name()),
        _ => None,
    };
    placeholder(&checked.errors, single, &private)
}

/// The errors, and a well-typed value in place of the one that failed (the stack named
/// `single`, or else an app), so one mistake gives one error and not a cascade of type errors.
fn placeholder(errors: &[syn::Error], single: Option<&str>, private: &TokenStream) -> TokenStream {
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let placeholder = match single {
        Some(name) => quote!(#private::Stack::new(#name)),
        None => quote!(#private::App::new()),
    };
    quote! {{
        #(#errors)*
        #placeholder
    }}
}
