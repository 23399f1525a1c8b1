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
