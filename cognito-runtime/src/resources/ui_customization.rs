//! `ui_customization`: the classic hosted UI's CSS (`AWS::Cognito::UserPoolUICustomizationAttachment`,
//! the CDK's `CfnUserPoolUICustomizationAttachment`), for one app client of the pool or for
//! all of them.

use crate::context::cfn::{check_client_of_pool, check_in_pool, render_for_client};
use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::cfn_value::ClientRef;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `ui_customization`: CloudFormation's own props (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __ui_customization_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::UserPoolUICustomizationAttachment`: CSS for the classic hosted UI.
        /// `UserPoolId` is the enclosing pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolUiCustomizationAttachment "ui_customization" {
            /// `ClientId`: the app client the CSS applies to (default: every client, `"ALL"`).
            client: Option<ClientRef> = "ClientId",
            /// `CSS`: the style sheet.
            css: Option<Value> = "CSS",
        }
        }
    };
}

__ui_customization_props!(crate::define_cfn_props);

impl UserPoolUiCustomizationAttachment {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let cfn_type = "AWS::Cognito::UserPoolUICustomizationAttachment";
        render_for_client(cx, node, cfn_type, self, self.client.as_ref());
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "ui_customization") else { return };
        if let Some(client) = &self.client {
            check_client_of_pool(cx, "client", &client.0, pool);
        }
        css_length(self, cx);
        needs_domain(pool, cx);
    }
}

/// Cognito (`SetUICustomization`: "your user pool must have a domain associated with it.
/// Otherwise, there is no place to host the app's pages, and the service will throw an
/// error"): a pool created in this stack needs a `domain`.
fn needs_domain(pool: NodeId, cx: &mut Check) {
    if cx.facts.has_domain(pool) == Some(false) {
        cx.push(
            Issue::new(
                "ui_customization.domain",
                "",
                "a `ui_customization` needs a domain on its user pool, where the hosted UI is served; add `domain … { cognito_domain: { domain_prefix: \"…\" } }` to the pool. Cognito rejects it at deploy time (\"your user pool must have a domain associated with it\")",
            )
            .target(Target::Id),
        );
    }
}

/// Cognito (`SetUICustomization` API reference, `CSS`: length 0 to 131,072).
fn css_length(u: &UserPoolUiCustomizationAttachment, cx: &mut Check) {
    if let Some(css) = u.css.as_ref().and_then(Value::literal) {
        let len = css.chars().count();
        if len > 131_072 {
            cx.push(
                Issue::new(
                    "ui_customization.css.length",
                    "css",
                    format!("`css` must be at most 131072 characters long (got {len}); Cognito rejects it at deploy time"),
                )
                .value(format!("{len} characters")),
            );
        }
    }
}
