//! `cfn_resource`: a resource of any CloudFormation type, written as the template has it (the
//! AWS CDK's `new CfnResource(scope, id, { type, properties })`), for what the language has no
//! item for. Its properties are checked against the type's schema when there is one (every
//! `AWS::Cognito::*` type; Lambda, IAM and Logs), and rendered as written.

use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::json::{Json, Key, Obj};
use crate::core::node::NodeId;
use crate::core::raw::{Raw, js_set};
use crate::core::schema::resource_types;
use crate::core::text::did_you_mean;
use crate::core::tree::MAX_DOCUMENT_DEPTH;

/// The props table of `cfn_resource` (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __cfn_resource_props {
    ($cb:path) => {
        $cb! {
        /// `new CfnResource(scope, id, { type, properties })`: a resource of any type, its
        /// logical id from its path (no `Resource` suffix), its properties as written.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CfnResource "cfn_resource" {
            /// `type`: the CloudFormation resource type (`AWS::SNS::Topic`).
            [required] r#type: String,
            /// `properties`: the resource's `Properties`, named as CloudFormation names them,
            /// in the order written (`{ TopicName: "alerts", Tags: [ … ] }`).
            properties: Vec<(String, Raw)>,
        }
        }
    };
}

__cfn_resource_props!(crate::define_props);

impl CfnResource {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let mut properties = Obj::new();
        for (name, value) in &self.properties {
            // The check reports it; the render stops, so nothing after it walks it.
            if value.depth(MAX_DOCUMENT_DEPTH) > MAX_DOCUMENT_DEPTH {
                cx.too_deep();
                continue;
            }
            js_set(&mut properties.0, Key::Owned(name.clone()), value.render(&|v| cx.value(v)));
        }
        let mut resource = Obj::new();
        resource.insert("Type", self.r#type.clone());
        // The CDK leaves out empty `Properties`.
        if !properties.is_empty() {
            resource.insert("Properties", properties);
        }
        cx.resource(cx.logical_id(node, &[]), Json::Obj(resource));
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        // Measured first: the walks below recurse into the properties.
        let within =
            self.properties.iter().fold(true, |ok, (name, v)| cx.raw(&format!("properties.{name}"), v) && ok);
        if !within {
            return;
        }
        cx.values(self);
        if !type_format(self, cx) {
            cognito_type(self, cx);
        }
    }

    /// The setting that writes the property at `path` (names and list indices below
    /// `Properties`): `properties.NAME…`, as written.
    pub(crate) fn field_of(path: &[String]) -> Option<String> {
        (!path.is_empty()).then(|| format!("properties.{}", path.join(".")))
    }
}

/// CloudFormation (resource type names): `Vendor::Service::Resource` of letters and digits
/// (a module adds `::MODULE`), or a custom resource `Custom::Name` (up to 60 letters, digits
/// and `_@-`); reports any other `type` and says whether it did.
fn type_format(r: &CfnResource, cx: &mut Check) -> bool {
    let t = r.r#type.as_str();
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let valid = match t.split("::").collect::<Vec<_>>().as_slice() {
        ["Custom", name] => {
            (1..=60).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"_@-".contains(&b))
        }
        [a, b, c] | [a, b, c, "MODULE"] => word(a) && word(b) && word(c),
        _ => false,
    };
    if !valid {
        cx.push(
            Issue::new(
                "cfn_resource.type",
                "type",
                format!("`type` must be a CloudFormation resource type (got {t:?}); CloudFormation rejects the template (\"Template format error: Unrecognized resource types\"); write `Vendor::Service::Resource`, e.g. `AWS::SNS::Topic`, or `Custom::Name` for a custom resource"),
            )
            .value(format!("{t:?}")),
        );
    }
    !valid
}

/// Cognito: an `AWS::Cognito::*` type is one of Cognito's (every one has a schema here).
fn cognito_type(r: &CfnResource, cx: &mut Check) {
    let t = r.r#type.as_str();
    let cognito = || resource_types().filter(|n| n.starts_with("AWS::Cognito::"));
    if !t.starts_with("AWS::Cognito::") || cognito().any(|n| n == t) {
        return;
    }
    let hint = match did_you_mean(t, cognito()) {
        Some(s) => format!("did you mean `{s}`?"),
        None => {
            format!("write one of {}", cognito().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", "))
        }
    };
    cx.push(
        Issue::new(
            "cfn_resource.cognito_type",
            "type",
            format!("`type` {t:?} is not a resource type of Amazon Cognito; CloudFormation rejects the template (\"Template format error: Unrecognized resource types: [{t}]\"); {hint}"),
        )
        .value(format!("{t:?}")),
    );
}
