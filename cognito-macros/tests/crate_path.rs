//! `#![crate = path]`: the expansion goes through that path's `__private`, and never names
//! `::cognito` (the renamed-dependency crate compiles it for real).

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::str::FromStr;

use proc_macro2::TokenStream;

fn expand(input: &str) -> String {
    pipeline::expand(TokenStream::from_str(input).unwrap()).to_string()
}

#[test]
fn a_crate_name_becomes_the_absolute_path_of_the_expansion() {
    let out = expand("#![crate = my_cognito] user_pool pool { user_pool_name: \"p\" }");
    assert!(out.contains("use :: my_cognito :: __private as __cognito"), "{out}");
    assert!(!out.contains(":: cognito ::"), "{out}");
}

#[test]
fn a_path_from_the_crate_root_is_taken_as_written() {
    let out = expand("#![crate = crate::vendored::cognito] user_pool pool {}");
    assert!(out.contains("use crate :: vendored :: cognito :: __private as __cognito"), "{out}");
}

#[test]
fn the_placeholder_of_a_block_with_errors_uses_the_path_too() {
    let out = expand("#![crate = my_cognito] user_pool pool { mfa: NOPE }");
    assert!(out.contains("compile_error"), "{out}");
    assert!(out.contains(":: my_cognito :: __private :: Stack :: new"), "{out}");
    assert!(!out.contains(":: cognito ::"), "{out}");
}

#[test]
fn without_the_attribute_the_expansion_uses_cognito() {
    let out = expand("user_pool pool {}");
    assert!(out.contains("use :: cognito :: __private as __cognito"), "{out}");
}

#[test]
fn malformed_attributes_are_errors_and_the_items_still_parse() {
    for (input, message) in [
        ("#![crate = \"my_cognito\"] user_pool pool {}", "the crate path is a path, not a string"),
        ("#![krate = my_cognito] user_pool pool {}", "unknown attribute `krate`"),
        ("#![crate my_cognito] user_pool pool {}", "expected `=`"),
        ("#![crate = my_cognito::] user_pool pool {}", "expected the name of a crate or module"),
        ("#![crate = a b] user_pool pool {}", "unexpected tokens after the crate path"),
        ("#![crate = a] #![crate = b] user_pool pool {}", "a block takes one `#![crate = path]`"),
    ] {
        let out = expand(input);
        assert!(out.contains(message), "{input}: {out}");
        assert_eq!(out.matches("compile_error").count(), 1, "{input}: one error, not a cascade: {out}");
    }
}
