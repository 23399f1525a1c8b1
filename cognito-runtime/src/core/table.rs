//! One declarative table per resource: the single source of its props.
//!
//! A resource module writes its props once, as the body of an exported `macro_rules!` whose
//! only job is to hand that body to a callback (`__user_pool_props!(callback)`). The runtime
//! calls it with [`define_props!`] (the structs, their key lists, the walk over the values
//! inside them); the macro crate calls the same table with its own callbacks (the keys it
//! accepts and how they lower, the builder calls it generates). A field written in the table
//! is in all of them, so none can be forgotten; adding a prop touches its table entry, its
//! render and its rule.
//!
//! The grammar of a table:
//!
//! ```text
//! /// doc …
//! #[derive(…)]
//! pub struct Name "what" {            // "what": the block's name in messages (`user_pool`)
//!     /// doc …
//!     field: Type,                   // the key is the field's name
//!     field | alias: Type,           // … also accepted as `alias`
//!     [required] field: Type,        // the block must give it
//!     [id] field: Type,              // set from the item's id, not written as a key
//!     field: Type => function,       // `cognito!` lowers it with `function` (a form of its
//!                                    // own, e.g. `unsafe_plain_text("…")`), not by its type
//! }
//! /// doc …
//! #[derive(…)]
//! pub enum Name "CdkName" {
//!     /// doc …
//!     Variant = CDK_MEMBER,          // written `CDK_MEMBER`, `CdkName::CDK_MEMBER` or `Variant`
//! }
//! ```

use crate::core::arn::Arn;
use crate::core::duration::Duration;
use crate::core::value::{ItemRef, Value};

/// One key of a props struct, as the language spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyInfo {
    /// The key (the field's name).
    pub name: &'static str,
    /// Other spellings the language accepts.
    pub aliases: &'static [&'static str],
    /// Whether the block must give it.
    pub required: bool,
    /// Set from the item's declaration (its id), never written as a key.
    pub from_id: bool,
}

/// A field's name as the language spells its key: `r#type` is `type`.
pub const fn key_name(field: &'static str) -> &'static str {
    match field.as_bytes() {
        [b'r', b'#', ..] => field.split_at(2).1,
        _ => field,
    }
}

/// A props struct declared by a table.
pub trait Props: Default {
    /// The block's name in messages (`user_pool`, `password_policy`).
    const WHAT: &'static str;
    /// Its keys, in table order.
    const KEYS: &'static [KeyInfo];
}

/// A unit-only enum declared by a table: the members as the CDK spells them.
pub trait Members: Copy + 'static {
    /// The CDK's name of the type (`Mfa`), which may be written before a member.
    const TYPE: &'static str;
    /// (CDK spelling, Rust variant, value), in table order.
    const MEMBERS: &'static [(&'static str, &'static str, Self)];

    /// The Rust variant's name.
    fn variant(self) -> &'static str;
}

/// Where a [`Walk`] is: the field path of the value being visited, built in one buffer.
pub struct Walker<'a> {
    path: String,
    visit: &'a mut dyn FnMut(&str, Found<'_>),
}

/// A value the walk reports: every string value and every reference to an item.
#[derive(Clone, Copy, Debug)]
pub enum Found<'a> {
    /// A string value (a literal or a CloudFormation value, which may name an item).
    Value(&'a Value),
    /// A reference to an item.
    Item(&'a ItemRef),
}

impl<'a> Walker<'a> {
    /// A walk that calls `visit(path, found)` for each value found.
    pub fn new(visit: &'a mut dyn FnMut(&str, Found<'_>)) -> Walker<'a> {
        Walker { path: String::new(), visit }
    }

    /// Visits `value` at `segment` below the current path.
    pub fn at<T: Walk + ?Sized>(&mut self, segment: &str, value: &T) {
        let len = self.path.len();
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(segment);
        value.walk(self);
        self.path.truncate(len);
    }

    fn found(&mut self, found: Found<'_>) {
        (self.visit)(&self.path, found);
    }
}

/// A props value whose string values and item references can be visited with their field
/// paths (`user_verification.email_body`, `o_auth.callback_urls.2`).
pub trait Walk {
    /// Visits every string value and item reference inside `self`.
    fn walk(&self, w: &mut Walker);
}

/// Visits every string value and item reference of `value`, with its field path.
pub fn walk<T: Walk + ?Sized>(value: &T, mut visit: impl FnMut(&str, Found<'_>)) {
    let mut w = Walker::new(&mut visit);
    value.walk(&mut w);
}

/// Types with nothing to visit.
macro_rules! leaves {
    ($($ty:ty),*) => {$(
        impl Walk for $ty {
            #[inline]
            fn walk(&self, _: &mut Walker) {}
        }
    )*};
}
leaves!(bool, i64, f64, String, Duration);

impl Walk for Value {
    fn walk(&self, w: &mut Walker) {
        w.found(Found::Value(self));
    }
}

impl Walk for ItemRef {
    fn walk(&self, w: &mut Walker) {
        w.found(Found::Item(self));
    }
}

impl Walk for Arn {
    fn walk(&self, w: &mut Walker) {
        match self {
            Arn::Item(r) => w.found(Found::Item(r)),
            Arn::Value(v) => w.found(Found::Value(v)),
        }
    }
}

impl<T: Walk> Walk for Option<T> {
    fn walk(&self, w: &mut Walker) {
        if let Some(v) = self {
            v.walk(w);
        }
    }
}

impl<T: Walk + ?Sized> Walk for Box<T> {
    fn walk(&self, w: &mut Walker) {
        (**self).walk(w);
    }
}

impl<T: Walk + Segment> Walk for Vec<T> {
    fn walk(&self, w: &mut Walker) {
        for (i, item) in self.iter().enumerate() {
            match item.segment() {
                Some(key) => w.at(&key, item),
                None => w.at(&i.to_string(), item),
            }
        }
    }
}

/// A map entry is visited at its key (`custom_attributes.tenant`), its value only.
impl<K: MapKey, V: Walk> Walk for (K, V) {
    fn walk(&self, w: &mut Walker) {
        self.1.walk(w);
    }
}

/// The path segment of a list element: `None` for its index, or the key of a map entry.
pub trait Segment {
    /// The key, for a map entry.
    fn segment(&self) -> Option<String> {
        None
    }
}

impl<K: MapKey, V> Segment for (K, V) {
    fn segment(&self) -> Option<String> {
        Some(self.0.map_key().into_owned())
    }
}
impl Segment for Value {}
impl Segment for String {}
impl Segment for ItemRef {}
impl Segment for Arn {}

/// The key of a map entry (`Vec<(K, V)>`) as written in the language: a free name
/// (`String`), or one of a fixed list (the standard attributes, the trigger operations).
pub trait MapKey: Sized {
    /// The key.
    fn map_key(&self) -> std::borrow::Cow<'_, str>;
    /// The entry key written `key`, when it is one.
    fn from_map_key(key: &str) -> Option<Self>;
    /// Every key, when they come from a fixed list (for suggestions); empty for free names.
    fn map_keys() -> Vec<&'static str> {
        Vec::new()
    }
}

impl MapKey for String {
    fn map_key(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self)
    }
    fn from_map_key(key: &str) -> Option<String> {
        Some(key.to_owned())
    }
}

/// Defines the structs and enums of a table (see the module docs), their [`Props`] and
/// [`Members`] impls, and the [`Walk`] over each struct's fields.
#[macro_export]
#[doc(hidden)]
macro_rules! define_props {
    ($(
        $(#[$attr:meta])*
        $vis:vis $kind:ident $name:ident $what:literal {
            $($body:tt)*
        }
    )*) => {$(
        $crate::define_props!(@one $(#[$attr])* $vis $kind $name $what { $($body)* });
    )*};
    (@one $(#[$attr:meta])* $vis:vis struct $name:ident $what:literal {
        $(
            $(#[$fattr:meta])*
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty $(= $cfn:literal)? $(=> $lower:path)?
        ),* $(,)?
    }) => {
        $(#[$attr])*
        $vis struct $name {
            $(
                $(#[$fattr])*
                pub $field: $ty,
            )*
        }

        impl $crate::core::table::Props for $name {
            const WHAT: &'static str = $what;
            const KEYS: &'static [$crate::core::table::KeyInfo] = &[$(
                $crate::core::table::KeyInfo {
                    name: $crate::core::table::key_name(stringify!($field)),
                    aliases: &[$(stringify!($alias)),*],
                    required: $crate::define_props!(@is required $($flag)?),
                    from_id: $crate::define_props!(@is id $($flag)?),
                },
            )*];
        }

        impl $crate::core::table::Walk for $name {
            fn walk(&self, _w: &mut $crate::core::table::Walker) {
                $( _w.at($crate::core::table::key_name(stringify!($field)), &self.$field); )*
            }
        }
    };
    (@one $(#[$attr:meta])* $vis:vis enum $name:ident $what:literal {
        $(
            $(#[$vattr:meta])*
            $variant:ident = $cdk:ident
        ),* $(,)?
    }) => {
        $(#[$attr])*
        $vis enum $name {
            $(
                $(#[$vattr])*
                $variant,
            )*
        }

        impl $crate::core::table::Members for $name {
            const TYPE: &'static str = $what;
            const MEMBERS: &'static [(&'static str, &'static str, $name)] =
                &[$((stringify!($cdk), stringify!($variant), $name::$variant)),*];

            fn variant(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant),)* }
            }
        }

        impl $crate::core::table::Walk for $name {
            #[inline]
            fn walk(&self, _: &mut $crate::core::table::Walker) {}
        }
    };
    (@is required required) => { true };
    (@is id id) => { true };
    (@is $want:ident $($flag:ident)?) => { false };
}
