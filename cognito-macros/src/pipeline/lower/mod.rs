//! Lowering: the syntax tree into the runtime's own model, with a map from every setting's
//! field path to its spans, and the `(EXPR)` values set aside for generation.
//!
//! Each block's keys are declared once, in one table ([`Block::keys`]), used both to lower
//! and to suggest a key for a typo.

mod app;
mod cfn;
pub mod change;
mod checks;
mod client;
pub(crate) mod code;
pub(crate) mod enums;
mod federation;
mod identity_pool;
mod items;
mod maps;
mod numbers;
mod pool;
mod raw;
mod tables;
mod values;

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream};

use super::ast::{Block as AstBlock, Entry, Setting, Value, ValueKind};
pub use items::{Lowered, lower_input};

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
    /// Compile warnings of lowering (`report::warning`), emitted with the expansion when it
    /// has no error.
    pub warnings: Vec<TokenStream>,
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

    /// Narrows the value recorded at the current path to `first..=last` (a part of it, such
    /// as the path literal of `asset("…")`): the rules about the setting go under that part.
    pub fn narrow(&mut self, first: Span, last: Span) {
        if let Some(s) = self.spans.get_mut(&(self.node, self.path.clone())) {
            s.value = (first, last);
        }
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

    /// What stands where an `(EXPR)` was written, until run time: an absent value would let
    /// the rules see the setting as not given.
    fn placeholder() -> Self
    where
        Self: Default,
    {
        Self::default()
    }
}

/// A setting that may be left out: given, it holds its value.
impl<T: Lower + Default> Lower for Option<T> {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Option<T>> {
        T::lower(v, lx).map(Some)
    }
    fn placeholder() -> Option<T> {
        Some(T::placeholder())
    }
}

/// Lowers `v`, or sets aside an `(EXPR)` and returns a placeholder in its place.
pub fn field<T: Lower + Default>(v: &Value, lx: &mut Lx) -> Option<T> {
    match &v.kind {
        ValueKind::Expr(e) => {
            lx.defer(e);
            Some(T::placeholder())
        }
        ValueKind::Error => None,
        _ => T::lower(v, lx),
    }
}

/// One key of a block: its name, other spellings, and how it sets its field.
pub struct Key<T> {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// The block must give it.
    pub required: bool,
    /// Set from the item's declaration (its id), never written as a key.
    pub from_id: bool,
    pub set: fn(&mut T, &Value, &mut Lx),
}

/// A `{ key: value, … }` block that lowers into a struct of the model.
pub trait Block: Default + Sized + 'static {
    /// What the block is, for messages (`user_pool`, `password_policy`).
    const WHAT: &'static str;
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

/// The keys a block's user writes (not those set from the item's id).
fn written_keys<T: Block>() -> impl Iterator<Item = &'static Key<T>> {
    T::keys().iter().filter(|k| !k.from_id)
}

/// A setting written as a bare key (`{ username, email }`) means `true`.
fn flag_value(setting: &Setting) -> Value {
    Value {
        kind: ValueKind::Lit(syn::Lit::Bool(syn::LitBool::new(true, setting.key.span()))),
        first: setting.key.span(),
        last: setting.key.span(),
    }
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
        let Some(key) =
            written_keys::<T>().find(|k| k.name == written || k.aliases.contains(&written.as_str()))
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
                flag = flag_value(setting);
                &flag
            }
        };
        lx.at(key.name, |lx| {
            lx.record(setting.key.span(), (value.first, value.last));
            (key.set)(&mut t, value, lx);
        });
    }
    for required in written_keys::<T>().filter(|k| k.required).map(|k| k.name) {
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
    let names = written_keys::<T>().flat_map(|k| std::iter::once(k.name).chain(k.aliases.iter().copied()));
    let hint = match cognito_runtime::__internal::did_you_mean(&written, names) {
        Some(s) => format!("; did you mean `{s}`?"),
        None => format!("; `{}` takes: {}", T::WHAT, key_list::<T>()),
    };
    lx.error(
        setting.key.span(),
        setting.key.span(),
        format!("unknown key `{written}` in `{}`{hint}", T::WHAT),
    );
}

fn key_list<T: Block>() -> String {
    let names: Vec<String> = written_keys::<T>().map(|k| format!("`{}`", k.name)).collect();
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
            fn keys() -> &'static [$crate::pipeline::lower::Key<Self>] {
                const REQUIRED: &[&str] = &[$($($req),*)?];
                const KEYS: &[$crate::pipeline::lower::Key<$ty>] = &[$(
                    $crate::pipeline::lower::Key {
                        name: $key,
                        aliases: &[$($alias),*],
                        required: $crate::pipeline::lower::contains(REQUIRED, $key),
                        from_id: false,
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

/// Whether `list` holds `key` (usable in constants).
pub const fn contains(list: &[&str], key: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if list[i].len() == key.len() {
            let (a, b) = (list[i].as_bytes(), key.as_bytes());
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// The lowering of a runtime props table (see `cognito_runtime::__internal::table`): for each struct,
/// its keys and how each sets its field (the field's [`Lower`], or the function the table
/// names after `=>`); for each enum, its members.
macro_rules! lower_props {
    ($(
        $(#[$attr:meta])*
        $vis:vis $kind:ident $name:ident $what:literal { $($body:tt)* }
    )*) => {$(
        $crate::pipeline::lower::lower_props!(@one $kind $name $what { $($body)* });
    )*};
    (@one struct $name:ident $what:literal {
        $(
            $(#[$fattr:meta])*
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty $(= $cfn:literal)? $(=> $lower:path)?
        ),* $(,)?
    }) => {
        impl $crate::pipeline::lower::Block for $name {
            const WHAT: &'static str = $what;
            fn keys() -> &'static [$crate::pipeline::lower::Key<Self>] {
                const KEYS: &[$crate::pipeline::lower::Key<$name>] = &[$(
                    $crate::pipeline::lower::Key {
                        name: ::cognito_runtime::__internal::table::key_name(stringify!($field)),
                        aliases: &[$(stringify!($alias)),*],
                        required: $crate::pipeline::lower::lower_props!(@is required $($flag)?),
                        from_id: $crate::pipeline::lower::lower_props!(@is id $($flag)?),
                        set: $crate::pipeline::lower::lower_props!(@set $name [$($flag)?] $field $ty $(=> $lower)?),
                    },
                )*];
                KEYS
            }
        }
    };
    (@one enum $name:ident $what:literal { $($body:tt)* }) => {
        impl $crate::pipeline::lower::Lower for $name {
            fn lower(v: &$crate::pipeline::ast::Value, lx: &mut $crate::pipeline::lower::Lx) -> Option<$name> {
                $crate::pipeline::lower::enums::lower_member(v, lx)
            }
        }
    };
    // A field set from the item's id is never lowered from a value.
    (@set $name:ident [id] $field:ident $ty:ty $(=> $lower:path)?) => {
        |_: &mut $name, _: &$crate::pipeline::ast::Value, _: &mut $crate::pipeline::lower::Lx| {}
    };
    (@set $name:ident [$($flag:ident)?] $field:ident $ty:ty) => {
        |t: &mut $name, v: &$crate::pipeline::ast::Value, lx: &mut $crate::pipeline::lower::Lx| {
            if let Some(x) = $crate::pipeline::lower::field::<$ty>(v, lx) {
                t.$field = x;
            }
        }
    };
    (@set $name:ident [$($flag:ident)?] $field:ident $ty:ty => $lower:path) => {
        |t: &mut $name, v: &$crate::pipeline::ast::Value, lx: &mut $crate::pipeline::lower::Lx| {
            if let Some(x) = $crate::pipeline::lower::deferrable(v, lx, $lower) {
                t.$field = ::std::convert::From::from(x);
            }
        }
    };
    (@is required required) => { true };
    (@is id id) => { true };
    (@is $want:ident $($flag:ident)?) => { false };
}
pub(crate) use lower_props;

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
    maps::map(v, lx, value)
}
