//! `user`: a user created in its pool (`AWS::Cognito::UserPoolUser`, the CDK's
//! `CfnUserPoolUser`; Cognito's `AdminCreateUser`), and its memberships of the pool's groups
//! (one `AWS::Cognito::UserPoolUserToGroupAttachment` per group).

mod render;
pub(crate) mod rules;

use crate::context::cfn::{CfnPath, ToCfn};
use crate::context::synth::Synth;
use crate::core::cfn_value::Word;
use crate::core::json::{Json, Obj};
use crate::core::table::{Walk, Walker};
use crate::core::value::{ItemRef, Value};

/// The props table of `user`: CloudFormation's own props (see [`crate::core::table`]), and the
/// groups, which are resources of their own.
#[macro_export]
#[doc(hidden)]
macro_rules! __user_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::UserPoolUser`: a user the pool's administrator creates, and its
        /// groups. `UserPoolId` is the enclosing pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolUser "user" {
            /// `Username`: the user's username, or, in a pool whose users sign in with an e-mail
            /// address or phone number, that address or number.
            username: Option<Value> = "Username",
            /// `UserAttributes`: `{ email: "…", "custom:tenant": "…" }`, rendered as
            /// CloudFormation's list of `{ Name, Value }`.
            user_attributes: Option<UserAttributes> = "UserAttributes",
            /// `DesiredDeliveryMediums`: how the invitation is sent, `EMAIL` and/or `SMS`.
            desired_delivery_mediums: Option<Vec<Word>> = "DesiredDeliveryMediums",
            /// `MessageAction`: `SUPPRESS` sends no invitation (`RESEND` sends it again).
            message_action: Option<Word> = "MessageAction",
            /// `ForceAliasCreation`: move a verified e-mail or phone alias from another user.
            force_alias_creation: Option<bool> = "ForceAliasCreation",
            /// `ClientMetadata`: what the pool's triggers receive.
            client_metadata: Option<Vec<(String, Value)>> = "ClientMetadata",
            /// `ValidationData`: what the pre sign-up trigger receives, as `user_attributes`.
            validation_data: Option<UserAttributes> = "ValidationData",
            /// The groups of the pool the user belongs to: each is
            /// `new CfnUserPoolUserToGroupAttachment(user, GROUP_ID, …)`.
            groups: Option<Vec<ItemRef>>,
        }
        }
    };
}

__user_props!(crate::define_cfn_props);

/// Attributes written as a map (`{ email: "…" }`), which CloudFormation takes as a list of
/// `{ "Name": …, "Value": … }` in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserAttributes(pub Vec<(String, Value)>);

impl UserAttributes {
    /// The value of the attribute `name`, when given.
    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for UserAttributes {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> UserAttributes {
        UserAttributes(entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
    }
}

impl From<Vec<(String, Value)>> for UserAttributes {
    fn from(entries: Vec<(String, Value)>) -> UserAttributes {
        UserAttributes(entries)
    }
}

/// Each attribute at its name: `user_attributes.email`.
impl Walk for UserAttributes {
    fn walk(&self, w: &mut Walker) {
        self.0.walk(w);
    }
}

impl ToCfn for UserAttributes {
    fn to_cfn(&self, cx: &Synth) -> Option<Json> {
        let entry = |(name, value): &(String, Value)| {
            let mut o = Obj::new();
            o.insert("Name", name.clone());
            o.insert("Value", cx.value(value));
            Json::Obj(o)
        };
        Some(Json::Arr(self.0.iter().map(entry).collect()))
    }
}

/// A place in the list is the setting as a whole: its index names no attribute.
impl CfnPath for UserAttributes {}
