//! An ordered JSON tree and a writer that prints it exactly as the AWS CDK does.
//!
//! The CDK writes templates with `JSON.stringify(template, null, 2)`: object keys in insertion
//! order, two-space indent, JavaScript number formatting. Keeping our own small tree (instead
//! of `serde_json::Value`, whose key order depends on a crate feature the user's build may or
//! may not enable) lets [`crate::Stack::synth_to_string`] produce the CDK's bytes.

use crate::core::collation::LocaleKey;
use std::borrow::Cow;
use std::fmt::Write as _;

/// A JSON value whose objects keep the order their keys were inserted in (copied, compared,
/// printed for debugging and dropped without recursion: `core::tree`).
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, printed the way JavaScript prints it.
    Num(f64),
    /// A string (borrowed when it is a constant of the CDK's output).
    Str(Key),
    /// An array.
    Arr(Vec<Json>),
    /// An object, keys in insertion order.
    Obj(Obj),
}

/// An object whose keys keep their insertion order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Obj(pub Vec<(Key, Json)>);

/// An object key: most are the names of CloudFormation properties, borrowed, not allocated.
pub type Key = Cow<'static, str>;

impl Obj {
    /// An empty object.
    pub fn new() -> Obj {
        Obj(Vec::new())
    }

    /// An empty object with room for `n` keys (a resource's properties: one allocation).
    pub fn with_capacity(n: usize) -> Obj {
        Obj(Vec::with_capacity(n))
    }

    /// Appends `key: value`, replacing an earlier value of the same key in place.
    pub fn insert(&mut self, key: impl Into<Key>, value: impl Into<Json>) {
        let key = key.into();
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// Appends `key: value` without looking for an earlier `key` (the caller knows it is new).
    pub fn push(&mut self, key: impl Into<Key>, value: impl Into<Json>) {
        self.0.push((key.into(), value.into()));
    }

    /// Appends `key: value` when `value` is present.
    pub fn insert_opt(&mut self, key: &'static str, value: Option<impl Into<Json>>) {
        if let Some(v) = value {
            self.insert(key, v);
        }
    }

    /// The value of `key`, if any.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value of `key` for changing in place, if any.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// True when the object has no keys.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The keys sorted with JavaScript's `localeCompare`, as the CDK's `TagManager` sorts tag
    /// keys (`aa`, `app:tier`, `Owner`).
    pub(crate) fn locale_sorted(mut self) -> Obj {
        self.0.sort_by_cached_key(|(k, _)| LocaleKey::new(k));
        self
    }

    /// The keys sorted the way JavaScript's default sort orders them (UTF-16 code units), as
    /// the CDK does for resource properties.
    pub fn sorted(mut self) -> Obj {
        self.0.sort_by(|a, b| utf16_order(&a.0, &b.0));
        self
    }
}

/// The order of `a` and `b` as JavaScript compares strings (UTF-16 code units). Bytes
/// compare the same way while both are ASCII, as the names of properties are.
fn utf16_order(a: &str, b: &str) -> std::cmp::Ordering {
    // Equal bytes up to an ASCII byte in both are equal characters up to it.
    match a.bytes().zip(b.bytes()).find(|(x, y)| x != y) {
        None => a.len().cmp(&b.len()),
        Some((x, y)) if x.is_ascii() && y.is_ascii() => x.cmp(&y),
        Some(_) => a.encode_utf16().cmp(b.encode_utf16()),
    }
}

impl From<Obj> for Json {
    fn from(o: Obj) -> Json {
        Json::Obj(o)
    }
}
impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}
impl From<&'static str> for Json {
    fn from(s: &'static str) -> Json {
        Json::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::Str(Cow::Owned(s))
    }
}
impl From<f64> for Json {
    fn from(n: f64) -> Json {
        Json::Num(n)
    }
}
impl From<i64> for Json {
    fn from(n: i64) -> Json {
        Json::Num(n as f64)
    }
}
impl From<u32> for Json {
    fn from(n: u32) -> Json {
        Json::Num(f64::from(n))
    }
}
impl From<Vec<Json>> for Json {
    fn from(v: Vec<Json>) -> Json {
        Json::Arr(v)
    }
}

impl Json {
    /// A JSON array of strings.
    pub fn strs<I, S>(items: I) -> Json
    where
        I: IntoIterator<Item = S>,
        S: Into<Key>,
    {
        Json::Arr(items.into_iter().map(|s| Json::Str(s.into())).collect())
    }

    /// `{ key: value }`.
    pub fn obj1(key: impl Into<Key>, value: impl Into<Json>) -> Json {
        Json::Obj(Obj(vec![(key.into(), value.into())]))
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Converts from a `serde_json::Value`, such as a template read back (keys in
    /// serde_json's order; a number it cannot give as an `f64` becomes `NaN`, which the
    /// template checks reject).
    pub fn from_serde(value: &serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(*b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Json::from(s.clone()),
            serde_json::Value::Array(a) => Json::Arr(a.iter().map(Json::from_serde).collect()),
            serde_json::Value::Object(o) => {
                Json::Obj(Obj(o.iter().map(|(k, v)| (Key::Owned(k.clone()), Json::from_serde(v))).collect()))
            }
        }
    }

    /// Converts to a `serde_json::Value` (object key order then depends on serde_json's
    /// `preserve_order` feature; values compare equal either way).
    pub fn to_serde(&self) -> serde_json::Value {
        match self {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => serde_json::Value::Bool(*b),
            Json::Num(n) => number_to_serde(*n),
            Json::Str(s) => serde_json::Value::String(s.to_string()),
            Json::Arr(a) => serde_json::Value::Array(a.iter().map(Json::to_serde).collect()),
            Json::Obj(o) => serde_json::Value::Object(
                o.0.iter().map(|(k, v)| (k.clone().into_owned(), v.to_serde())).collect(),
            ),
        }
    }

    /// Converts to a `serde_json::Value`, moving the strings rather than copying them.
    pub fn into_serde(self) -> serde_json::Value {
        // The contents are taken, not moved out, and what is left (an empty string, array or
        // object: nothing on the heap) is not dropped: a `Json`'s drop walks the tree without
        // recursion (`core::tree`), work an emptied node does not need.
        let mut this = std::mem::ManuallyDrop::new(self);
        match &mut *this {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => serde_json::Value::Bool(*b),
            Json::Num(n) => number_to_serde(*n),
            Json::Str(s) => serde_json::Value::String(std::mem::take(s).into_owned()),
            Json::Arr(a) => {
                serde_json::Value::Array(std::mem::take(a).into_iter().map(Json::into_serde).collect())
            }
            Json::Obj(o) => serde_json::Value::Object(object_into_serde(std::mem::take(&mut o.0))),
        }
    }

    /// Prints like `JSON.stringify(value, null, 2)`.
    pub fn to_pretty_string(&self) -> String {
        self.to_string_indented("  ")
    }

    /// Prints like `JSON.stringify(value, undefined, unit.length)` for an indentation `unit`
    /// of spaces: the CDK writes templates into `cdk.out` with one space.
    pub fn to_string_indented(&self, unit: &str) -> String {
        let mut out = String::with_capacity(256);
        write_value(&mut out, self, 0, unit, &mut |_| {});
        out
    }

    /// The length in bytes of what [`Json::to_string_indented`] returns, counted without
    /// writing it (CloudFormation's limits are on the size of the text).
    pub fn indented_len(&self, unit: &str) -> usize {
        value_len(self, 0, unit.len())
    }

    /// What [`Json::to_pretty_string`] returns, freeing the value as it prints it (a large
    /// tree costs about as much to free as to print; this walks it once).
    pub fn into_pretty_string(self) -> String {
        let mut out = String::with_capacity(256);
        Printer { unit: "  ", spaces: true, flush: &mut |_| {} }.owned_value(&mut out, self, 0);
        out
    }

    /// Writes what [`Json::to_pretty_string`] returns, and a newline, to `out`, a resource at
    /// a time (a large template is never held whole in memory a second time).
    pub fn write_pretty(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let mut buf = String::with_capacity(1 << 16);
        let mut result = Ok(());
        write_value(&mut buf, self, 0, "  ", &mut |buf: &mut String| {
            if buf.len() >= 1 << 15 {
                if result.is_ok() {
                    result = out.write_all(buf.as_bytes());
                }
                buf.clear();
            }
        });
        buf.push('\n');
        result?;
        out.write_all(buf.as_bytes())
    }
}

/// A `serde_json` map of `entries`. Most of a template's objects are small (`{"Ref": …}`, a
/// resource's `Type` and `Properties`): inserted one by one they fill one B-tree leaf, where
/// collecting would first gather and sort them in a vector of their own (`BTreeMap::from_iter`).
fn object_into_serde(entries: Vec<(Key, Json)>) -> serde_json::Map<String, serde_json::Value> {
    // A B-tree leaf's capacity (`alloc::collections::btree`): past it, inserting splits nodes.
    const LEAF: usize = 11;
    if entries.len() > LEAF {
        return entries.into_iter().map(|(k, v)| (k.into_owned(), v.into_serde())).collect();
    }
    let mut map = serde_json::Map::new();
    for (k, v) in entries {
        map.insert(k.into_owned(), v.into_serde());
    }
    map
}

/// The largest integer a JSON number carries exactly (`Number.MAX_SAFE_INTEGER`, 2^53 - 1).
pub(crate) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

fn number_to_serde(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// A newline and the widest indentation printed without a loop (64 levels of two spaces).
const NEWLINE_AND_SPACES: &str = concat!(
    "\n",
    "                                                                ",
    "                                                                ",
);

/// How a template is printed: the indentation unit and where it may be flushed.
struct Printer<'a> {
    unit: &'a str,
    /// Whether `unit` is spaces only, so a line's indentation is a slice of
    /// [`NEWLINE_AND_SPACES`].
    spaces: bool,
    flush: &'a mut dyn FnMut(&mut String),
}

impl Printer<'_> {
    /// A newline, then the indentation of `level`.
    fn newline(&self, out: &mut String, level: usize) {
        let width = level * self.unit.len();
        if self.spaces && width < NEWLINE_AND_SPACES.len() {
            out.push_str(&NEWLINE_AND_SPACES[..=width]);
        } else {
            out.push('\n');
            for _ in 0..level {
                out.push_str(self.unit);
            }
        }
    }

    /// Writes `v` at indentation `level`; `flush` may empty `out` between the entries of the
    /// top two levels.
    fn value(&mut self, out: &mut String, v: &Json, level: usize) {
        match v {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => write_number(out, *n),
            Json::Str(s) => write_string(out, s),
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    self.entry(out, i, level + 1);
                    self.value(out, item, level + 1);
                }
                self.close(out, level, ']');
            }
            Json::Obj(o) if o.0.is_empty() => out.push_str("{}"),
            Json::Obj(o) => {
                out.push('{');
                for (i, (k, item)) in o.0.iter().enumerate() {
                    self.entry(out, i, level + 1);
                    write_key(out, k);
                    self.value(out, item, level + 1);
                    if level < 2 {
                        (self.flush)(out);
                    }
                }
                self.close(out, level, '}');
            }
        }
    }

    /// Writes `v` as [`Printer::value`] does (without flushing), taking the tree apart as it
    /// goes: it is freed in the walk that prints it, not in a second one as long.
    fn owned_value(&mut self, out: &mut String, mut v: Json, level: usize) {
        // Taken, not moved out: a `Json` drops without recursion (`core::tree`).
        match &mut v {
            Json::Arr(items) if !items.is_empty() => {
                out.push('[');
                for (i, item) in std::mem::take(items).into_iter().enumerate() {
                    self.entry(out, i, level + 1);
                    self.owned_value(out, item, level + 1);
                }
                self.close(out, level, ']');
            }
            Json::Obj(o) if !o.0.is_empty() => {
                out.push('{');
                for (i, (k, item)) in std::mem::take(&mut o.0).into_iter().enumerate() {
                    self.entry(out, i, level + 1);
                    write_key(out, &k);
                    self.owned_value(out, item, level + 1);
                }
                self.close(out, level, '}');
            }
            _ => self.value(out, &v, level),
        }
    }

    /// What goes before entry `i` of an array or object whose entries are at `level`.
    fn entry(&self, out: &mut String, i: usize, level: usize) {
        if i > 0 {
            out.push(',');
        }
        self.newline(out, level);
    }

    /// Ends an array or object (`close`) opened at `level`.
    fn close(&self, out: &mut String, level: usize, close: char) {
        self.newline(out, level);
        out.push(close);
    }
}

/// An object's key and the `: ` after it.
fn write_key(out: &mut String, key: &str) {
    write_string(out, key);
    out.push_str(": ");
}

/// Writes `v` at indentation `level` in units of `unit`; `flush` may empty `out` between the
/// entries of the top two levels.
fn write_value(out: &mut String, v: &Json, level: usize, unit: &str, flush: &mut dyn FnMut(&mut String)) {
    let spaces = unit.bytes().all(|b| b == b' ');
    Printer { unit, spaces, flush }.value(out, v, level);
}

/// Writes a number as [`js_number`] formats it, integers without formatting machinery (most
/// numbers of a template are).
fn write_number(out: &mut String, n: f64) {
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
        // Exact: an integer this small converts without loss, and prints as its digits.
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = n.abs() as u64;
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if n < 0.0 {
            out.push('-');
        }
        digits[at..].iter().for_each(|d| out.push(char::from(*d)));
    } else {
        out.push_str(&js_number(n));
    }
}

/// The length of what [`Json::to_string_indented`] writes for `v` at `level`, with an indentation unit of
/// `unit` bytes.
fn value_len(v: &Json, level: usize, unit: usize) -> usize {
    // An entry starts with "\n" (the first) or ",\n" and its indentation; the container ends
    // with "\n", its own indentation and the bracket.
    let start = |i: usize| if i == 0 { 1 } else { 2 } + (level + 1) * unit;
    let end = 1 + level * unit + 1;
    match v {
        Json::Null => 4,
        Json::Bool(b) => {
            if *b {
                4
            } else {
                5
            }
        }
        Json::Num(n) => js_number(*n).len(),
        Json::Str(s) => string_len(s),
        Json::Arr(items) if items.is_empty() => 2,
        Json::Arr(items) => {
            1 + items
                .iter()
                .enumerate()
                .map(|(i, item)| start(i) + value_len(item, level + 1, unit))
                .sum::<usize>()
                + end
        }
        Json::Obj(o) if o.0.is_empty() => 2,
        Json::Obj(o) => {
            let entries = o.0.iter().enumerate();
            1 + entries
                .map(|(i, (k, item))| start(i) + string_len(k) + 2 + value_len(item, level + 1, unit))
                .sum::<usize>()
                + end
        }
    }
}

/// The length of what [`write_string`] writes for `s`.
fn string_len(s: &str) -> usize {
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return s.len() + 2;
    }
    let escaped = |c: char| match c {
        '"' | '\\' | '\u{8}' | '\u{c}' | '\n' | '\r' | '\t' => 2,
        c if (c as u32) < 0x20 => 6,
        c => c.len_utf8(),
    };
    s.chars().map(escaped).sum::<usize>() + 2
}

/// Writes a string literal with the escapes `JSON.stringify` uses.
fn write_string(out: &mut String, s: &str) {
    if !needs_escape(s.as_bytes()) {
        out.reserve(s.len() + 2);
        out.push('"');
        out.push_str(s);
        out.push('"');
        return;
    }
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether `bytes` hold a control character, `"` or `\\`, eight bytes at a time.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    // A byte below `n` (n <= 0x80) leaves its high bit set in `(v - n) & !v`.
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v;
    let escapes = |word: &[u8; 8]| {
        let v = u64::from_le_bytes(*word);
        let found =
            below(v, 0x20) | below(v ^ (ONES * u64::from(b'"')), 1) | below(v ^ (ONES * u64::from(b'\\')), 1);
        found & HIGH != 0
    };
    let (words, rest) = bytes.as_chunks::<8>();
    if words.iter().any(escapes) {
        return true;
    }
    // The tail of a string of eight bytes or more is in its last eight (which overlap the
    // words looked at): one more word, not a byte at a time.
    match bytes.last_chunk::<8>() {
        Some(last) if !rest.is_empty() => escapes(last),
        Some(_) => false,
        None => rest.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\'),
    }
}

/// Formats a number as JavaScript's `Number.prototype.toString()` does (ECMA-262
/// Number::toString): integers without a fraction, exponent form from 1e21 and below 1e-6.
pub fn js_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    if n == 0.0 {
        return "0".to_owned();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    // `{:e}` prints the shortest digits that round-trip, e.g. "1.5e0", "1e21".
    let sci = format!("{:e}", n.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let k = digits.len() as i32;
    let point = exp + 1; // the "n" of the specification
    let body = if k <= point && point <= 21 {
        format!("{digits}{}", "0".repeat((point - k) as usize))
    } else if 0 < point && point <= 21 {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    } else if -6 < point && point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else {
        let e = point - 1;
        let e = if e >= 0 { format!("+{e}") } else { e.to_string() };
        match digits.split_at(1) {
            (first, "") => format!("{first}e{e}"),
            (first, rest) => format!("{first}.{rest}e{e}"),
        }
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_indented_length_is_the_length_of_the_text() {
        let mut inner = Obj::new();
        inner.insert("Empty", Obj::new());
        inner.insert("None", Json::Arr(Vec::new()));
        inner.insert("Escapes", "a\"b\\c\nd\u{1}é\t");
        inner
            .insert("Numbers", Json::Arr(vec![Json::Num(1.5), Json::Num(-3.0), Json::Num(1e21), Json::Null]));
        inner.insert("Flags", Json::Arr(vec![Json::Bool(true), Json::Bool(false)]));
        let mut root = Obj::new();
        root.insert("Resources", Json::obj1("Pool\"1", inner));
        let root = Json::Obj(root);
        for unit in ["", " ", "  "] {
            assert_eq!(root.indented_len(unit), root.to_string_indented(unit).len(), "{unit:?}");
        }
        assert_eq!(Json::Obj(Obj::new()).indented_len(" "), 2);
    }

    #[test]
    fn numbers_print_like_javascript() {
        let cases = [
            (1.0, "1"),
            (-5.0, "-5"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (43200.0, "43200"),
            (1e21, "1e+21"),
            (1.5e21, "1.5e+21"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (1e-7, "1e-7"),
            (-2.5e-8, "-2.5e-8"),
            (2147483647.0, "2147483647"),
        ];
        for (n, want) in cases {
            assert_eq!(js_number(n), want, "{n}");
        }
    }

    #[test]
    fn pretty_printing_matches_json_stringify() {
        let mut o = Obj::new();
        o.insert("a", Json::strs(["x", "y"]));
        o.insert("b", Obj::new());
        o.insert("c", Json::Arr(vec![]));
        o.insert("d", "quote \" backslash \\ newline \n tab \t bell \u{7} é");
        let want = "{\n  \"a\": [\n    \"x\",\n    \"y\"\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 é\"\n}";
        assert_eq!(Json::Obj(o).to_pretty_string(), want);
    }

    #[test]
    fn keys_sort_by_utf16_code_units() {
        let mut o = Obj::new();
        for k in ["b", "B", "a", "\u{e9}", "\u{1f600}", "\u{ff61}"] {
            o.insert(k, true);
        }
        let keys: Vec<_> = o.sorted().0.into_iter().map(|(k, _)| k).collect();
        // U+1F600 is a surrogate pair (0xD83D …), which sorts before U+FF61 in UTF-16.
        assert_eq!(keys, ["B", "a", "b", "\u{e9}", "\u{1f600}", "\u{ff61}"]);
    }

    #[test]
    fn integers_print_as_js_number_does() {
        let cases = [
            0.0,
            -0.0,
            7.0,
            -42.0,
            1e15,
            MAX_SAFE_INTEGER,
            -MAX_SAFE_INTEGER,
            1.5,
            1e21,
            f64::NAN,
            f64::INFINITY,
        ];
        for n in cases {
            let mut out = String::new();
            write_number(&mut out, n);
            assert_eq!(out, js_number(n), "{n}");
        }
    }

    #[test]
    fn deep_values_and_other_units_indent_by_level() {
        let mut v = Json::Arr(vec![]);
        for _ in 0..70 {
            v = Json::Arr(vec![v]);
        }
        let text = v.to_pretty_string();
        let deepest = text.lines().find(|l| l.trim() == "[]").unwrap_or_default();
        assert_eq!(deepest.len(), 70 * 2 + 2);
        assert_eq!(Json::Arr(vec![Json::Null]).to_string_indented("\t"), "[\n\tnull\n]");
    }

    #[test]
    fn escapes_are_found_anywhere_in_a_word() {
        for at in 0..20 {
            for c in ['"', '\\', '\n', '\u{1f}', '\0'] {
                let mut s: String = "abcdefghijklmnopqrs\u{e9}".chars().take(at).collect();
                s.push(c);
                s.push_str("xyz\u{ff}");
                assert!(needs_escape(s.as_bytes()), "{s:?}");
            }
        }
        assert!(!needs_escape("plain ASCII text, 32 bytes long!".as_bytes()));
        assert!(!needs_escape("\u{e9}\u{80}\u{ff}\u{7f} ~ #".as_bytes()));
    }

    #[test]
    fn printing_a_value_or_taking_it_apart_writes_the_same() {
        let mut o = Obj::new();
        o.insert("a", Json::strs(["x", "y"]));
        o.insert("b", Json::obj1("c", Json::Arr(vec![Json::Null, Json::Num(1.5), Obj::new().into()])));
        o.insert("d", Json::Arr(vec![]));
        let v = Json::Obj(o);
        assert_eq!(v.clone().into_pretty_string(), v.to_pretty_string());
    }

    #[test]
    fn insert_replaces_in_place() {
        let mut o = Obj::new();
        o.insert("a", 1u32);
        o.insert("b", 2u32);
        o.insert("a", 3u32);
        assert_eq!(o.0, vec![("a".into(), Json::Num(3.0)), ("b".into(), Json::Num(2.0))]);
    }
}
