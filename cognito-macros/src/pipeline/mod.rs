//! The pipeline of `cognito!`: parse → lower → check (the runtime's own rules) → generate.

pub mod ast;
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
    let ast = ast::parse(input);
    let private =
        ast.krate.as_ref().map_or_else(|| krate::CratePath::default().private(), krate::CratePath::private);
    let had_syntax_errors = ast.dropped_items;
    let lowered = lower::lower_input(&ast);
    let checked = check::check(lowered, had_syntax_errors);
    let stacks = checked.app.stacks();
    if checked.errors.is_empty() {
        let expansion = generate::generate_block(&checked.app, &checked.lxs, &private);
        let warnings = &checked.warnings;
        if warnings.is_empty() {
            return expansion;
        }
        return quote! {{ #(#warnings)* #expansion }};
    }
    let errors = checked.errors.iter().map(syn::Error::to_compile_error);
    let placeholder = match stacks {
        [stack] => {
            let name = stack.name();
            quote!(#private::Stack::new(#name))
        }
        _ => quote!(#private::App::new()),
    };
    quote! {{
        #(#errors)*
        #placeholder
    }}
}
