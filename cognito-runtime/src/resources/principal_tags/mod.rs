//! `principal_tags`: attributes for access control, the claims of an identity provider's users
//! that become the principal tags of their sessions (`AWS::Cognito::IdentityPoolPrincipalTag`,
//! the CDK's `CfnIdentityPoolPrincipalTag`), declared in the identity pool they apply to.

pub(crate) mod rules;

use crate::context::cfn::{ToCfn, render_nested};
use crate::context::synth::Synth;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::{Attr, Value};

/// The props table of `principal_tags`: CloudFormation's own props (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __principal_tags_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::IdentityPoolPrincipalTag`: the principal tags of one provider's users.
        /// `IdentityPoolId` is the enclosing identity pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct IdentityPoolPrincipalTag "principal_tags" {
            /// `IdentityProviderName` (required): the provider as the identity pool names it,
            /// `accounts.google.com`, an OIDC or SAML provider's ARN, or a user pool's
            /// `user_pool_provider_name`.
            identity_provider_name: Option<Value> = "IdentityProviderName",
            /// `PrincipalTags`: `{ "tag": "claim" }`, each tag set from the user's claim.
            principal_tags: Option<Vec<(String, Value)>> = "PrincipalTags",
            /// `UseDefaults`: Cognito's default mappings (`username` and `clientId`), instead of
            /// `principal_tags`.
            use_defaults: Option<bool> = "UseDefaults",
        }
        }
    };
}

__principal_tags_props!(crate::define_cfn_props);

impl IdentityPoolPrincipalTag {
    /// The CDK program `new CfnIdentityPoolPrincipalTag(identityPool, ID, { identityPoolId:
    /// identityPool.identityPoolId, … })`: its logical id is its own path's.
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let (Some(props), Some(pool)) = (self.to_cfn(cx).and_then(Json::into_obj), cx.facts.parent(node))
        else {
            return;
        };
        let id = cx.attr(pool, &Attr::IdentityPoolId);
        render_nested(cx, node, "AWS::Cognito::IdentityPoolPrincipalTag", props, ("IdentityPoolId", id));
    }
}
