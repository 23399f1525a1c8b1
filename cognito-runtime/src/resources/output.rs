//! `output` (`CfnOutput`) and `parameter` (`CfnParameter`).

use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `output` and `parameter`: the single source of their fields (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __output_props {
    ($cb:path) => {
        $cb! {
        /// A stack output.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Output "output" {
            /// `value` (required).
            [required] value: Value,
            /// `description`.
            description: Option<String>,
            /// `exportName`.
            export_name: Option<Value>,
        }

        /// A template parameter; `name` or `name.value_as_string` is `{"Ref": name}`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Parameter "parameter" {
            /// `type` (default `String`).
            r#type: Option<String>,
            /// `default`.
            default: Option<String>,
            /// `description`.
            description: Option<String>,
            /// `allowedValues`.
            allowed_values: Option<Vec<String>>,
            /// `allowedPattern`.
            allowed_pattern: Option<String>,
            /// `minLength`.
            min_length: Option<i64>,
            /// `maxLength`.
            max_length: Option<i64>,
            /// `noEcho`.
            no_echo: Option<bool>,
        }
        }
    };
}

__output_props!(crate::define_props);

impl Output {
    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        value_not_empty(&self.value, cx);
        if let Some(d) = &self.description {
            description_length(d, cx);
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let mut out = Obj::new();
        out.insert_opt("Description", self.description.clone());
        out.insert("Value", cx.value(&self.value));
        out.insert_opt("Export", self.export_name.as_ref().map(|v| Json::obj1("Name", cx.value(v))));
        let id = cx.logical_id(node, &[]);
        cx.element("Outputs", id, out);
    }
}

impl Parameter {
    pub(crate) fn check(&self, cx: &mut Check) {
        lengths_in_range(self, cx);
        if let Some(default) = &self.default {
            default_allowed_value(self, default, cx);
            default_pattern(self, default, cx);
            default_length(self, default, cx);
        }
        if let (Some(min), Some(max)) = (self.min_length, self.max_length)
            && min > max
        {
            cx.push(
                Issue::new(
                    "parameter.length_range",
                    "min_length",
                    format!("`min_length` must not exceed `max_length` (got {min} > {max})"),
                )
                .value(min)
                .related("max_length"),
            );
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let mut p = Obj::new();
        p.insert("Type", self.r#type.clone().unwrap_or_else(|| "String".to_owned()));
        p.insert_opt("Default", self.default.clone());
        p.insert_opt("AllowedPattern", self.allowed_pattern.clone());
        p.insert_opt("AllowedValues", self.allowed_values.as_ref().map(|v| Json::strs(v.iter().cloned())));
        p.insert_opt("Description", self.description.clone());
        p.insert_opt("MaxLength", self.max_length);
        p.insert_opt("MinLength", self.min_length);
        p.insert_opt("NoEcho", self.no_echo);
        let id = cx.logical_id(node, &[]);
        cx.element("Parameters", id, p);
    }
}

/// CloudFormation template (`Outputs`): an output's `Value` is not empty.
fn value_not_empty(value: &Value, cx: &mut Check) {
    if value.literal() == Some("") {
        cx.push(Issue::new(
            "output.value.empty",
            "value",
            "`value` must not be empty: CloudFormation rejects an output without a value at deploy time; give the value to export, e.g. `pool.user_pool_id`",
        ));
    }
}

/// CloudFormation template (`Outputs`): a description is at most 1,024 bytes.
fn description_length(description: &str, cx: &mut Check) {
    let bytes = description.len();
    if bytes > 1024 {
        cx.push(
            Issue::new(
                "output.description.length",
                "description",
                format!("`description` must be at most 1024 bytes long (got {bytes}); CloudFormation rejects the template; shorten it"),
            )
            .value(format!("{description:?}")),
        );
    }
}

/// CloudFormation template (`Parameters`): `MinLength` and `MaxLength` are whole numbers
/// from 0, within what a JSON number carries exactly.
fn lengths_in_range(p: &Parameter, cx: &mut Check) {
    let max_safe = crate::core::json::MAX_SAFE_INTEGER as i64;
    for (key, value) in [("min_length", p.min_length), ("max_length", p.max_length)] {
        if let Some(n) = value.filter(|n| !(0..=max_safe).contains(n)) {
            cx.push(
                Issue::new(
                    "parameter.length.range",
                    key,
                    format!("`{key}` must be a whole number from 0 to 9007199254740991 (got {n}); CloudFormation rejects the template"),
                )
                .value(n),
            );
        }
    }
}

/// Whether the parameter's type takes the string constraints (`AllowedPattern`, lengths).
fn is_string(p: &Parameter) -> bool {
    p.r#type.as_deref().is_none_or(|t| t == "String")
}

/// CloudFormation template (`Parameters`): a default is one of `AllowedValues` ("Parameter
/// '…' must be one of AllowedValues").
fn default_allowed_value(p: &Parameter, default: &str, cx: &mut Check) {
    let Some(allowed) = &p.allowed_values else { return };
    if !is_string(p) || allowed.iter().any(|a| a == default) {
        return;
    }
    let list: Vec<String> = allowed.iter().map(|a| format!("{a:?}")).collect();
    cx.push(
        Issue::new(
            "parameter.default.allowed_values",
            "default",
            format!("`default` must be one of `allowed_values` ({}) (got {default:?}); CloudFormation rejects the stack (\"Parameter '…' must be one of AllowedValues\"); use one of them", list.join(", ")),
        )
        .value(format!("{default:?}"))
        .related("allowed_values"),
    );
}

/// CloudFormation template (`Parameters`): a default matches `AllowedPattern`, a Java regular
/// expression that must match the whole value ("Parameter '…' must match pattern …"). A
/// pattern outside the subset the schema matcher reads is not checked.
fn default_pattern(p: &Parameter, default: &str, cx: &mut Check) {
    let Some(source) = p.allowed_pattern.as_deref().filter(|_| is_string(p)) else { return };
    let Ok(pattern) = crate::core::schema::Pattern::new(source) else { return };
    if pattern.is_full_match(default) {
        return;
    }
    cx.push(
        Issue::new(
            "parameter.default.allowed_pattern",
            "default",
            format!("`default` must match `allowed_pattern` `{source}` as a whole (got {default:?}); CloudFormation rejects the stack (\"Parameter '…' must match pattern {source}\"); change one of the two"),
        )
        .value(format!("{default:?}"))
        .related("allowed_pattern"),
    );
}

/// CloudFormation template (`Parameters`): a default is `MinLength` to `MaxLength` characters
/// long ("Parameter '…' must contain at least … characters").
fn default_length(p: &Parameter, default: &str, cx: &mut Check) {
    if !is_string(p) {
        return;
    }
    let len = i64::try_from(crate::core::text::utf16_len(default)).unwrap_or(i64::MAX);
    let (key, bound, word) = match (p.min_length, p.max_length) {
        (Some(min), _) if len < min => ("min_length", min, "at least"),
        (_, Some(max)) if len > max => ("max_length", max, "at most"),
        _ => return,
    };
    cx.push(
        Issue::new(
            "parameter.default.length",
            "default",
            format!("`default` must be {word} {bound} characters long, as `{key}` says (got {len}); CloudFormation rejects the stack (\"Parameter '…' must contain {word} {bound} characters\"); change one of the two"),
        )
        .value(format!("{default:?}"))
        .related(key),
    );
}
