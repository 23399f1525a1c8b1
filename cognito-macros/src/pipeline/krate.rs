//! `#![crate = path]` at the start of a block: where the `cognito` crate is, for a crate
//! that depends on it under another name (`my_cognito = { package = "cognito", … }`) or
//! reaches it through a re-export — as serde's `#[serde(crate = "…")]`. The expansion then
//! goes through `path::__private` instead of `::cognito::__private`.
//!
//! A bare name is a crate name, made absolute (`my_cognito` → `::my_cognito`), so no local
//! item of that name can shadow it; a path that starts with `::`, `crate`, `self` or `super`
//! is taken as written.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, Token, bracketed};

/// The path of the `cognito` crate in the expansion.
pub struct CratePath(TokenStream);

impl Default for CratePath {
    fn default() -> CratePath {
        CratePath(quote!(::cognito))
    }
}

impl CratePath {
    /// `PATH::__private`, the module the expansion uses.
    pub fn private(&self) -> TokenStream {
        let path = &self.0;
        quote!(#path::__private)
    }
}

const USAGE: &str = "write the path of the `cognito` crate: `#![crate = my_cognito]`";

/// The block's inner attributes: `#![crate = path]`, at most once; with the errors of the
/// others (each attribute is consumed whole, so the items after it still parse).
pub fn parse(input: ParseStream) -> (Option<CratePath>, Vec<syn::Error>) {
    let (mut found, mut errors) = (None, Vec::new());
    while input.peek(Token![#]) && input.peek2(Token![!]) {
        let hash = input.span();
        match (attribute(input), &found) {
            (Ok(path), None) => found = Some(path),
            (Ok(_), Some(_)) => errors.push(syn::Error::new(hash, "a block takes one `#![crate = path]`")),
            (Err(e), _) => errors.push(e),
        }
    }
    (found, errors)
}

/// `#![crate = path]`.
fn attribute(input: ParseStream) -> syn::Result<CratePath> {
    input.parse::<Token![#]>()?;
    input.parse::<Token![!]>()?;
    let content;
    bracketed!(content in input);
    let path = crate_setting(&content);
    // Whatever is left in the brackets belongs to this error, not to another one.
    content.step(|cursor| {
        let mut rest = *cursor;
        while let Some((_, next)) = rest.token_tree() {
            rest = next;
        }
        Ok(((), rest))
    })?;
    path
}

/// `crate = path`, inside the brackets.
fn crate_setting(content: ParseStream) -> syn::Result<CratePath> {
    let name = Ident::parse_any(content)?;
    if name != "crate" {
        let message =
            format!("unknown attribute `{name}`; the only attribute of a block is `#![crate = path]`");
        return Err(syn::Error::new(name.span(), message));
    }
    if !content.peek(Token![=]) {
        return Err(content.error(format!("expected `=`: {USAGE}")));
    }
    content.parse::<Token![=]>()?;
    let path = parse_path(content)?;
    if !content.is_empty() {
        return Err(content.error(format!("unexpected tokens after the crate path; {USAGE}")));
    }
    Ok(path)
}

/// `::`? segment (`::` segment)*, a bare name made absolute.
fn parse_path(input: ParseStream) -> syn::Result<CratePath> {
    if input.peek(syn::LitStr) {
        return Err(input.error(format!("the crate path is a path, not a string; {USAGE}")));
    }
    let mut tokens = TokenStream::new();
    if input.peek(Token![::]) {
        input.parse::<Token![::]>()?.to_tokens(&mut tokens);
    } else if !(input.peek(Token![crate]) || input.peek(Token![self]) || input.peek(Token![super])) {
        quote!(::).to_tokens(&mut tokens);
    }
    loop {
        if !input.peek(Ident::peek_any) {
            return Err(input.error(format!("expected the name of a crate or module; {USAGE}")));
        }
        Ident::parse_any(input)?.to_tokens(&mut tokens);
        if !input.peek(Token![::]) {
            return Ok(CratePath(tokens));
        }
        input.parse::<Token![::]>()?.to_tokens(&mut tokens);
    }
}
