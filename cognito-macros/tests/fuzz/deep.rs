//! Inputs nested deep: around the nesting limit and far beyond it (a real build of 800
//! levels used to kill rustc), in every kind of group and in places where each lowers
//! differently (a block, a list, an expression, a call, nested `join`s, nested constructs).
//! Built from the inside out, without recursion, so any depth can be made.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

use super::rng::Rng;

/// How one level wraps the levels inside it.
#[derive(Clone, Copy)]
enum Wrap {
    /// `{ a: … }`
    Block,
    /// `[…]`
    List,
    /// `(…)`
    Expr,
    /// `f(…)`
    Call,
    /// `join("", […])`: two levels.
    Join,
    /// `import_value(…)`
    Import,
    /// `construct c { … }`: nested items.
    Construct,
}

const WRAPS: [Wrap; 7] =
    [Wrap::Block, Wrap::List, Wrap::Expr, Wrap::Call, Wrap::Join, Wrap::Import, Wrap::Construct];

fn tokens(text: &str) -> TokenStream {
    TokenStream::from_str(text).expect("fixed text tokenizes")
}

fn group(delimiter: Delimiter, inner: TokenStream) -> TokenTree {
    TokenTree::Group(Group::new(delimiter, inner))
}

fn wrap(w: Wrap, inner: TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    match w {
        Wrap::Block => {
            let mut body = tokens("a:");
            body.extend(inner);
            out.extend([group(Delimiter::Brace, body)]);
        }
        Wrap::List => out.extend([group(Delimiter::Bracket, inner)]),
        Wrap::Expr => out.extend([group(Delimiter::Parenthesis, inner)]),
        Wrap::Call | Wrap::Import => {
            out.extend(tokens(if matches!(w, Wrap::Call) { "f" } else { "import_value" }));
            out.extend([group(Delimiter::Parenthesis, inner)]);
        }
        Wrap::Join => {
            let mut args = tokens("\"\",");
            args.extend([group(Delimiter::Bracket, inner)]);
            out.extend(tokens("join"));
            out.extend([group(Delimiter::Parenthesis, args)]);
        }
        Wrap::Construct => {
            out.extend(tokens("construct c"));
            out.extend([group(Delimiter::Brace, inner)]);
        }
    }
    out
}

/// `levels` wraps of kind `w` (or of random kinds when `mixed`) around a core fit for `w`,
/// in a context that lowers it.
pub fn nested_to(rng: &mut Rng, levels: usize) -> TokenStream {
    let w = *rng.pick(&WRAPS);
    let mixed = rng.one_in(3);
    let cores: [&str; 5] = ["\"x\"", "1", "x", "(x)", "{}"];
    let (mut inner, context): (TokenStream, &str) = match w {
        Wrap::Construct => (tokens("user_pool p {}"), ""),
        _ => (tokens(cores[rng.below(cores.len())]), *rng.pick(&["output", "pool", "list"])),
    };
    for _ in 0..levels {
        let kind = if mixed && !matches!(w, Wrap::Construct) { *rng.pick(&WRAPS[..6]) } else { w };
        inner = wrap(kind, inner);
    }
    let mut out = TokenStream::new();
    match context {
        "output" => {
            out.extend(tokens("user_pool p {} output o"));
            let mut body = tokens("value:");
            body.extend(inner);
            out.extend([group(Delimiter::Brace, body)]);
        }
        "pool" => {
            out.extend(tokens("user_pool p"));
            let mut body = tokens("user_verification:");
            body.extend(inner);
            out.extend([group(Delimiter::Brace, body)]);
        }
        "list" => {
            out.extend(tokens("user_pool p"));
            let mut client = tokens("o_auth:");
            let mut o_auth = tokens("callback_urls:");
            o_auth.extend([group(Delimiter::Bracket, inner)]);
            client.extend([group(Delimiter::Brace, o_auth)]);
            let mut body = tokens("client c");
            body.extend([group(Delimiter::Brace, client)]);
            out.extend([group(Delimiter::Brace, body)]);
        }
        _ => out.extend(inner),
    }
    out
}

/// A depth drawn around the limit (most), well beyond it, or (one in `huge`) 100,000.
pub fn nested(rng: &mut Rng, huge: usize) -> TokenStream {
    let levels = match rng.below(10) {
        0 if rng.one_in(huge) => 100_000,
        0..=1 => 64 + rng.below(1000),
        _ => rng.below(72),
    };
    nested_to(rng, levels)
}
