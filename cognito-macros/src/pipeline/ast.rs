//! The typed syntax tree of `cognito!`. Every node keeps its tokens' spans, so any node can
//! carry an error. Parsing recovers at the next setting or item, so one compile reports every
//! syntax error it can.
//!
//! ```text
//! input    := ('#' '!' '[' 'crate' '=' path ']')? entry*     see `krate.rs`
//! entry    := item | setting
//! item     := KIND id ( block | '=' value block? ';'? )
//! id       := IDENT | STRING | IDENT 'as' STRING
//! setting  := KEY ( ':' value )? ','?          a bare KEY means `KEY: true`
//!           | STRING ':' value ','?            a quoted key, for maps of free names
//! block    := '{' entry* '}'
//! value    := STRING | INT | FLOAT | 'true' | 'false' | '-' number
//!           | '(' rust-expression ')'
//!           | block | '[' (value ','?)* ']'
//!           | path ( '.' IDENT )* args?          enum member, reference (`pool_a.web`: through
//!                                               its parent), attribute (`pool.user_pool_id`)
//!           | path args                          call: days(3), inline("…")
//!           | path block                         variant with settings: with_ses { … }
//! path     := IDENT ('::' IDENT)*
//! args     := '(' ((IDENT ':')? value ','?)* ')'
//! ```

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Lit, LitStr, Token, braced, bracketed, parenthesized, token};

/// The macro's input: items and, inside `stack NAME { … }`, stack settings.
pub struct Input {
    /// `#![crate = path]`, when given.
    pub krate: Option<super::krate::CratePath>,
    pub entries: Vec<Entry>,
    pub errors: Vec<syn::Error>,
    /// An item's header did not parse, so the item is missing: references to it would only
    /// add errors.
    pub dropped_items: bool,
}

/// What the parser found wrong so far.
#[derive(Default)]
struct Sink {
    errors: Vec<syn::Error>,
    dropped_items: bool,
}

/// A setting or a nested item.
pub enum Entry {
    Setting(Setting),
    Item(ItemDecl),
}

/// `key: value` or a bare `key`; or `"key": value`, whose `key` is a placeholder spanning the
/// string and whose `quoted` holds it.
pub struct Setting {
    pub key: Ident,
    pub value: Option<Value>,
    pub quoted: Option<LitStr>,
}

impl Setting {
    /// The key as written: the identifier, or the quoted string's value.
    pub fn name(&self) -> String {
        match &self.quoted {
            Some(s) => s.value(),
            None => self.key.to_string(),
        }
    }
}

/// `KIND ID { … }` or `KIND ID = IMPORT { … }`.
pub struct ItemDecl {
    pub kind: Ident,
    pub id: ItemId,
    pub import: Option<Value>,
    pub block: Option<Block>,
}

/// The id of an item.
pub enum ItemId {
    /// `myuserpool`: construct id and reference name.
    Name(Ident),
    /// `"customer-app-client"`: a construct id nothing refers to.
    Id(LitStr),
    /// `awesome_pool as "awesome-user-pool"`.
    NameAs(Ident, LitStr),
}

impl ItemId {
    pub fn construct_id(&self) -> String {
        match self {
            ItemId::Name(i) => i.unraw().to_string(),
            ItemId::Id(s) | ItemId::NameAs(_, s) => s.value(),
        }
    }

    pub fn name(&self) -> Option<String> {
        match self {
            ItemId::Name(i) | ItemId::NameAs(i, _) => Some(i.unraw().to_string()),
            ItemId::Id(_) => None,
        }
    }

    pub fn span(&self) -> (Span, Span) {
        match self {
            ItemId::Name(i) => (i.span(), i.span()),
            ItemId::Id(s) => (s.span(), s.span()),
            ItemId::NameAs(i, s) => (i.span(), s.span()),
        }
    }
}

/// `{ entries }`.
pub struct Block {
    pub brace: token::Brace,
    pub entries: Vec<Entry>,
}

/// A value and the span of its first and last token.
pub struct Value {
    pub kind: ValueKind,
    pub first: Span,
    pub last: Span,
}

pub enum ValueKind {
    Lit(Lit),
    /// `-1`, `-2.5`.
    Neg(Lit),
    /// `(any Rust expression)`.
    Expr(TokenStream),
    Block(Block),
    List(Vec<Value>),
    /// `REQUIRED`, `Mfa::REQUIRED`, `my_pool`.
    Path(Vec<Ident>),
    /// `pool.user_pool_id`, `domain.sign_in_url(client, redirect_uri: "…")`,
    /// `pool_a.web.user_pool_client_id`: the names before the last `.` (one, or an item's
    /// parents then the item), the last name, its arguments. `pool_a.web` is one too: whether
    /// its last name is an attribute or an item, lowering tells.
    Attr(Vec<Ident>, Ident, Option<Vec<Arg>>),
    /// `days(3)`, `with_cognito("…")`.
    Call(Vec<Ident>, Vec<Arg>),
    /// `with_ses { … }`, `string { min_len: 5 }`.
    Variant(Vec<Ident>, Block),
    /// A value that did not parse (its error is already reported).
    Error,
}

/// A call argument, positional or named.
pub struct Arg {
    pub name: Option<Ident>,
    pub value: Value,
}

impl Value {
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            ValueKind::Lit(Lit::Str(_)) => "a string",
            ValueKind::Lit(Lit::Int(_)) | ValueKind::Neg(Lit::Int(_)) => "an integer",
            ValueKind::Lit(Lit::Float(_)) | ValueKind::Neg(Lit::Float(_)) => "a floating-point number",
            ValueKind::Neg(_) => "a number",
            ValueKind::Lit(Lit::Bool(_)) => "a boolean",
            ValueKind::Lit(_) => "a literal",
            ValueKind::Expr(_) => "an expression",
            ValueKind::Block(_) => "a `{ … }` block",
            ValueKind::List(_) => "a list",
            ValueKind::Path(_) => "a name",
            ValueKind::Attr(..) => "an attribute",
            ValueKind::Call(..) => "a call",
            ValueKind::Variant(..) => "a `name { … }` value",
            ValueKind::Error => "an invalid value",
        }
    }
}

/// How deep `{ }`, `[ ]` and `( )` may nest in a block. Configurations use fewer than ten
/// levels. Parsing, lowering and generation recurse once per level, and rustc runs the macro
/// on a stack that a debug build of it exhausts near 800 levels: 64 keeps a margin of ten, and
/// keeps the templates within the 128 levels that JSON parsers such as serde_json accept.
pub const MAX_NESTING: usize = 64;

/// An error under the opening delimiter of every group that opens a level deeper than
/// [`MAX_NESTING`], found without recursion: the input may be as deep as the compiler allows,
/// and nothing else may walk it before this has said it is not too deep.
pub fn nesting_errors(tokens: &TokenStream) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    let mut open = vec![tokens.clone().into_iter()];
    while let Some(level) = open.last_mut() {
        match level.next() {
            None => {
                open.pop();
            }
            Some(TokenTree::Group(g)) if open.len() <= MAX_NESTING => open.push(g.stream().into_iter()),
            Some(TokenTree::Group(g)) => errors.push(too_deep(&g, open.len())),
            Some(_) => {}
        }
    }
    errors
}

fn too_deep(group: &Group, level: usize) -> syn::Error {
    let what = match group.delimiter() {
        Delimiter::Brace => "`{`",
        Delimiter::Bracket => "`[`",
        Delimiter::Parenthesis => "`(`",
        Delimiter::None => "this group",
    };
    syn::Error::new(
        group.span_open(),
        format!(
            "{what} opens level {level} of nesting, and `cognito!` allows {MAX_NESTING} levels of `{{ }}`, `[ ]` and `( )`; flatten the value"
        ),
    )
}

/// Parses the whole input, recovering from errors.
pub fn parse(tokens: TokenStream) -> Input {
    let mut sink = Sink::default();
    let mut krate = None;
    let parser = |input: ParseStream| -> syn::Result<Vec<Entry>> {
        let (path, errors) = super::krate::parse(input);
        (krate, sink.errors) = (path, errors);
        Ok(parse_entries(input, &mut sink))
    };
    let entries = match parser.parse2(tokens) {
        Ok(entries) => entries,
        Err(e) => {
            sink.errors.push(e);
            Vec::new()
        }
    };
    Input { krate, entries, errors: sink.errors, dropped_items: sink.dropped_items }
}

/// Entries until the end of `input`; on an error, records it and skips to the next `,`.
fn parse_entries(input: ParseStream, errors: &mut Sink) -> Vec<Entry> {
    let mut entries = Vec::new();
    while !input.is_empty() {
        match parse_entry(input, errors) {
            Ok(entry) => entries.push(entry),
            Err(e) => {
                errors.errors.push(e);
                skip_past_comma(input);
            }
        }
    }
    entries
}

fn skip_past_comma(input: ParseStream) {
    while !input.is_empty() {
        if input.peek(Token![,]) {
            let _ = input.parse::<Token![,]>();
            return;
        }
        let _ = input.parse::<proc_macro2::TokenTree>();
    }
}

/// `: value` and the end of the setting, after its key.
fn parse_setting_value(
    key: Ident,
    quoted: Option<LitStr>,
    input: ParseStream,
    errors: &mut Sink,
) -> syn::Result<Entry> {
    let _: Token![:] = input.parse()?;
    let value = match parse_value(input, errors) {
        Ok(v) => v,
        Err(e) => {
            errors.errors.push(e);
            skip_past_comma(input);
            let value = Value { kind: ValueKind::Error, first: Span::call_site(), last: Span::call_site() };
            return Ok(Entry::Setting(Setting { key, value: Some(value), quoted }));
        }
    };
    Ok(setting_end(key, quoted, value, input, errors))
}

fn parse_entry(input: ParseStream, errors: &mut Sink) -> syn::Result<Entry> {
    if input.peek(LitStr) && input.peek2(Token![:]) && !input.peek2(Token![::]) {
        let quoted: LitStr = input.parse()?;
        let key = Ident::new("__quoted_key", quoted.span());
        return parse_setting_value(key, Some(quoted), input, errors);
    }
    let lookahead = input.lookahead1();
    if !lookahead.peek(Ident::peek_any) {
        return Err(lookahead.error());
    }
    let key = input.call(Ident::parse_any)?;
    if input.peek(Token![:]) && !input.peek(Token![::]) {
        return parse_setting_value(key, None, input, errors);
    }
    if input.is_empty() || input.peek(Token![,]) {
        end_of_entry(input)?;
        return Ok(Entry::Setting(Setting { key, value: None, quoted: None }));
    }
    if missing_colon(input) {
        errors.errors.push(syn::Error::new(key.span(), format!("expected `:` after `{key}`")));
        let value = parse_value(input, errors)?;
        return Ok(setting_end(key, None, value, input, errors));
    }
    if input.peek(Ident::peek_any) || input.peek(LitStr) {
        let item = parse_item(key, input, errors);
        if item.is_err() {
            errors.dropped_items = true;
        }
        return item.map(Entry::Item);
    }
    if input.peek(token::Brace) {
        errors.dropped_items = true;
        return Err(syn::Error::new(
            input.span(),
            format!("expected `:` after `{key}`, or an id if `{key}` declares an item: `{key} NAME {{ … }}`"),
        ));
    }
    let lookahead = input.lookahead1();
    lookahead.peek(Token![:]);
    lookahead.peek(Token![,]);
    Err(lookahead.error())
}

/// The end of `key: value`. A missing `,` is reported under the value, but the setting is
/// kept: the next entry starts here.
fn setting_end(
    key: Ident,
    quoted: Option<LitStr>,
    value: Value,
    input: ParseStream,
    errors: &mut Sink,
) -> Entry {
    if end_of_entry(input).is_err() {
        errors.errors.push(syn::Error::new(value.last, "expected `,` after this value"));
    }
    Entry::Setting(Setting { key, value: Some(value), quoted })
}

/// `KEY VALUE` then `,` or the end of the block: a setting written without its `:` (an item
/// is `KIND ID {` or `KIND ID =`; `KEY {` is told apart by its caller).
fn missing_colon(input: ParseStream) -> bool {
    if input.peek(token::Brace) {
        return false;
    }
    let fork = input.fork();
    let mut sink = Sink::default();
    parse_value_no_block(&fork, &mut sink).is_ok()
        && sink.errors.is_empty()
        && (fork.is_empty() || fork.peek(Token![,]))
}

/// After a setting: a `,` or the end of the block.
fn end_of_entry(input: ParseStream) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    let lookahead = input.lookahead1();
    if lookahead.peek(Token![,]) {
        let _: Token![,] = input.parse()?;
        Ok(())
    } else {
        Err(lookahead.error())
    }
}

fn parse_item(kind: Ident, input: ParseStream, errors: &mut Sink) -> syn::Result<ItemDecl> {
    let id = if input.peek(LitStr) {
        ItemId::Id(input.parse()?)
    } else {
        let name = input.call(Ident::parse_any)?;
        if input.peek(Token![as]) {
            let _: Token![as] = input.parse()?;
            ItemId::NameAs(name, input.parse()?)
        } else {
            ItemId::Name(name)
        }
    };
    let mut import = None;
    if input.peek(Token![=]) {
        let _: Token![=] = input.parse()?;
        import = Some(parse_value_no_block(input, errors)?);
    }
    let lookahead = input.lookahead1();
    let block = if lookahead.peek(token::Brace) {
        Some(parse_block(input, errors)?)
    } else if import.is_some() && (lookahead.peek(Token![;]) || input.is_empty()) {
        None
    } else if import.is_none() {
        lookahead.peek(Token![=]);
        return Err(lookahead.error());
    } else {
        return Err(lookahead.error());
    };
    if input.peek(Token![;]) {
        let _: Token![;] = input.parse()?;
    } else if input.peek(Token![,]) {
        let _: Token![,] = input.parse()?;
    }
    Ok(ItemDecl { kind, id, import, block })
}

fn parse_block(input: ParseStream, errors: &mut Sink) -> syn::Result<Block> {
    let content;
    let brace = braced!(content in input);
    let entries = parse_entries(&content, errors);
    Ok(Block { brace, entries })
}

fn parse_value(input: ParseStream, errors: &mut Sink) -> syn::Result<Value> {
    parse_value_inner(input, errors, true)
}

/// A value where a following `{` belongs to the enclosing item (`= from_user_pool_arn(…) {`).
fn parse_value_no_block(input: ParseStream, errors: &mut Sink) -> syn::Result<Value> {
    parse_value_inner(input, errors, false)
}

fn parse_value_inner(input: ParseStream, errors: &mut Sink, variant_block: bool) -> syn::Result<Value> {
    let first = input.span();
    let lookahead = input.lookahead1();
    // `-` first: syn's `Lit` also takes `-1`, as one literal spanning only the `-` on stable.
    let (kind, last) = if lookahead.peek(Token![-]) {
        let _: Token![-] = input.parse()?;
        let lookahead = input.lookahead1();
        if !(lookahead.peek(syn::LitInt) || lookahead.peek(syn::LitFloat)) {
            return Err(lookahead.error());
        }
        let lit: Lit = input.parse()?;
        let span = lit.span();
        (ValueKind::Neg(lit), span)
    } else if lookahead.peek(Lit) {
        let lit: Lit = input.parse()?;
        let span = lit.span();
        (ValueKind::Lit(lit), span)
    } else if lookahead.peek(token::Paren) {
        let content;
        let paren = parenthesized!(content in input);
        let expr: TokenStream = content.parse()?;
        if expr.is_empty() {
            return Err(syn::Error::new(paren.span.join(), "expected a Rust expression inside `( )`"));
        }
        (ValueKind::Expr(expr), paren.span.close())
    } else if lookahead.peek(token::Brace) {
        let block = parse_block(input, errors)?;
        let last = block.brace.span.close();
        (ValueKind::Block(block), last)
    } else if lookahead.peek(token::Bracket) {
        let content;
        let bracket = bracketed!(content in input);
        let mut items = Vec::new();
        while !content.is_empty() {
            match parse_value(&content, errors) {
                Ok(v) => items.push(v),
                Err(e) => {
                    errors.errors.push(e);
                    skip_past_comma(&content);
                    continue;
                }
            }
            if !content.is_empty() {
                let lookahead = content.lookahead1();
                if lookahead.peek(Token![,]) {
                    let _: Token![,] = content.parse()?;
                } else {
                    errors.errors.push(lookahead.error());
                    skip_past_comma(&content);
                }
            }
        }
        (ValueKind::List(items), bracket.span.close())
    } else if lookahead.peek(Ident::peek_any) {
        let mut path = vec![input.call(Ident::parse_any)?];
        while input.peek(Token![::]) {
            let _: Token![::] = input.parse()?;
            path.push(input.call(Ident::parse_any)?);
        }
        let mut last = path.last().map_or(first, Ident::span);
        if input.peek(Token![.]) {
            if path.len() > 1 {
                return Err(syn::Error::new(
                    input.span(),
                    "an item is named by its identifier, not a `::` path: write `item.attribute`",
                ));
            }
            let (path, attr) = dotted(path, input)?;
            last = attr.span();
            let args = if input.peek(token::Paren) {
                let (args, close) = parse_args(input, errors)?;
                last = close;
                Some(args)
            } else {
                None
            };
            (ValueKind::Attr(path, attr, args), last)
        } else if input.peek(token::Paren) {
            let (args, close) = parse_args(input, errors)?;
            (call_or_variant(path, args, first, close), close)
        } else if variant_block && input.peek(token::Brace) {
            let block = parse_block(input, errors)?;
            let last = block.brace.span.close();
            (ValueKind::Variant(path, block), last)
        } else {
            (ValueKind::Path(path), last)
        }
    } else {
        return Err(lookahead.error());
    };
    Ok(Value { kind, first, last })
}

/// `.b.c` after `a`: the names before the last (`[a, b]`) and the last (`c`).
fn dotted(mut chain: Vec<Ident>, input: ParseStream) -> syn::Result<(Vec<Ident>, Ident)> {
    let _: Token![.] = input.parse()?;
    let mut last = input.call(Ident::parse_any)?;
    while input.peek(Token![.]) {
        let _: Token![.] = input.parse()?;
        chain.push(std::mem::replace(&mut last, input.call(Ident::parse_any)?));
    }
    Ok((chain, last))
}

fn parse_args(input: ParseStream, errors: &mut Sink) -> syn::Result<(Vec<Arg>, Span)> {
    let content;
    let paren = parenthesized!(content in input);
    let mut args = Vec::new();
    while !content.is_empty() {
        let name = if content.peek(Ident::peek_any) && content.peek2(Token![:]) && !content.peek2(Token![::])
        {
            let name = content.call(Ident::parse_any)?;
            let _: Token![:] = content.parse()?;
            Some(name)
        } else {
            None
        };
        let value = parse_value(&content, errors)?;
        args.push(Arg { name, value });
        if !content.is_empty() {
            let lookahead = content.lookahead1();
            if lookahead.peek(Token![,]) {
                let _: Token![,] = content.parse()?;
            } else {
                return Err(lookahead.error());
            }
        }
    }
    Ok((args, paren.span.close()))
}

/// `f(key: value, …)` with every argument named is `f { key: value, … }`: a CDK static
/// factory called with its props (`with_ses(from_email: "…")`) means the same as the block.
fn call_or_variant(path: Vec<Ident>, args: Vec<Arg>, open: Span, close: Span) -> ValueKind {
    if args.is_empty() || args.iter().any(|a| a.name.is_none()) {
        return ValueKind::Call(path, args);
    }
    let entries = args
        .into_iter()
        .filter_map(|a| a.name.map(|key| Entry::Setting(Setting { key, value: Some(a.value), quoted: None })))
        .collect();
    let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, TokenStream::new());
    group.set_span(open.join(close).unwrap_or(open));
    ValueKind::Variant(path, Block { brace: token::Brace { span: group.delim_span() }, entries })
}
