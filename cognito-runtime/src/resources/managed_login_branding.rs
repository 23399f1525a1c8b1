//! `managed_login_branding`: the style of an app client's managed login pages
//! (`AWS::Cognito::ManagedLoginBranding`, the CDK's `CfnManagedLoginBranding`): settings,
//! image assets, or Cognito's own defaults.

use crate::context::cfn::{
    ToCfn, check_client_of_pool, check_in_pool, render_in_pool, warn_without_managed_login,
};
use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::cfn_value::{ClientRef, Document, Word};
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::table::Segment;
use crate::core::value::Value;

/// The props table of `managed_login_branding`: CloudFormation's own props (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __managed_login_branding_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::ManagedLoginBranding`: the managed login style of one app client.
        /// `UserPoolId` is the enclosing pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct ManagedLoginBranding "managed_login_branding" {
            /// `ClientId`: the app client the style is assigned to (Cognito requires one).
            client: Option<ClientRef> = "ClientId",
            /// `UseCognitoProvidedValues`: Cognito's default style (then no `settings` nor
            /// `assets`).
            use_cognito_provided_values: Option<bool> = "UseCognitoProvidedValues",
            /// `Settings`: the style, a JSON document as the branding editor exports it.
            settings: Option<Document> = "Settings",
            /// `Assets`: image files for backgrounds, logos and icons.
            assets: Option<Vec<ManagedLoginBrandingAsset>> = "Assets",
            /// `ReturnMergedResources`: return the defaults with the customized values.
            return_merged_resources: Option<bool> = "ReturnMergedResources",
        }

        /// `AssetType`: one image of a managed login style.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct ManagedLoginBrandingAsset "assets" {
            /// `Category`: where the image goes (`PAGE_HEADER_LOGO`, `FAVICON_ICO`, …).
            [required] category: Word = "Category",
            /// `ColorMode`: `LIGHT`, `DARK` or `DYNAMIC` (browser-adaptive).
            [required] color_mode: Word = "ColorMode",
            /// `Extension`: the file type (`ICO`, `JPEG`, `PNG`, `SVG`, `WEBP`).
            [required] extension: Word = "Extension",
            /// `Bytes`: the image file, Base64-encoded.
            bytes: Option<Value> = "Bytes",
            /// `ResourceId`: the asset's id.
            resource_id: Option<Value> = "ResourceId",
        }
        }
    };
}

__managed_login_branding_props!(crate::define_cfn_props);

/// Assets sit in a list at their index.
impl Segment for ManagedLoginBrandingAsset {}

/// `CreateManagedLoginBranding`'s request-size limit, 2 MB (taken as 2 MiB: a request between
/// the two readings is let through rather than refused by mistake).
const REQUEST_LIMIT: usize = 2 * 1024 * 1024;

impl ManagedLoginBranding {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        render_in_pool(cx, node, "AWS::Cognito::ManagedLoginBranding", props);
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let settings_within = self.settings.as_ref().is_none_or(|d| cx.document("settings", &d.0));
        let Some(pool) = check_in_pool(cx, "managed_login_branding") else { return };
        match &self.client {
            Some(client) => {
                check_client_of_pool(cx, "client", &client.0, pool);
                one_per_client(self, pool, cx);
            }
            None => needs_client(cx),
        }
        cognito_provided_values(self, cx);
        plan(pool, cx);
        for (i, asset) in self.assets.iter().flatten().enumerate() {
            base64(asset, i, cx);
        }
        // The request's size is measured on the settings' text, written recursively.
        if settings_within {
            request_size(self, cx);
        }
        warn_without_managed_login(cx, pool, "managed_login_branding", "its style");
    }
}

/// Cognito (`CreateManagedLoginBranding`: `ClientId` is required; "Each style is permanently
/// linked to an app client"): the schema leaves it optional, the service does not.
fn needs_client(cx: &mut Check) {
    cx.push(
        Issue::new(
            "managed_login_branding.client",
            "",
            "a `managed_login_branding` needs `client`, the app client its style is assigned to; add `client: my_client`. Cognito rejects it at deploy time (`CreateManagedLoginBranding` requires a `ClientId`)",
        )
        .target(Target::Id),
    );
}

/// Cognito (`ManagedLoginBrandingExistsException`: an app client has one style; to change
/// it, the style is deleted and created anew): a second branding of the same client fails.
fn one_per_client(b: &ManagedLoginBranding, pool: NodeId, cx: &mut Check) {
    let Some(me) = cx.node else { return };
    let Some(client) = b.client.as_ref().and_then(|c| cx.facts.resolve(&c.0)) else { return };
    let earlier = cx
        .facts
        .brandings_of(pool)
        .into_iter()
        .take_while(|(n, _)| *n != me)
        .find(|(_, c)| *c == Some(client));
    if let Some((first, _)) = earlier {
        let first = cx.facts.path(first).join("/");
        let name = b.client.as_ref().map(|c| c.0.to_string()).unwrap_or_default();
        cx.push(
            Issue::new(
                "managed_login_branding.duplicate",
                "client",
                format!("`{name}` already has a managed login style (`{first}`), and an app client has one; keep one `managed_login_branding` per client. Cognito rejects the second at deploy time (ManagedLoginBrandingExistsException)"),
            )
            .value(&name),
        );
    }
}

/// Cognito (`UseCognitoProvidedValues`: "When you specify `true` for this option, you must
/// also omit values for `Settings` and `Assets`").
fn cognito_provided_values(b: &ManagedLoginBranding, cx: &mut Check) {
    if b.use_cognito_provided_values != Some(true) {
        return;
    }
    for (key, given) in [("settings", b.settings.is_some()), ("assets", b.assets.is_some())] {
        if given {
            cx.push(
                Issue::new(
                    "managed_login_branding.cognito_provided_values",
                    key,
                    format!("`{key}` cannot be given with `use_cognito_provided_values: true`, which applies Cognito's default style; remove `{key}`, or `use_cognito_provided_values`. Cognito rejects it at deploy time"),
                )
                .related("use_cognito_provided_values")
                .target(Target::Key),
            );
        }
    }
}

/// Cognito (managed login: "In the Lite feature plan, the classic hosted UI is your only
/// option for user pool domain services"; the branding editor comes with Essentials and Plus).
fn plan(pool: NodeId, cx: &mut Check) {
    if cx.facts.feature_plan(pool) != Some("LITE") {
        return;
    }
    cx.push(
        Issue::new(
            "managed_login_branding.plan",
            "",
            "managed login branding is not available on the LITE feature plan, whose only pages are the classic hosted UI; set the pool's `feature_plan` to ESSENTIALS or PLUS. Cognito rejects it at deploy time",
        )
        .reads(pool, "feature_plan")
        .target(Target::Id),
    );
}

/// Cognito (`AssetType.Bytes`: "The image file, in Base64-encoded binary").
fn base64(asset: &ManagedLoginBrandingAsset, index: usize, cx: &mut Check) {
    let Some(bytes) = asset.bytes.as_ref().and_then(Value::literal) else { return };
    if is_base64(bytes) {
        return;
    }
    let shown: String = bytes.chars().take(24).collect();
    let more = if bytes.chars().count() > 24 { "…" } else { "" };
    cx.push(
        Issue::new(
            "managed_login_branding.bytes.base64",
            format!("assets.{index}.bytes"),
            format!("`bytes` must be the image file in Base64 (letters, digits, `+`, `/`, `=` padding, a multiple of 4 long), got {shown:?}{more}; encode the file, e.g. `base64 -w0 logo.png`. Cognito rejects it at deploy time"),
        )
        .value(format!("{shown:?}{more}")),
    );
}

/// Standard Base64 (RFC 4648, section 4), padded: what a JSON `blob` member takes.
fn is_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len().is_multiple_of(4)
        && s.len() - body.len() <= 2
        && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// Cognito (`CreateManagedLoginBranding`: "This operation has a 2-megabyte request-size
/// limit"): CloudFormation sends the settings and every asset in one request.
fn request_size(b: &ManagedLoginBranding, cx: &mut Check) {
    let settings = b.settings.as_ref().map_or(0, |d| d.0.to_serde().to_string().len());
    let assets: usize =
        b.assets.iter().flatten().filter_map(|a| a.bytes.as_ref()?.literal()).map(str::len).sum();
    let total = settings + assets;
    if total <= REQUEST_LIMIT {
        return;
    }
    cx.push(
        Issue::new(
            "managed_login_branding.request_size",
            "",
            format!("the style's `settings` and asset `bytes` add up to {total} bytes, over the 2 MB a managed login branding request may carry; use smaller images, or fewer. Cognito rejects it at deploy time"),
        )
        .value(format!("{total} bytes"))
        .target(Target::Id),
    );
}
