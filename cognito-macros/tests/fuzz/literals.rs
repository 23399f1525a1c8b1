//! Extreme literals in every place that takes a number or a string: the extremes of i64, u64
//! and f64 (and a literal token of `i64::MIN`, which only another macro can make), numbers
//! JSON cannot carry, suffixes, other bases, huge and odd strings (up to 1 MB, control characters,
//! right-to-left marks, combining marks, emoji, "NaN"), and literals of the wrong kind.

use std::str::FromStr;

use proc_macro2::{Group, Literal, TokenStream, TokenTree};

use super::rng::Rng;

/// Items with a `HOLE` where a number goes.
const NUMBER_PLACES: &[&str] = &[
    "user_pool p { group g { precedence: HOLE } }",
    "user_pool p { password_policy: { min_length: HOLE, password_history_size: HOLE } }",
    "user_pool p { password_policy: { temp_password_validity: days(HOLE) } }",
    "user_pool p { custom_attributes: { a: number { min: HOLE, max: HOLE }, b: string { min_len: HOLE } } }",
    "user_pool p { client c { access_token_validity: minutes(HOLE), refresh_token_validity: days(HOLE) } }",
    "user_pool p {} lambda_function f { runtime: \"nodejs20.x\", handler: \"index.handler\", code: inline(\"x\"), memory_size: HOLE, timeout: seconds(HOLE) }",
    "user_pool p {} parameter x { type: \"String\", min_length: HOLE, max_length: HOLE }",
    "user_pool p { device_tracking: { challenge_required_on_new_device: HOLE } }",
];

/// Items with a `HOLE` where a string goes.
const STRING_PLACES: &[&str] = &[
    "user_pool p { user_pool_name: HOLE }",
    "user_pool p { user_verification: { email_body: HOLE, sms_message: HOLE } }",
    "user_pool p { domain d { cognito_domain: { domain_prefix: HOLE } } }",
    "user_pool p { client c { o_auth: { flows: { authorization_code_grant }, callback_urls: [HOLE] } } }",
    "user_pool p { resource_server r { identifier: HOLE, scopes: { read: HOLE } } }",
    "user_pool p { tags: { HOLE: HOLE } }",
    "user_pool p { custom_attributes: { HOLE: string } }",
    "user_pool p {} output o { value: HOLE, description: HOLE }",
    "user_pool p = from_user_pool_id(HOLE);",
    "user_pool p { group g { group_name: HOLE, role: HOLE } }",
];

fn number(rng: &mut Rng) -> TokenTree {
    let text = match rng.below(24) {
        0 => return TokenTree::Literal(Literal::i64_unsuffixed(i64::MIN)),
        1 => return TokenTree::Literal(Literal::f64_unsuffixed(f64::MAX)),
        2 => return TokenTree::Literal(Literal::f64_unsuffixed(f64::MIN_POSITIVE)),
        3 => "9223372036854775807",
        4 => "9223372036854775808",
        5 => "18446744073709551615",
        6 => "340282366920938463463374607431768211456",
        7 => "9007199254740991",
        8 => "9007199254740993",
        9 => "1e308",
        10 => "1e309",
        11 => "5e-324",
        12 => "1e-400",
        13 => "0.0",
        14 => "5u8",
        15 => "1.5f32",
        16 => "0x7fffffffffffffff",
        17 => "0b1111",
        18 => "1_000_000",
        19 => "2.5",
        20 => "- 1",
        21 => "NaN",
        22 => "inf",
        _ => "\"3\"",
    };
    TokenTree::Literal(Literal::from_str(text).unwrap_or_else(|_| Literal::string(text)))
}

fn string(rng: &mut Rng, huge: usize) -> TokenTree {
    let text: String = match rng.below(16) {
        0 => String::new(),
        1 => "a".repeat(huge),
        2 => "\u{202e}evil\u{202c}".to_owned(),
        3 => "e\u{301}\u{301}\u{301}".to_owned(),
        4 => "🦀🏳️‍🌈".to_owned(),
        5 => "nul \u{0} bell \u{7} del \u{7f}".to_owned(),
        6 => "\u{fffe}\u{ffff}\u{10ffff}".to_owned(),
        7 => "NaN".to_owned(),
        8 => "Infinity".to_owned(),
        9 => "{####} {##link##} ${AWS::Region}".to_owned(),
        10 => "\"quoted\" \\ back\\slash".to_owned(),
        11 => "arn:aws:iam::123456789012:role/r".to_owned(),
        12 => "https://example.com/cb#frag".to_owned(),
        13 => "x".repeat(257),
        14 => return TokenTree::Literal(Literal::byte_string(b"bytes")),
        _ => return TokenTree::Literal(Literal::character('c')),
    };
    TokenTree::Literal(Literal::string(&text))
}

/// `template` with every `HOLE` replaced by a new literal from `fill`.
fn fill(template: &str, rng: &mut Rng, fill: &dyn Fn(&mut Rng) -> TokenTree) -> TokenStream {
    let tokens = TokenStream::from_str(template).expect("templates tokenize");
    replace(tokens, rng, fill)
}

fn replace(tokens: TokenStream, rng: &mut Rng, fill: &dyn Fn(&mut Rng) -> TokenTree) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Ident(i) if i == "HOLE" => fill(rng),
            TokenTree::Group(g) => {
                let mut inner = Group::new(g.delimiter(), replace(g.stream(), rng, fill));
                inner.set_span(g.span());
                TokenTree::Group(inner)
            }
            other => other,
        })
        .collect()
}

/// A place that takes a number or a string, given an extreme literal; the huge strings are
/// `huge` bytes long.
pub fn extreme(rng: &mut Rng, huge: usize) -> TokenStream {
    if rng.one_in(2) {
        let template = *rng.pick(NUMBER_PLACES);
        fill(template, rng, &number)
    } else {
        let template = *rng.pick(STRING_PLACES);
        fill(template, rng, &|rng| string(rng, huge))
    }
}
