//! Parses the Java regular expressions of the CloudFormation schemas (and of a parameter's
//! `allowed_pattern`) into a syntax tree. Only the subset the schemas use is accepted;
//! anything else is an error, never a guess.

use super::class::Class;
use super::error::PatternError;

/// How deep groups may nest: far more than any schema needs, and a bound on the recursion.
const MAX_DEPTH: usize = 64;
/// The largest count of a `{m,n}` repetition.
const MAX_COUNT: u32 = 1000;

/// A zero-width test of the position.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Look {
    /// `^` (and `\A`): the start of the input.
    Start,
    /// `$` and `\Z`: the end, or before a line terminator that ends the input (Java).
    End,
    /// `\z`: the very end.
    AbsoluteEnd,
    /// `(?<!X)` / `(?<=X)` with one character `X`: the previous character is (not) in it.
    Behind { class: Class, negate: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Ast {
    Empty,
    Class(Class),
    Look(Look),
    Concat(Vec<Ast>),
    Alt(Vec<Ast>),
    Repeat { ast: Box<Ast>, min: u32, max: Option<u32> },
}

pub(super) fn parse(pattern: &str) -> Result<Ast, PatternError> {
    let mut p = Parser { chars: pattern.chars().collect(), pos: 0, dotall: false, depth: 0 };
    let ast = p.alternation()?;
    match p.peek() {
        None => Ok(ast),
        Some(_) => Err(p.error("unbalanced `)`")),
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    /// `(?s)` is in effect: `.` matches line terminators too.
    dotall: bool,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek();
        self.pos += 1;
        c
    }

    fn eat(&mut self, s: &str) -> bool {
        let n = s.chars().count();
        if self.chars.get(self.pos..self.pos + n).is_some_and(|w| w.iter().copied().eq(s.chars())) {
            self.pos += n;
            return true;
        }
        false
    }

    fn error(&self, message: &str) -> PatternError {
        PatternError { message: message.to_owned(), offset: self.pos }
    }

    fn alternation(&mut self) -> Result<Ast, PatternError> {
        let mut branches = vec![self.concatenation()?];
        while self.eat("|") {
            branches.push(self.concatenation()?);
        }
        Ok(if branches.len() == 1 { branches.remove(0) } else { Ast::Alt(branches) })
    }

    fn concatenation(&mut self) -> Result<Ast, PatternError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Ast::Empty,
            1 => items.remove(0),
            _ => Ast::Concat(items),
        })
    }

    fn atom(&mut self) -> Result<Ast, PatternError> {
        let Some(c) = self.bump() else { return Err(self.error("unexpected end")) };
        Ok(match c {
            '(' => self.group()?,
            '[' => Ast::Class(self.class()?),
            '.' => Ast::Class(if self.dotall { Class::all() } else { Class::dot() }),
            '^' => Ast::Look(Look::Start),
            '$' => Ast::Look(Look::End),
            '\\' => self.escape()?,
            '*' | '+' | '?' | '{' => return Err(self.error("a quantifier with nothing to repeat")),
            c => Ast::Class(Class::char(c)),
        })
    }

    /// After `(`: a group, a flag setting or a one-character look-behind.
    fn group(&mut self) -> Result<Ast, PatternError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("groups nested too deep"));
        }
        if self.eat("?<!") || self.eat("?<=") {
            let negate = self.chars.get(self.pos - 1) == Some(&'!');
            let class = self.single_class()?;
            if !self.eat(")") {
                return Err(self.error("only a look-behind of one character is supported"));
            }
            return Ok(Ast::Look(Look::Behind { class, negate }));
        }
        if self.eat("?s)") {
            self.dotall = true;
            return Ok(Ast::Empty);
        }
        let scoped_dotall = self.eat("?s:");
        if !scoped_dotall && self.peek() == Some('?') && !self.eat("?:") {
            return Err(self.error("unsupported group construct"));
        }
        let outer_dotall = self.dotall;
        self.dotall |= scoped_dotall;
        self.depth += 1;
        let inner = self.alternation();
        self.depth -= 1;
        self.dotall = outer_dotall;
        let inner = inner?;
        if !self.eat(")") {
            return Err(self.error("unclosed group"));
        }
        Ok(inner)
    }

    /// The one character of a look-behind: a literal, an escape or a class.
    fn single_class(&mut self) -> Result<Class, PatternError> {
        match self.bump() {
            Some('[') => self.class(),
            Some('\\') => match self.escape()? {
                Ast::Class(c) => Ok(c),
                _ => Err(self.error("a look-behind takes one character")),
            },
            Some('.') => Ok(if self.dotall { Class::all() } else { Class::dot() }),
            Some(c) if !"()|*+?{".contains(c) => Ok(Class::char(c)),
            _ => Err(self.error("a look-behind takes one character")),
        }
    }

    fn quantified(&mut self, atom: Ast) -> Result<Ast, PatternError> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => return self.counted(atom),
            _ => return Ok(atom),
        };
        self.pos += 1;
        self.after_quantifier()?;
        Ok(Ast::Repeat { ast: Box::new(atom), min, max })
    }

    /// `{n}`, `{n,}` or `{n,m}`.
    fn counted(&mut self, atom: Ast) -> Result<Ast, PatternError> {
        self.pos += 1;
        let min = self.number()?.ok_or_else(|| self.error("`{` must start a repetition `{n,m}`"))?;
        let max = if self.eat(",") { self.number()? } else { Some(min) };
        if !self.eat("}") {
            return Err(self.error("unclosed repetition `{n,m}`"));
        }
        if max.is_some_and(|m| m < min) {
            return Err(self.error("a repetition `{n,m}` with n > m"));
        }
        self.after_quantifier()?;
        Ok(Ast::Repeat { ast: Box::new(atom), min, max })
    }

    fn number(&mut self) -> Result<Option<u32>, PatternError> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d);
            self.pos += 1;
        }
        if n > MAX_COUNT {
            return Err(self.error("a repetition count above 1000"));
        }
        Ok((self.pos > start).then_some(n))
    }

    /// A lazy `?` means the same for a yes/no match; a possessive `+` does not, and a second
    /// quantifier is an error in Java.
    fn after_quantifier(&mut self) -> Result<(), PatternError> {
        self.eat("?");
        match self.peek() {
            Some('+') => Err(self.error("possessive quantifiers are not supported")),
            Some('*' | '?' | '{') => Err(self.error("a quantifier with nothing to repeat")),
            _ => Ok(()),
        }
    }

    /// After `\` outside a class.
    fn escape(&mut self) -> Result<Ast, PatternError> {
        match self.peek() {
            Some('A') => {
                self.pos += 1;
                Ok(Ast::Look(Look::Start))
            }
            Some('Z') => {
                self.pos += 1;
                Ok(Ast::Look(Look::End))
            }
            Some('z') => {
                self.pos += 1;
                Ok(Ast::Look(Look::AbsoluteEnd))
            }
            _ => Ok(Ast::Class(self.class_escape()?)),
        }
    }

    /// After `\`: an escape that stands for a set of characters (or one).
    fn class_escape(&mut self) -> Result<Class, PatternError> {
        let Some(c) = self.bump() else { return Err(self.error("a trailing `\\`")) };
        Ok(match c {
            'd' => Class::digit(),
            'D' => Class::digit().negate(),
            'w' => Class::word(),
            'W' => Class::word().negate(),
            's' => Class::space(),
            'S' => Class::space().negate(),
            'p' | 'P' => {
                let class = self.property()?;
                if c == 'P' { class.negate() } else { class }
            }
            'x' => Class::char(self.hex(2)?),
            'u' => Class::char(self.hex(4)?),
            't' => Class::char('\t'),
            'n' => Class::char('\n'),
            'r' => Class::char('\r'),
            'f' => Class::char('\u{c}'),
            'a' => Class::char('\u{7}'),
            'e' => Class::char('\u{1b}'),
            c if c.is_ascii_alphanumeric() => return Err(self.error("unsupported escape")),
            c => Class::char(c),
        })
    }

    /// `{NAME}` or one letter after `\p`.
    fn property(&mut self) -> Result<Class, PatternError> {
        let name: String = if self.eat("{") {
            let start = self.pos;
            while self.peek().is_some_and(|c| c != '}') {
                self.pos += 1;
            }
            let name = self.chars[start..self.pos].iter().collect();
            if !self.eat("}") {
                return Err(self.error("unclosed `\\p{`"));
            }
            name
        } else {
            self.bump().map(String::from).unwrap_or_default()
        };
        Class::category(&name).ok_or_else(|| self.error("unsupported `\\p{…}` class"))
    }

    fn hex(&mut self, digits: usize) -> Result<char, PatternError> {
        let text: String = self.chars.get(self.pos..self.pos + digits).unwrap_or(&[]).iter().collect();
        let code = u32::from_str_radix(&text, 16).ok().filter(|_| text.len() == digits);
        let c = code.and_then(char::from_u32).ok_or_else(|| self.error("a malformed hexadecimal escape"))?;
        self.pos += digits;
        Ok(c)
    }

    /// After `[`: the members up to `]`.
    fn class(&mut self) -> Result<Class, PatternError> {
        let negate = self.eat("^");
        let mut set = Class::default();
        if self.peek() == Some(']') {
            return Err(self.error("an empty class `[]`"));
        }
        loop {
            match self.peek() {
                None => return Err(self.error("unclosed class `[`")),
                Some(']') => {
                    self.pos += 1;
                    break;
                }
                Some('[') => return Err(self.error("nested classes are not supported")),
                Some('&') if self.peek_at(1) == Some('&') => {
                    return Err(self.error("class intersections are not supported"));
                }
                Some(_) => set = set.union(&self.class_member()?),
            }
        }
        Ok(if negate { set.negate() } else { set })
    }

    /// One member of a class: a character, a range `a-z`, or an escape such as `\w`.
    fn class_member(&mut self) -> Result<Class, PatternError> {
        let first = self.class_atom()?;
        let Some(lo) = single(&first) else { return self.no_range_after_set(first) };
        if self.peek() != Some('-') || matches!(self.peek_at(1), Some(']') | None) {
            return Ok(first);
        }
        self.pos += 1;
        let last = self.class_atom()?;
        match single(&last) {
            Some(hi) if hi >= lo => Ok(Class::from_ranges([(lo, hi)])),
            Some(_) => Err(self.error("a class range out of order")),
            None => Err(self.error("a class range ending in a set")),
        }
    }

    /// `\w-x` is an error in Java; a `-` after a set and before `]` is a literal.
    fn no_range_after_set(&mut self, set: Class) -> Result<Class, PatternError> {
        if self.peek() == Some('-') && !matches!(self.peek_at(1), Some(']') | None) {
            return Err(self.error("a class range starting at a set"));
        }
        Ok(set)
    }

    fn class_atom(&mut self) -> Result<Class, PatternError> {
        match self.bump() {
            Some('\\') => self.class_escape(),
            Some(c) => Ok(Class::char(c)),
            None => Err(self.error("unclosed class `[`")),
        }
    }
}

/// The one code point of a class written as a single character.
fn single(class: &Class) -> Option<u32> {
    match class.ranges() {
        [(lo, hi)] if lo == hi => Some(*lo),
        _ => None,
    }
}
