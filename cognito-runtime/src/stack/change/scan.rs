//! A reader of JSON text that compares it with a [`Json`] tree as it goes: no tree is built
//! and no string copied (an escaped string is decoded as it is compared). It answers the
//! questions of [`super::quick`]; any malformed text makes it answer `false`, and the caller
//! leaves the text to serde_json, which says what is wrong.

use std::borrow::Cow;

use crate::core::json::{Json, Obj};

/// serde_json's nesting limit: deeper text is an error there, so "not the same" here.
const MAX_DEPTH: usize = 128;

/// A decoded string of the text: borrowed unless it holds an escape.
pub(crate) type Text<'t> = Cow<'t, str>;

/// A cursor over the text (copied to try a comparison and go back).
#[derive(Clone, Copy)]
pub(crate) struct Reader<'t> {
    text: &'t str,
    at: usize,
    depth: usize,
}

impl<'t> Reader<'t> {
    /// A reader at the start of `text` (a byte order mark skipped).
    pub fn new(text: &'t str) -> Reader<'t> {
        Reader { text: text.strip_prefix('\u{feff}').unwrap_or(text), at: 0, depth: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips white space; the position of the next token.
    pub fn white(&mut self) -> usize {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
        self.at
    }

    /// The text from `start` to here.
    pub fn since(&self, start: usize) -> &'t str {
        self.text.get(start..self.at).unwrap_or_default()
    }

    /// Consumes `byte` after white space.
    fn eat(&mut self, byte: u8) -> bool {
        self.white();
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// Nothing but white space is left.
    pub fn end(&mut self) -> bool {
        self.white() == self.text.len()
    }

    fn deeper(&mut self) -> bool {
        self.depth += 1;
        self.depth <= MAX_DEPTH
    }

    /// An object: `entry` reads each value after its key, and says whether to go on.
    pub fn object(&mut self, mut entry: impl FnMut(&mut Reader<'t>, Text<'t>) -> bool) -> bool {
        if !self.eat(b'{') || !self.deeper() {
            return false;
        }
        if self.eat(b'}') {
            self.depth -= 1;
            return true;
        }
        loop {
            self.white();
            let Some(key) = self.string() else { return false };
            if !self.eat(b':') || !entry(self, key) {
                return false;
            }
            if self.eat(b',') {
                continue;
            }
            self.depth -= 1;
            return self.eat(b'}');
        }
    }

    /// An array: `item` reads each element, and says whether to go on.
    fn array(&mut self, mut item: impl FnMut(&mut Reader<'t>) -> bool) -> bool {
        if !self.eat(b'[') || !self.deeper() {
            return false;
        }
        if self.eat(b']') {
            self.depth -= 1;
            return true;
        }
        loop {
            if !item(self) {
                return false;
            }
            if self.eat(b',') {
                continue;
            }
            self.depth -= 1;
            return self.eat(b']');
        }
    }

    /// The next value equals `ours`, as `serde_json::Value`s compare (objects as maps).
    pub fn same(&mut self, ours: &Json) -> bool {
        self.white();
        match (self.peek(), ours) {
            (Some(b'{'), Json::Obj(o)) => self.same_object(o),
            (Some(b'['), Json::Arr(items)) => {
                let mut items = items.iter();
                self.array(|r| items.next().is_some_and(|item| r.same(item))) && items.next().is_none()
            }
            (Some(b'"'), Json::Str(s)) => self.string().is_some_and(|t| t == *s),
            (Some(b't'), Json::Bool(true)) => self.word("true"),
            (Some(b'f'), Json::Bool(false)) => self.word("false"),
            (Some(b'n'), Json::Null) => self.word("null"),
            (Some(b'-' | b'0'..=b'9'), Json::Num(n)) => self.same_integer(*n),
            _ => false,
        }
    }

    /// An object with the keys of `ours` (each once) and equal values, in any order.
    fn same_object(&mut self, ours: &Obj) -> bool {
        let mut matched = Matched::new(ours.0.len());
        let mut cursor = 0;
        let ok = self.object(|r, key| match find(ours, &key, &mut cursor) {
            Some(i) if matched.first(i) => ours.0.get(i).is_some_and(|(_, v)| r.same(v)),
            _ => false,
        });
        ok && matched.all()
    }

    fn word(&mut self, word: &str) -> bool {
        let found = self.text.get(self.at..).is_some_and(|rest| rest.starts_with(word));
        self.at += word.len();
        found
    }

    /// A plain integer (`-12`, `0`) equal to `ours`, as `Json::into_serde` gives ours (an
    /// integer below 2^53) and serde_json reads the text (an integer). Fractions and
    /// exponents answer `false`: serde_json reads them as floats, which the full comparison
    /// weighs.
    fn same_integer(&mut self, ours: f64) -> bool {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        let digits = self.text.as_bytes().get(start..self.at).unwrap_or_default();
        // serde_json reads `-0` as a float; a leading zero is not JSON.
        let zero = digits == b"0";
        let leading_zero = !zero && digits.starts_with(b"0");
        let fraction = matches!(self.peek(), Some(b'.' | b'e' | b'E'));
        if digits.is_empty() || digits.len() > 15 || leading_zero || (negative && zero) || fraction {
            return false;
        }
        let value = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
        let value = if negative { -value } else { value };
        ours.fract() == 0.0 && ours.abs() < 9_007_199_254_740_992.0 && ours as i64 == value
    }

    /// A string, decoded (borrowed when it has no escape); `None` on a malformed one.
    pub fn string(&mut self) -> Option<Text<'t>> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let start = self.at;
        self.plain_run();
        match self.peek()? {
            b'"' => {
                let raw = self.text.get(start..self.at)?;
                self.at += 1;
                Some(Cow::Borrowed(raw))
            }
            b'\\' => self.escaped(start).map(Cow::Owned),
            _ => None,
        }
    }

    /// Moves past the characters of a string that stand for themselves.
    fn plain_run(&mut self) {
        let rest = self.text.as_bytes().get(self.at..).unwrap_or_default();
        self.at += rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
    }

    /// The rest of a string from `start` that holds an escape.
    fn escaped(&mut self, start: usize) -> Option<String> {
        let mut out = String::from(self.text.get(start..self.at)?);
        loop {
            let run = self.at;
            self.plain_run();
            out.push_str(self.text.get(run..self.at)?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return None,
            }
        }
    }

    /// The character an escape after `\` stands for.
    fn escape(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(),
            _ => return None,
        })
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`.
    fn unicode(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(high);
        }
        if !self.text.get(self.at..)?.starts_with("\\u") {
            return None;
        }
        self.at += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return None;
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let n = u32::from_str_radix(digits, 16).ok()?;
        self.at += 4;
        Some(n)
    }

    /// Skips a value, checking that it is JSON.
    pub fn skip(&mut self) -> bool {
        self.white();
        match self.peek() {
            Some(b'{') => self.object(|r, _| r.skip()),
            Some(b'[') => self.array(Reader::skip),
            Some(b'"') => self.string().is_some(),
            Some(b't') => self.word("true"),
            Some(b'f') => self.word("false"),
            Some(b'n') => self.word("null"),
            Some(b'-' | b'0'..=b'9') => self.skip_number(),
            _ => false,
        }
    }

    /// A number of JSON's grammar.
    fn skip_number(&mut self) -> bool {
        let digits = |r: &mut Reader| {
            let start = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > start
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let (start, leading_zero) = (self.at, self.peek() == Some(b'0'));
        if !digits(self) || (leading_zero && self.at - start > 1) {
            return false;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return false;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return false;
            }
        }
        true
    }
}

/// The position of `key` in `obj`, trying `cursor` first (the text usually lists the keys in
/// the order ours has them), then every key; `cursor` moves past the key found.
pub(crate) fn find(obj: &Obj, key: &str, cursor: &mut usize) -> Option<usize> {
    let at = |i: usize| obj.0.get(i).is_some_and(|(k, _)| k == key);
    let i = if at(*cursor) { *cursor } else { obj.0.iter().position(|(k, _)| k == key)? };
    *cursor = i + 1;
    Some(i)
}

/// Which keys of an object were met: bits for the objects of a template (a few keys), a
/// list for a section (hundreds of resources).
pub(crate) enum Matched {
    Bits(u64, usize),
    List(Vec<bool>),
}

impl Matched {
    pub fn new(len: usize) -> Matched {
        if len <= 64 { Matched::Bits(0, len) } else { Matched::List(vec![false; len]) }
    }

    /// Marks key `i` met; false when it was already (a key given twice) or is out of range.
    pub fn first(&mut self, i: usize) -> bool {
        match self {
            Matched::Bits(bits, len) => {
                let bit = 1u64.checked_shl(u32::try_from(i).unwrap_or(u32::MAX)).unwrap_or(0);
                let new = i < *len && *bits & bit == 0;
                *bits |= bit;
                new
            }
            Matched::List(list) => match list.get_mut(i) {
                Some(m) if !*m => {
                    *m = true;
                    true
                }
                _ => false,
            },
        }
    }

    /// Whether key `i` was met.
    pub fn has(&self, i: usize) -> bool {
        match self {
            Matched::Bits(bits, _) => i < 64 && bits & (1u64 << i) != 0,
            Matched::List(list) => list.get(i).copied().unwrap_or(false),
        }
    }

    /// Whether every key was met.
    pub fn all(&self) -> bool {
        match self {
            Matched::Bits(bits, len) => bits.count_ones() as usize == *len,
            Matched::List(list) => list.iter().all(|m| *m),
        }
    }
}
