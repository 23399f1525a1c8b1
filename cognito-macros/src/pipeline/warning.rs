//! Compile warnings. Stable Rust lets a macro warn only through a lint: the expansion defines
//! an item marked `#[deprecated(note = MESSAGE)]`, named with the span of the token at fault,
//! and uses it once, so rustc prints "use of deprecated unit struct `cognito_warning`:
//! MESSAGE" there; `#![deny(deprecated)]` (or `-D warnings`) makes it an error, as any
//! warning.
//!
//! (The minimal form of the macro's warnings, for the apps' size warning; the shared
//! infrastructure, `report::warning` and `report_warnings`, replaces it when it lands.)

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// A compile warning with `message` under `span`.
pub fn warning(span: Span, message: &str) -> TokenStream {
    let name = Ident::new("cognito_warning", span);
    quote! {{
        #[deprecated(note = #message)]
        #[allow(non_camel_case_types)]
        struct #name;
        let _ = #name;
    }}
}
