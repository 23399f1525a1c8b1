//! Java regular expressions, the subset the CloudFormation schemas use, matched in time
//! linear in the input (a Thompson automaton, all states at once: no backtracking, so no
//! input can make a match slow).
//!
//! The semantics are Java's (`java.util.regex`, which CloudFormation and Cognito run): `\w`,
//! `\d`, `\s` are ASCII; `\p{L}` and the other one-letter categories are Unicode general
//! categories; `$` and `\Z` also match before a line terminator that ends the input; `.`
//! matches no line terminator unless `(?s)`.
//!
//! ```
//! use cognito_runtime::schema::Pattern;
//!
//! let p = Pattern::new(r"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$").unwrap();
//! assert!(p.is_match("Grüße!"));
//! assert!(!p.is_match("two words"));
//! assert!(Pattern::new("(?<=x").is_err());
//! ```

mod class;
mod compile;
mod error;
mod parse;

use compile::{Inst, Program};
pub use error::PatternError;
use parse::Look;

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    source: String,
    program: Program,
}

impl Pattern {
    /// Compiles `pattern`.
    pub fn new(pattern: &str) -> Result<Pattern, PatternError> {
        let ast = parse::parse(pattern)?;
        Ok(Pattern { source: pattern.to_owned(), program: compile::compile(&ast)? })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True when the pattern matches somewhere in `text` (Java's `find()`, what a JSON
    /// schema's `pattern` means).
    pub fn is_match(&self, text: &str) -> bool {
        self.run(&text.chars().collect::<Vec<_>>(), false)
    }

    /// True when the pattern matches the whole of `text` (Java's `matches()`, what a
    /// CloudFormation parameter's `AllowedPattern` means).
    pub fn is_full_match(&self, text: &str) -> bool {
        self.run(&text.chars().collect::<Vec<_>>(), true)
    }

    /// Steps every live state over `text` at once; `full` starts only at 0 and accepts only
    /// at the end.
    fn run(&self, text: &[char], full: bool) -> bool {
        let mut vm = Vm {
            program: &self.program,
            text,
            seen: vec![usize::MAX; self.program.insts.len()],
            stack: Vec::new(),
        };
        let mut current = Vec::new();
        let mut next = Vec::new();
        for pos in 0..=text.len() {
            if pos == 0 || !full {
                vm.add(&mut current, 0, pos);
            }
            for &pc in &current {
                match self.program.insts.get(pc) {
                    Some(Inst::Match) if !full || pos == text.len() => return true,
                    Some(Inst::Class(c)) => {
                        let class = self.program.classes.get(*c);
                        let hit = text.get(pos).zip(class).is_some_and(|(ch, class)| class.contains(*ch));
                        if hit {
                            vm.add(&mut next, pc + 1, pos + 1);
                        }
                    }
                    _ => {}
                }
            }
            std::mem::swap(&mut current, &mut next);
            next.clear();
            if full && current.is_empty() {
                return false;
            }
        }
        false
    }
}

struct Vm<'a> {
    program: &'a Program,
    text: &'a [char],
    /// The position at which each instruction was last added (each is added once per
    /// position, which is what keeps the match linear).
    seen: Vec<usize>,
    stack: Vec<usize>,
}

impl Vm<'_> {
    /// Adds `pc` and every state reachable from it without reading a character.
    fn add(&mut self, list: &mut Vec<usize>, pc: usize, pos: usize) {
        self.stack.push(pc);
        while let Some(pc) = self.stack.pop() {
            match self.seen.get_mut(pc) {
                Some(seen) if *seen != pos => *seen = pos,
                _ => continue,
            }
            list.push(pc);
            match self.program.insts.get(pc) {
                Some(Inst::Jump(to)) => self.stack.push(*to),
                Some(Inst::Split(a, b)) => {
                    self.stack.push(*b);
                    self.stack.push(*a);
                }
                Some(Inst::Look(look)) if holds(look, self.text, pos) => self.stack.push(pc + 1),
                _ => {}
            }
        }
    }
}

fn holds(look: &Look, text: &[char], pos: usize) -> bool {
    match look {
        Look::Start => pos == 0,
        Look::AbsoluteEnd => pos == text.len(),
        Look::End => at_java_end(text, pos),
        Look::Behind { class, negate } => {
            let inside = pos.checked_sub(1).and_then(|i| text.get(i)).is_some_and(|c| class.contains(*c));
            inside != *negate
        }
    }
}

/// Java's `$` without MULTILINE: the end, or before the line terminator (`\r\n`, `\n`, `\r`,
/// `\u0085`, `\u2028`, `\u2029`) that ends the input, never between `\r` and `\n`.
fn at_java_end(text: &[char], pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or(&[]);
    match rest {
        [] => true,
        ['\r', '\n'] => true,
        ['\n'] => pos == 0 || text.get(pos - 1) != Some(&'\r'),
        ['\r' | '\u{85}' | '\u{2028}' | '\u{2029}'] => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, s: &str) -> bool {
        Pattern::new(p).unwrap_or_else(|e| panic!("{p}: {e}")).is_match(s)
    }

    #[test]
    fn anchors_follow_java() {
        assert!(find("^a$", "a"));
        assert!(find("^a$", "a\n"), "`$` before a final line terminator");
        assert!(find("^a$", "a\r\n"));
        assert!(find("^a$", "a\u{2028}"));
        assert!(!find("^a$", "a\n\n"));
        assert!(!find("^a\r$", "a\r\n"), "never between \\r and \\n");
        assert!(find(r"^a\Z", "a\n"));
        assert!(!find(r"^a\z", "a\n"));
    }

    #[test]
    fn dot_and_dotall() {
        assert!(!find("^.$", "\n"));
        assert!(!find("^.$", "\u{85}"));
        assert!(find("^(?s).$", "\n"));
        assert!(find("^(?s:.)$", "\r"));
        assert!(find("^(?s)", ""));
    }

    #[test]
    fn classes_and_escapes() {
        assert!(find(r"^[\w+=,.@-]+$", "my-role_1@x"));
        assert!(!find(r"^[\w+=,.@-]+$", "é"), "`\\w` is ASCII in Java");
        assert!(find(r"^[a-zA-Z0-9-_]+$", "a-_"));
        assert!(find(r"^[\u0009\u000A\u000D\u0020-\u00FF]+$", "{\"a\": \"ÿ\"}\t"));
        assert!(!find(r"^[\u0009\u000A\u000D\u0020-\u00FF]+$", "Ā"));
        assert!(find(r"^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$", "Okta"));
        assert!(!find(r"^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$", "_kta"));
        assert!(find(r"^[0-9A-Za-z\.\-_]*(?<!\.)$", "bucket.name"));
        assert!(!find(r"^[0-9A-Za-z\.\-_]*(?<!\.)$", "bucket."));
        assert!(find(r"\{####\}", "code {####} here"));
    }

    #[test]
    fn repetition_and_alternation() {
        let domain = r"^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$";
        assert!(find(domain, "a"));
        assert!(find(domain, &format!("a{}b", "-".repeat(61))));
        assert!(!find(domain, &format!("a{}b", "-".repeat(62))));
        assert!(find(r"^(lambda:[*]|lambda:[a-zA-Z]+|[*])$", "lambda:InvokeFunction"));
        assert!(!find(r"^(lambda:[*]|lambda:[a-zA-Z]+|[*])$", "lambda:"));
        assert!(
            find(r"^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$", "/x"),
            "a top-level `|` splits the anchors"
        );
        assert!(Pattern::new("^a{2,1}$").is_err());
    }

    #[test]
    fn full_match_needs_the_whole_input() {
        let p = Pattern::new("[a-z]+").unwrap_or_else(|e| panic!("{e}"));
        assert!(p.is_match("abc1") && !p.is_full_match("abc1") && p.is_full_match("abc"));
        let p = Pattern::new("a$").unwrap_or_else(|e| panic!("{e}"));
        assert!(!p.is_full_match("a\n"), "`$` does not consume the terminator");
    }

    #[test]
    fn unsupported_syntax_is_an_error_not_a_guess() {
        for p in ["(?i)a", "a++", "[a&&b]", "[[a]]", r"\bword", r"\1", "a{", "(?=a)", "[]", "a**", "(?<!ab)"]
        {
            assert!(Pattern::new(p).is_err(), "{p} should be rejected");
        }
    }

    #[test]
    fn hostile_input_stays_linear() {
        // Backtracking engines take exponential time on these; the automaton takes one pass.
        let text = format!("{}!", "{##".repeat(20_000));
        let started = std::time::Instant::now();
        let p = r"^[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*\{##[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*##\}[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*$";
        assert!(!find(p, &format!("{text}\u{0}")));
        assert!(!find("^(a+)+$", &format!("{}b", "a".repeat(50_000))));
        assert!(!find("^(a|a)*$", &format!("{}b", "a".repeat(50_000))));
        assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    }

    #[test]
    fn hostile_patterns_are_bounded() {
        assert!(Pattern::new(&"(".repeat(100_000)).is_err());
        assert!(Pattern::new("((((){1000}){1000}){1000}){1000}").is_err());
        assert!(Pattern::new("(a{1000}){1000}").is_err());
    }
}
