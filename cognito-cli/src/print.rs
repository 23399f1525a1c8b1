//! The printer: the block laid out as a person writes it (rustfmt leaves macro bodies alone),
//! four spaces per level, one setting per line, short lists and maps on one line.

use crate::json::Json;

/// The widest line the printer makes when it can choose (a long string stays one token).
const WIDTH: usize = 100;

/// Words a name cannot be written as bare: Rust's keywords and the words the language gives a
/// meaning (`null`, `delete`).
const RESERVED: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "delete", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "null",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "typeof", "unsized", "virtual", "yield",
];

/// Whether `name` can be written bare, as an identifier.
pub fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    let head = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    head && name != "_" && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && !RESERVED.contains(&name)
}

/// The name the block gives construct id `id`: the id when it is an identifier, else its
/// ASCII letters and digits joined by `_` (`customer-app-client` → `customer_app_client`,
/// written `customer_app_client as "customer-app-client"`), a keyword with `_` after it
/// (`fn` → `fn_`); `None` when that is no name.
pub fn ident_for(id: &str) -> Option<String> {
    if is_ident(id) {
        return Some(id.to_string());
    }
    if !id.is_ascii() {
        return None;
    }
    let words: Vec<&str> = id.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let joined = words.join("_");
    let name = match joined {
        j if j.starts_with(|c: char| c.is_ascii_digit()) => format!("_{j}"),
        j if RESERVED.contains(&j.as_str()) => format!("{j}_"),
        j => j,
    };
    is_ident(&name).then_some(name)
}

/// `s` as a Rust string literal.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A name as a key or an item id: bare when it can be, quoted otherwise.
pub fn name(s: &str) -> String {
    if is_ident(s) { s.to_string() } else { string(s) }
}

/// Lines of the block being printed.
#[derive(Default)]
pub struct Printer {
    out: String,
    level: usize,
}

impl Printer {
    pub fn new(level: usize) -> Printer {
        Printer { out: String::new(), level }
    }

    /// One line at the current level.
    pub fn line(&mut self, text: &str) {
        for _ in 0..self.level {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `head {`, then the lines `body` prints one level deeper, then `}`.
    pub fn block(&mut self, head: &str, body: impl FnOnce(&mut Printer)) {
        self.line(&format!("{head} {{"));
        let before = self.out.len();
        self.level += 1;
        body(self);
        self.level -= 1;
        if self.out.len() == before {
            // Nothing inside: `head {}` on one line.
            self.out.truncate(before.saturating_sub(1));
            self.out.push_str("}\n");
            return;
        }
        self.line("}");
    }

    /// `key: value,` — the value on one line when it fits, otherwise spread over lines.
    pub fn setting(&mut self, key: &str, value: &Json) {
        let flat = format!("{key}: {},", flat(value));
        if self.level * 4 + flat.len() <= WIDTH || !spreads(value) {
            return self.line(&flat);
        }
        let (open, close) = if matches!(value, Json::Arr(_)) { ("[", "]") } else { ("{", "}") };
        self.line(&format!("{key}: {open}"));
        self.level += 1;
        match value {
            Json::Arr(items) => {
                for item in items {
                    self.item(item);
                }
            }
            _ => {
                for (k, v) in value.entries() {
                    self.setting(&name(k), v);
                }
            }
        }
        self.level -= 1;
        self.line(&format!("{close},"));
    }

    /// A list element, spread like a setting's value when it does not fit.
    pub fn item(&mut self, value: &Json) {
        let flat = format!("{},", flat(value));
        if self.level * 4 + flat.len() <= WIDTH || !spreads(value) {
            return self.line(&flat);
        }
        let (open, close) = if matches!(value, Json::Arr(_)) { ("[", "]") } else { ("{", "}") };
        self.line(open);
        self.level += 1;
        match value {
            Json::Arr(items) => items.iter().for_each(|i| self.item(i)),
            _ => value.entries().iter().for_each(|(k, v)| self.setting(&name(k), v)),
        }
        self.level -= 1;
        self.line(&format!("{close},"));
    }

    /// Whether `line` fits at the current level.
    pub fn fits(&self, line: &str) -> bool {
        self.level * 4 + line.chars().count() <= WIDTH
    }

    /// The lines `body` prints, one level deeper.
    pub fn indent(&mut self, body: impl FnOnce(&mut Printer)) {
        self.level += 1;
        body(self);
        self.level -= 1;
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Whether a value is a list or map the printer may spread over lines (a function call such
/// as `join(…)` stays on one line).
fn spreads(value: &Json) -> bool {
    match value {
        Json::Arr(items) => !items.is_empty(),
        Json::Obj(entries) => !entries.is_empty() && function(value).is_none(),
        _ => false,
    }
}

/// The value on one line, as the language writes it.
pub fn flat(value: &Json) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Num(n) => n.clone(),
        Json::Str(s) => string(s),
        Json::Arr(items) => format!("[{}]", items.iter().map(flat).collect::<Vec<_>>().join(", ")),
        Json::Obj(entries) if entries.is_empty() => "{}".into(),
        Json::Obj(entries) => function(value).unwrap_or_else(|| {
            let inner: Vec<String> =
                entries.iter().map(|(k, v)| format!("{}: {}", name(k), flat(v))).collect();
            format!("{{ {} }}", inner.join(", "))
        }),
    }
}

/// A CloudFormation function the language writes as a call (`reference("Id")`,
/// `get_att("Id", "Arn")`, `join`, `sub`, `import_value`), when its arguments are ones the
/// call takes.
pub fn function(value: &Json) -> Option<String> {
    let [(key, arg)] = value.entries() else { return None };
    match (key.as_str(), arg) {
        ("Ref", Json::Str(id)) => Some(format!("reference({})", string(id))),
        ("Fn::GetAtt", Json::Arr(args)) => match args.as_slice() {
            [Json::Str(id), Json::Str(attribute)] => {
                Some(format!("get_att({}, {})", string(id), string(attribute)))
            }
            _ => None,
        },
        ("Fn::Sub", Json::Str(template)) => Some(format!("sub({})", string(template))),
        ("Fn::ImportValue", name) => Some(format!("import_value({})", scalar(name)?)),
        ("Fn::Join", Json::Arr(args)) => match args.as_slice() {
            [Json::Str(separator), Json::Arr(parts)] => {
                let parts: Vec<String> = parts.iter().map(scalar).collect::<Option<_>>()?;
                Some(format!("join({}, [{}])", string(separator), parts.join(", ")))
            }
            _ => None,
        },
        _ => None,
    }
}

/// A string or a function the language writes: what a `Value` setting takes.
pub fn scalar(value: &Json) -> Option<String> {
    match value {
        Json::Str(s) => Some(string(s)),
        Json::Obj(_) => function(value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn strings_are_rust_literals() {
        assert_eq!(
            string("a \"b\" \\ {####}\n\u{7}é"),
            r#""a \"b\" \\ {####}\né""#.replace("\\né", "\\n\\u{7}é")
        );
    }

    #[test]
    fn names_for_ids_that_are_not_identifiers() {
        assert_eq!(ident_for("web"), Some("web".into()));
        assert_eq!(ident_for("customer-app-client"), Some("customer_app_client".into()));
        assert_eq!(ident_for("Pool 122"), Some("Pool_122".into()));
        assert_eq!(ident_for("123abc"), Some("_123abc".into()));
        assert_eq!(ident_for("a..b--"), Some("a_b".into()));
        assert_eq!(ident_for("Ünïcödé"), None);
        assert_eq!(ident_for("--"), None);
        assert_eq!(ident_for("type"), Some("type_".into()));
        assert_eq!(ident_for("fn"), Some("fn_".into()));
    }

    #[test]
    fn names_bare_when_they_can_be() {
        assert_eq!(name("UserPoolId"), "UserPoolId");
        assert_eq!(name("type"), "\"type\"");
        assert_eq!(name("customer-app"), "\"customer-app\"");
        assert_eq!(name("9lives"), "\"9lives\"");
    }

    #[test]
    fn functions_as_calls() {
        let v =
            parse(r#"{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, {"Fn::GetAtt": ["P", "Arn"]}]]}"#)
                .unwrap();
        assert_eq!(flat(&v), r#"join("", ["arn:", reference("AWS::Partition"), get_att("P", "Arn")])"#);
        let select = parse(r#"{"Fn::Select": [0, ["a"]]}"#).unwrap();
        assert_eq!(flat(&select), r#"{ "Fn::Select": [0, ["a"]] }"#);
    }

    #[test]
    fn long_values_spread_over_lines() {
        let v = parse(&format!(r#"{{"A": "{}", "B": [1, 2]}}"#, "x".repeat(90))).unwrap();
        let mut p = Printer::new(1);
        p.setting("properties", &v);
        let want =
            format!("    properties: {{\n        A: \"{}\",\n        B: [1, 2],\n    }},\n", "x".repeat(90));
        assert_eq!(p.finish(), want);
    }
}
