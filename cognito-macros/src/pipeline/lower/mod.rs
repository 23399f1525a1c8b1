//! Lowering: the syntax tree into the runtime's own model, with a map from every setting's
//! field path to its spans, and the `(EXPR)` values set aside for generation.
//!
//! Each block's keys are declared once, in one table ([`Block::keys`]), used both to lower
//! and to suggest a key for a typo.

mod client;
mod enums;
mod federation;
mod identity_pool;
mod items;
mod numbers;
mod pool;
mod values;

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream};

use super::ast::{Block as AstBlock, Entry, Setting, Value, ValueKind};
pub use items::lower_input;

/// The spans of one setting: its key, and the first and last token of its value.
#[derive(Clone, Copy)]
pub struct Spans {
    pub key: Span,
    pub value: (Span, Span),
}

/// Where lowering is, and what it has found.
#[derive(Default)]
pub struct Lx {
    pub errors: Vec<syn::Error>,
    /// (node, field path) → spans; the empty path is the item's id.
    pub spans: HashMap<(Option<usize>, String), Spans>,
    /// (node, field path) → the `(EXPR)` written there.
    pub deferred: HashMap<(usize, String), TokenStream>,
    pub node: Option<usize>,
    pub path: String,
    /// Declared reference names, for suggestions.
    pub names: Vec<String>,
    /// (node, field path) of settings that failed to lower: rules about them would only
    /// repeat the error.
    pub poisoned: HashSet<(usize, String)>,
}

impl Lx {
    /// Reports an error spanning `first..=last`.
    pub fn error(&mut self, first: Span, last: Span, message: impl std::fmt::Display) {
        self.errors.push(spanned_error(first, last, message));
        if let Some(node) = self.node {
            self.poisoned.insert((node, self.path.clone()));
        }
    }

    /// Reports that `v` is not the kind of value the key takes.
    pub fn expected(&mut self, v: &Value, what: &str) {
        if matches!(v.kind, ValueKind::Error) {
            return;
        }
        let message = match self.key() {
            Some(key) => format!("`{key}` takes {what}, found {}", v.describe()),
            None => format!("expected {what}, found {}", v.describe()),
        };
        self.error(v.first, v.last, message);
    }

    /// The key being lowered: the last segment of the path, unless that is a list index.
    pub fn key(&self) -> Option<&str> {
        let key = self.path.rsplit('.').next().unwrap_or("");
        (!key.is_empty() && !key.chars().all(|c| c.is_ascii_digit())).then_some(key)
    }

    /// Runs `f` with `segment` appended to the field path.
    pub fn at<R>(&mut self, segment: &str, f: impl FnOnce(&mut Lx) -> R) -> R {
        let saved = self.path.clone();
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(segment);
        let r = f(self);
        self.path = saved;
        r
    }

    /// Records the spans of the setting at the current path.
    pub fn record(&mut self, key: Span, value: (Span, Span)) {
        self.spans.insert((self.node, self.path.clone()), Spans { key, value });
    }

    /// Sets aside `(EXPR)` at the current path.
    pub fn defer(&mut self, expr: &TokenStream) {
        if let Some(node) = self.node {
            self.deferred.insert((node, self.path.clone()), expr.clone());
        }
    }
}

/// An error whose span runs from `first` to `last` (on stable, through the first and last
/// token of a two-token stream).
pub fn spanned_error(first: Span, last: Span, message: impl std::fmt::Display) -> syn::Error {
    let mut tokens = TokenStream::new();
    tokens.extend([proc_macro2::TokenTree::Ident(proc_macro2::Ident::new("a", first))]);
    tokens.extend([proc_macro2::TokenTree::Ident(proc_macro2::Ident::new("b", last))]);
    syn::Error::new_spanned(tokens, message)
}

/// A value of the runtime's model made from a value of the syntax tree.
pub trait Lower: Sized {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Self>;
}

/// Lowers `v`, or sets aside an `(EXPR)` and returns a placeholder in its place.
pub fn field<T: Lower + Default>(v: &Value, lx: &mut Lx) -> Option<T> {
    match &v.kind {
        ValueKind::Expr(e) => {
            lx.defer(e);
            Some(T::default())
        }
        ValueKind::Error => None,
        _ => T::lower(v, lx),
    }
}

/// One key of a block: its name, other spellings, and how it sets its field.
pub struct Key<T> {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub set: fn(&mut T, &Value, &mut Lx),
}

/// A `{ key: value, … }` block that lowers into a struct of the model.
pub trait Block: Default + Sized + 'static {
    /// What the block is, for messages (`user_pool`, `password_policy`).
    const WHAT: &'static str;
    /// Keys that must be given.
    const REQUIRED: &'static [&'static str] = &[];
    fn keys() -> &'static [Key<Self>];
}

impl<T: Block> Lower for T {
    fn lower(v: &Value, lx: &mut Lx) -> Option<T> {
        match &v.kind {
            ValueKind::Block(b) => Some(lower_block(b, lx)),
            _ => {
                lx.expected(v, &format!("a `{{ … }}` block of `{}` settings", T::WHAT));
                None
            }
        }
    }
}

/// Lowers a block's settings (nested items are the caller's business).
pub fn lower_block<T: Block>(block: &AstBlock, lx: &mut Lx) -> T {
    let mut settings = Vec::with_capacity(block.entries.len());
    for entry in &block.entries {
        match entry {
            Entry::Setting(s) => settings.push(s),
            Entry::Item(item) => lx.error(
                item.kind.span(),
                item.id.span().1,
                format!(
                    "`{}` cannot hold a nested `{}` item; write settings as `key: value`",
                    T::WHAT,
                    item.kind
                ),
            ),
        }
    }
    let (t, _) = lower_settings::<T>(settings.into_iter(), block.brace.span.open(), lx);
    t
}

/// Lowers settings with `T`'s key table; returns the value and the keys that were given.
pub fn lower_settings<'a, T: Block>(
    settings: impl Iterator<Item = &'a Setting>,
    missing_span: Span,
    lx: &mut Lx,
) -> (T, HashSet<&'static str>) {
    let mut t = T::default();
    let mut seen: HashMap<&'static str, Span> = HashMap::new();
    for setting in settings {
        if let Some(quoted) = &setting.quoted {
            lx.error(
                quoted.span(),
                quoted.span(),
                format!("`{}` takes its keys as names, without quotes: write `{}`", T::WHAT, quoted.value()),
            );
            continue;
        }
        let written = setting.key.to_string();
        let Some(key) = T::keys().iter().find(|k| k.name == written || k.aliases.contains(&written.as_str()))
        else {
            unknown_key::<T>(setting, lx);
            continue;
        };
        if seen.contains_key(key.name) {
            lx.error(
                setting.key.span(),
                setting.key.span(),
                format!("`{written}` is given twice in `{}`; keep one", T::WHAT),
            );
            continue;
        }
        seen.insert(key.name, setting.key.span());
        let flag;
        let value = match &setting.value {
            Some(v) => v,
            None => {
                flag = Value {
                    kind: ValueKind::Lit(syn::Lit::Bool(syn::LitBool::new(true, setting.key.span()))),
                    first: setting.key.span(),
                    last: setting.key.span(),
                };
                &flag
            }
        };
        lx.at(key.name, |lx| {
            lx.record(setting.key.span(), (value.first, value.last));
            (key.set)(&mut t, value, lx);
        });
    }
    for required in T::REQUIRED {
        if !seen.contains_key(required) {
            lx.at(required, |lx| {
                lx.error(missing_span, missing_span, format!("`{}` needs `{required}`", T::WHAT))
            });
        }
    }
    (t, seen.keys().copied().collect())
}

fn unknown_key<T: Block>(setting: &Setting, lx: &mut Lx) {
    let written = setting.key.to_string();
    let names = T::keys().iter().flat_map(|k| std::iter::once(k.name).chain(k.aliases.iter().copied()));
    let hint = match cognito_runtime::text::did_you_mean(&written, names) {
        Some(s) => format!("; did you mean `{s}`?"),
        None => format!("; `{}` takes: {}", T::WHAT, key_list(T::keys())),
    };
    lx.error(
        setting.key.span(),
        setting.key.span(),
        format!("unknown key `{written}` in `{}`{hint}", T::WHAT),
    );
}

fn key_list<T>(keys: &[Key<T>]) -> String {
    let names: Vec<String> = keys.iter().map(|k| format!("`{}`", k.name)).collect();
    names.join(", ")
}

/// Declares the key table of a block: `"key" | "alias" => field` sets `Some(value)`,
/// `=> field [plain]` sets the value itself, `with function` lowers with that function.
macro_rules! block {
    ($ty:ty, $what:literal $(, required [$($req:literal),*])? {
        $($key:literal $(| $alias:literal)* => $field:ident $([$plain:ident])? $(with $f:expr)?,)*
    }) => {
        impl $crate::pipeline::lower::Block for $ty {
            const WHAT: &'static str = $what;
            $(const REQUIRED: &'static [&'static str] = &[$($req),*];)?
            fn keys() -> &'static [$crate::pipeline::lower::Key<Self>] {
                const KEYS: &[$crate::pipeline::lower::Key<$ty>] = &[$(
                    $crate::pipeline::lower::Key {
                        name: $key,
                        aliases: &[$($alias),*],
                        set: |t: &mut $ty, v: &$crate::pipeline::ast::Value, lx: &mut $crate::pipeline::lower::Lx| {
                            if let Some(x) = block!(@lower v lx $($f)?) {
                                block!(@set t $field x $($plain)?);
                            }
                        },
                    },
                )*];
                KEYS
            }
        }
    };
    (@lower $v:ident $lx:ident) => { $crate::pipeline::lower::field($v, $lx) };
    (@lower $v:ident $lx:ident $f:expr) => { $crate::pipeline::lower::deferrable($v, $lx, $f) };
    (@set $t:ident $field:ident $x:ident) => { $t.$field = Some($x) };
    (@set $t:ident $field:ident $x:ident plain) => { $t.$field = $x };
}
pub(crate) use block;

/// Like [`field`], with a lowering function instead of the [`Lower`] impl.
pub fn deferrable<T: Default>(v: &Value, lx: &mut Lx, f: fn(&Value, &mut Lx) -> Option<T>) -> Option<T> {
    match &v.kind {
        ValueKind::Expr(e) => {
            lx.defer(e);
            Some(T::default())
        }
        ValueKind::Error => None,
        _ => f(v, lx),
    }
}

/// A `{ key: value, … }` map whose keys are free names (custom attributes, environment).
pub fn free_map<V: Default>(
    v: &Value,
    lx: &mut Lx,
    value: fn(&Value, &mut Lx) -> Option<V>,
) -> Option<Vec<(String, V)>> {
    let ValueKind::Block(block) = &v.kind else {
        lx.expected(v, "a `{ name: value, … }` map");
        return None;
    };
    let mut out: Vec<(String, V)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for entry in &block.entries {
        let Entry::Setting(s) = entry else {
            if let Entry::Item(item) = entry {
                lx.error(item.kind.span(), item.id.span().1, "expected `name: value`");
            }
            continue;
        };
        let name = s.name();
        if !seen.insert(name.clone()) {
            lx.error(s.key.span(), s.key.span(), format!("`{name}` is given twice; keep one"));
            continue;
        }
        let Some(val) = &s.value else {
            lx.error(s.key.span(), s.key.span(), format!("`{name}` needs a value: `{name}: …`"));
            continue;
        };
        let lowered = lx.at(&name, |lx| {
            lx.record(s.key.span(), (val.first, val.last));
            deferrable(val, lx, value)
        });
        if let Some(x) = lowered {
            out.push((name, x));
        }
    }
    Some(out)
}
