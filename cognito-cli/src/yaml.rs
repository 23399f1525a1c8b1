//! CloudFormation's YAML (what `cdk synth` prints, what `aws cloudformation get-template` may
//! return) read into the same [`Json`] a JSON template gives: keys in their order, numbers by
//! their text, and the short-form tags (`!Ref`, `!GetAtt a.b`, `!Sub`, …) as the long form
//! (`{"Ref": …}`, `{"Fn::GetAtt": ["a", "b"]}`, `{"Fn::Sub": …}`).

use std::collections::HashMap;
use std::fmt;

use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};

use crate::json::Json;

/// Where and why the text is not a YAML template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub what: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {}, column {}", self.what, self.line, self.column)
    }
}

/// Nesting deeper than this is refused, as in JSON.
const MAX_DEPTH: usize = 256;

/// The short forms CloudFormation knows besides `!Ref`, `!Condition` and `!GetAtt`: `!Name`
/// is `{"Fn::Name": …}`.
/// CloudFormation, "Intrinsic function reference" (the YAML short forms).
const FUNCTIONS: &[&str] = &[
    "Base64",
    "Cidr",
    "FindInMap",
    "GetAZs",
    "ImportValue",
    "Join",
    "Select",
    "Split",
    "Sub",
    "If",
    "Equals",
    "Not",
    "And",
    "Or",
    "Length",
    "ToJsonString",
    "Transform",
];

/// Parses `text`, one YAML document.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut b = Builder::default();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| SyntaxError {
            line: e.marker().line(),
            column: e.marker().col() + 1,
            what: e.info().to_string(),
        })?;
        b.event(event, span)?;
    }
    b.root.ok_or(SyntaxError { line: 1, column: 1, what: "the file has no YAML document".into() })
}

/// A collection being read, with its anchor and tag.
struct Frame {
    node: Node,
    anchor: usize,
    tag: Option<Tag>,
    at: Span,
}

enum Node {
    Seq(Vec<Json>),
    /// The entries, and the key read whose value comes next.
    Map(Vec<(String, Json)>, Option<String>),
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    anchors: HashMap<usize, Json>,
    root: Option<Json>,
}

fn error(at: Span, what: impl Into<String>) -> SyntaxError {
    SyntaxError { line: at.start.line(), column: at.start.col() + 1, what: what.into() }
}

impl Builder {
    fn event(&mut self, event: Event<'_>, at: Span) -> Result<(), SyntaxError> {
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                if self.wants_key() {
                    return self.key(&text, tag.is_some(), at);
                }
                let value = scalar(&text, style, tag.as_deref(), at)?;
                self.done(value, anchor, at)
            }
            Event::SequenceStart(anchor, tag) => {
                self.open(Node::Seq(Vec::new()), anchor, tag.map(|t| t.into_owned()), at)
            }
            Event::MappingStart(anchor, tag) => {
                self.open(Node::Map(Vec::new(), None), anchor, tag.map(|t| t.into_owned()), at)
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(at),
            Event::Alias(id) => {
                if self.wants_key() {
                    return Err(error(at, "an alias as a key"));
                }
                let value =
                    self.anchors.get(&id).cloned().ok_or_else(|| error(at, "an alias to no anchor"))?;
                self.done(value, 0, at)
            }
            Event::DocumentStart(_) if self.root.is_some() => {
                Err(error(at, "a second YAML document; a template is one document"))
            }
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(_)
            | Event::DocumentEnd => Ok(()),
        }
    }

    /// Whether the next node is a mapping's key.
    fn wants_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame { node: Node::Map(_, None), .. }))
    }

    fn key(&mut self, text: &str, tagged: bool, at: Span) -> Result<(), SyntaxError> {
        if tagged {
            return Err(error(at, "a tagged key; a template's keys are plain names"));
        }
        if let Some(Frame { node: Node::Map(_, key), .. }) = self.stack.last_mut() {
            *key = Some(text.to_string());
        }
        Ok(())
    }

    fn open(&mut self, node: Node, anchor: usize, tag: Option<Tag>, at: Span) -> Result<(), SyntaxError> {
        if self.wants_key() {
            return Err(error(at, "a key that is a collection; a template's keys are plain names"));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(at, "nesting too deep"));
        }
        self.stack.push(Frame { node, anchor, tag, at });
        Ok(())
    }

    fn close(&mut self, at: Span) -> Result<(), SyntaxError> {
        let frame = self.stack.pop().ok_or_else(|| error(at, "the end of a collection never opened"))?;
        let value = match frame.node {
            Node::Seq(items) => Json::Arr(items),
            Node::Map(entries, _) => Json::Obj(entries),
        };
        let value = match &frame.tag {
            Some(tag) => tagged(tag, value, frame.at)?,
            None => value,
        };
        self.done(value, frame.anchor, frame.at)
    }

    /// A whole node read: into its collection, or the document's root.
    fn done(&mut self, value: Json, anchor: usize, at: Span) -> Result<(), SyntaxError> {
        if anchor != 0 {
            self.anchors.insert(anchor, value.clone());
        }
        match self.stack.last_mut() {
            None if self.root.is_some() => {
                Err(error(at, "a second YAML document; a template is one document"))
            }
            None => {
                self.root = Some(value);
                Ok(())
            }
            Some(Frame { node: Node::Seq(items), .. }) => {
                items.push(value);
                Ok(())
            }
            Some(Frame { node: Node::Map(entries, key), .. }) => {
                let key = key.take().unwrap_or_default();
                // A repeated key keeps its last value, as the JSON reader does.
                entries.retain(|(k, _)| *k != key);
                entries.push((key, value));
                Ok(())
            }
        }
    }
}

/// A scalar's value: a plain one resolved (null, boolean, number, else string), a quoted or
/// block one a string, a tagged one as its tag says.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>, at: Span) -> Result<Json, SyntaxError> {
    match tag {
        Some(tag) if tag.is_yaml_core_schema() => core(tag, text, at),
        Some(tag) => tagged(tag, Json::Str(text.to_string()), at),
        None if style == ScalarStyle::Plain => Ok(resolve(text)),
        None => Ok(Json::Str(text.to_string())),
    }
}

/// `!!str`, `!!int`… on a scalar.
fn core(tag: &Tag, text: &str, at: Span) -> Result<Json, SyntaxError> {
    match (tag.suffix.as_str(), resolve(text)) {
        ("str", _) => Ok(Json::Str(text.to_string())),
        ("int" | "float", v @ Json::Num(_)) | ("bool", v @ Json::Bool(_)) | ("null", v @ Json::Null) => Ok(v),
        (suffix, _) => Err(error(at, format!("`!!{suffix}` on \"{text}\", which is not one"))),
    }
}

/// A short-form intrinsic function as its long form.
fn tagged(tag: &Tag, value: Json, at: Span) -> Result<Json, SyntaxError> {
    if tag.is_yaml_core_schema() && matches!(tag.suffix.as_str(), "map" | "seq") {
        return Ok(value);
    }
    let name = tag.suffix.as_str();
    if tag.handle != "!" {
        return Err(error(at, format!("an unknown tag `{}{name}`", tag.handle)));
    }
    let one = |key: String, value: Json| Json::Obj(vec![(key, value)]);
    match (name, value) {
        ("Ref" | "Condition", value) => Ok(one(name.to_string(), value)),
        ("GetAtt", Json::Str(s)) => match s.split_once('.') {
            Some((resource, attribute)) => Ok(one(
                "Fn::GetAtt".into(),
                Json::Arr(vec![Json::Str(resource.to_string()), Json::Str(attribute.to_string())]),
            )),
            None => Err(error(at, format!("`!GetAtt {s}` names no attribute; write `!GetAtt {s}.Arn`"))),
        },
        (name, value) if name == "GetAtt" || FUNCTIONS.contains(&name) => {
            Ok(one(format!("Fn::{name}"), value))
        }
        (name, _) => Err(error(
            at,
            format!(
                "an unknown tag `!{name}`; CloudFormation's short forms are `!Ref`, `!Condition`, `!GetAtt`, `!{}`",
                FUNCTIONS.join("`, `!")
            ),
        )),
    }
}

/// A plain scalar's value under YAML 1.1, as CloudFormation reads it.
fn resolve(text: &str) -> Json {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Json::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Json::Bool(true),
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => return Json::Bool(false),
        _ => {}
    }
    number(text).map_or_else(|| Json::Str(text.to_string()), Json::Num)
}

/// A number's text as JSON writes it: kept as written where JSON has the same form.
fn number(text: &str) -> Option<String> {
    if crate::json::parse(text).is_ok_and(|v| matches!(v, Json::Num(_))) {
        return Some(text.to_string());
    }
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    if let Some(hex) = unsigned.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(|n| n.to_string());
    }
    if let Some(octal) = unsigned.strip_prefix("0o") {
        return i64::from_str_radix(octal, 8).ok().map(|n| n.to_string());
    }
    let digits = unsigned.trim_start_matches('-');
    let float_like = digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    let n: f64 = unsigned.parse().ok().filter(|n: &f64| n.is_finite() && float_like)?;
    Some(n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Json {
        crate::json::parse(text).unwrap()
    }

    #[test]
    fn short_forms_are_the_long_forms() {
        let yaml = "A: !Ref Pool\nB: !GetAtt Pool.Arn\nC: !GetAtt [Pool, ProviderName]\nD: !Sub '${AWS::Region}-x'\nE: !Join\n  - ''\n  - - !Ref AWS::Partition\n    - ':x'\nF: !If [Cond, !GetAZs '', !Ref AWS::NoValue]\nG: !Select [0, !Split [',', !ImportValue Out]]\nH: !Condition Cond\nI: !Base64 {a: 1}\n";
        let want = json(
            r#"{"A": {"Ref": "Pool"}, "B": {"Fn::GetAtt": ["Pool", "Arn"]}, "C": {"Fn::GetAtt": ["Pool", "ProviderName"]},
            "D": {"Fn::Sub": "${AWS::Region}-x"}, "E": {"Fn::Join": ["", [{"Ref": "AWS::Partition"}, ":x"]]},
            "F": {"Fn::If": ["Cond", {"Fn::GetAZs": ""}, {"Ref": "AWS::NoValue"}]},
            "G": {"Fn::Select": [0, {"Fn::Split": [",", {"Fn::ImportValue": "Out"}]}]},
            "H": {"Condition": "Cond"}, "I": {"Fn::Base64": {"a": 1}}}"#,
        );
        assert_eq!(parse(yaml).unwrap(), want);
    }

    #[test]
    fn scalars_resolve_as_cloudformation_reads_them() {
        let yaml = "a: 1.50\nb: '1.50'\nc: yes\nd: ~\ne: 0x1F\nf: +7\ng: 1e3\nh: abc\ni: !!str 12\nj: |\n  x\n  y\nk: \"\\u00e9\"\nl: .5\n";
        let want = json(
            r#"{"a": 1.50, "b": "1.50", "c": true, "d": null, "e": 31, "f": 7, "g": 1e3, "h": "abc", "i": "12", "j": "x\ny\n", "k": "é", "l": 0.5}"#,
        );
        assert_eq!(parse(yaml).unwrap(), want);
    }

    #[test]
    fn keys_keep_their_order_and_aliases_their_value() {
        let v = parse("z: &x [1, 2]\na: *x\nm: {q: 1}\n").unwrap();
        assert_eq!(v, json(r#"{"z": [1, 2], "a": [1, 2], "m": {"q": 1}}"#));
    }

    #[test]
    fn errors_say_where() {
        let e = |text: &str| parse(text).unwrap_err().to_string();
        assert_eq!(
            e("a: !Foo x\n"),
            format!(
                "an unknown tag `!Foo`; CloudFormation's short forms are `!Ref`, `!Condition`, `!GetAtt`, `!{}` at line 1, column 4",
                FUNCTIONS.join("`, `!")
            )
        );
        assert_eq!(
            e("a: !GetAtt Pool\n"),
            "`!GetAtt Pool` names no attribute; write `!GetAtt Pool.Arn` at line 1, column 4"
        );
        assert_eq!(
            e("a: 1\n---\nb: 2\n"),
            "a second YAML document; a template is one document at line 2, column 1"
        );
        assert_eq!(
            e("? [a]\n: 1\n"),
            "a key that is a collection; a template's keys are plain names at line 1, column 3"
        );
        assert_eq!(e("a: *nowhere\n").split(" at ").next(), Some("while parsing node, found unknown anchor"));
        // The parser's own limit comes first; ours holds if it ever rises.
        assert_eq!(e(&"[".repeat(300)), "recursion limit exceeded at line 1, column 256");
        assert_eq!(e(""), "the file has no YAML document at line 1, column 1");
    }
}
