//! What the validator finds: where, which constraint, which value; and how to say it.

use std::fmt;

use super::table::Lit;
use crate::core::json::{Json, js_number};

/// A value that breaks its resource schema.
#[derive(Clone, Debug, PartialEq)]
pub struct SchemaIssue {
    /// The path below the resource's `Properties`: property names and list indices
    /// (`["Tags", "3", "Value"]`, shown as `Tags.3.Value`).
    pub path: Vec<String>,
    /// The constraint broken.
    pub constraint: Constraint,
    /// The offending value (`null` for a missing property).
    pub value: Json,
}

/// A constraint of a resource schema.
#[derive(Clone, Debug, PartialEq)]
pub enum Constraint {
    /// `type`: the value is of another JSON type.
    Type {
        /// The types allowed, in words (`"a string"`).
        expected: &'static str,
    },
    /// `enum`: not one of the values listed.
    Enum {
        /// The values allowed.
        allowed: &'static [Lit],
    },
    /// `minLength` / `maxLength`, in UTF-16 code units (as Java counts).
    Length {
        /// `minLength`.
        min: Option<u32>,
        /// `maxLength`.
        max: Option<u32>,
        /// The value's length.
        actual: usize,
    },
    /// `pattern`: the string does not match it (anywhere, as JSON schemas mean).
    Pattern {
        /// The Java regular expression.
        pattern: &'static str,
    },
    /// `minimum` / `maximum`.
    Range {
        /// `minimum`.
        minimum: Option<f64>,
        /// `maximum`.
        maximum: Option<f64>,
    },
    /// `minItems` / `maxItems`.
    Items {
        /// `minItems`.
        min: Option<u32>,
        /// `maxItems`.
        max: Option<u32>,
        /// The list's length.
        actual: usize,
    },
    /// `uniqueItems`: an entry repeats an earlier one.
    UniqueItems {
        /// The earlier entry.
        first: usize,
        /// The entry that repeats it.
        repeat: usize,
    },
    /// `required`: the property (the last segment of the path) is missing.
    Required,
    /// `additionalProperties: false`: the object has no property of that name, and the name
    /// matches none of its `patternProperties`.
    NotAllowed {
        /// The patterns of the names a map takes (empty for an object of fixed properties).
        names: Vec<&'static str>,
    },
    /// `readOnlyProperties`: an attribute CloudFormation returns, which a template cannot set.
    ReadOnly,
    /// `minProperties` / `maxProperties`.
    Entries {
        /// `minProperties`.
        min: Option<u32>,
        /// `maxProperties`.
        max: Option<u32>,
        /// The object's number of keys.
        actual: usize,
    },
    /// `anyOf`: none of the alternatives holds; each is the properties it requires.
    AnyOf {
        /// The alternatives.
        alternatives: Vec<Vec<&'static str>>,
    },
}

impl fmt::Display for Lit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lit::Str(s) => f.write_str(s),
            Lit::Num(n) => f.write_str(&js_number(*n)),
        }
    }
}

impl SchemaIssue {
    /// The path as CloudFormation shows it: `Tags.3.Value`.
    pub fn path_string(&self) -> String {
        self.path.join(".")
    }

    /// The rule in words, for the setting the user wrote as `key`: "`key` must be …
    /// (got …)". The caller adds where the rule comes from.
    pub fn describe(&self, key: &str) -> String {
        let got = shown(&self.value);
        match &self.constraint {
            Constraint::Type { expected } => format!("`{key}` must be {expected} (got {got})"),
            Constraint::Enum { allowed } => enumeration(key, allowed, &self.value),
            Constraint::Length { min, max, actual } => {
                format!("`{key}` must be {} long (got {actual})", bounds(*min, *max, "character"))
            }
            Constraint::Pattern { pattern } => format!("`{key}` must match `{pattern}` (got {got})"),
            Constraint::Range { minimum, maximum } => {
                format!("`{key}` must be {} (got {got})", range(*minimum, *maximum))
            }
            Constraint::Items { min, max, actual } => {
                format!("`{key}` must have {} (got {actual})", bounds(*min, *max, "entry"))
            }
            Constraint::Entries { min, max, actual } => {
                format!("`{key}` must have {} (got {actual})", bounds(*min, *max, "key"))
            }
            Constraint::UniqueItems { first, repeat } => {
                format!("`{key}` must not repeat an entry (entry {repeat} repeats entry {first})")
            }
            Constraint::Required => format!("`{key}` is required"),
            Constraint::NotAllowed { names } if names.is_empty() => {
                format!("`{key}` is not a property of this resource type")
            }
            Constraint::NotAllowed { names } => {
                let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                format!("`{key}` is not a name this map takes (a name matches {})", names.join(" or "))
            }
            Constraint::ReadOnly => {
                format!("`{key}` is an attribute CloudFormation returns and cannot be set")
            }
            Constraint::AnyOf { alternatives } => {
                let options: Vec<String> = alternatives
                    .iter()
                    .map(|names| names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(" and "))
                    .collect();
                format!("`{key}` needs one of {}", options.join(", "))
            }
        }
    }
}

/// A value as a message shows it: strings quoted and cut at 60 characters.
fn shown(value: &Json) -> String {
    match value {
        Json::Str(s) if s.chars().count() > 60 => format!("{:?}…", s.chars().take(60).collect::<String>()),
        Json::Str(s) => format!("{s:?}"),
        Json::Num(n) => js_number(*n),
        Json::Bool(b) => b.to_string(),
        Json::Null => "nothing".to_owned(),
        Json::Arr(_) => "a list".to_owned(),
        Json::Obj(_) => "an object".to_owned(),
    }
}

fn enumeration(key: &str, allowed: &[Lit], value: &Json) -> String {
    let got = shown(value);
    let names: Vec<String> = allowed.iter().map(ToString::to_string).collect();
    if names.len() <= 12 {
        let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        return format!("`{key}` must be one of {} (got {got})", list.join(", "));
    }
    // Among equally close values the later one: schemas list versions oldest first.
    let suggestion = value
        .as_str()
        .and_then(|s| crate::core::text::did_you_mean(s, names.iter().rev().map(String::as_str)));
    let n = names.len();
    match suggestion {
        Some(s) => format!(
            "`{key}` must be one of the {n} values the resource schema lists (got {got}; did you mean `{s}`?)"
        ),
        None => format!(
            "`{key}` must be one of the {n} values the resource schema lists, e.g. `{}` (got {got})",
            names.last().map_or("", String::as_str)
        ),
    }
}

/// "1 to 64 characters", "at most 3 entries", "exactly 1 entry".
fn bounds(min: Option<u32>, max: Option<u32>, unit: &str) -> String {
    let plural = |n: u32| if n == 1 { unit.to_owned() } else { plural_of(unit) };
    match (min.filter(|&m| m > 0), max) {
        (Some(lo), Some(hi)) if lo == hi => format!("exactly {lo} {}", plural(hi)),
        (Some(lo), Some(hi)) => format!("{lo} to {hi} {}", plural_of(unit)),
        (None, Some(hi)) => format!("at most {hi} {}", plural(hi)),
        (Some(lo), None) => format!("at least {lo} {}", plural(lo)),
        (None, None) => format!("any number of {}", plural_of(unit)),
    }
}

fn plural_of(unit: &str) -> String {
    match unit.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{unit}s"),
    }
}

fn range(minimum: Option<f64>, maximum: Option<f64>) -> String {
    match (minimum, maximum) {
        (Some(lo), Some(hi)) => format!("between {} and {}", js_number(lo), js_number(hi)),
        (Some(lo), None) => format!("at least {}", js_number(lo)),
        (None, Some(hi)) => format!("at most {}", js_number(hi)),
        (None, None) => "a number".to_owned(),
    }
}
