//! The standard attributes of a Cognito user, which pools declare, app clients read and
//! write, and identity providers map.

use std::borrow::Cow;

use crate::core::table::{MapKey, Walk, Walker};

macro_rules! standard_attributes {
    ($first:ident $fkey:literal $fcfn:literal, $($variant:ident $key:literal $cfn:literal,)*) => {
        /// The standard attributes, by the CDK's `StandardAttributes` keys.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum StandardAttributeName {
            #[doc = concat!("`", $fkey, "` (Cognito's `", $fcfn, "`).")]
            #[default]
            $first,
            $(
                #[doc = concat!("`", $key, "` (Cognito's `", $cfn, "`).")]
                $variant,
            )*
        }

        impl StandardAttributeName {
            /// Every standard attribute, in the CDK's table order.
            pub const ALL: &'static [StandardAttributeName] =
                &[StandardAttributeName::$first, $(StandardAttributeName::$variant),*];

            /// The key in `cognito!` (snake_case of the CDK's key).
            pub fn key(self) -> &'static str {
                match self { StandardAttributeName::$first => $fkey, $(StandardAttributeName::$variant => $key,)* }
            }

            /// The attribute's name in Cognito.
            pub fn cognito_name(self) -> &'static str {
                match self { StandardAttributeName::$first => $fcfn, $(StandardAttributeName::$variant => $cfn,)* }
            }
        }
    };
}

standard_attributes! {
    Address "address" "address",
    Birthdate "birthdate" "birthdate",
    Email "email" "email",
    FamilyName "family_name" "family_name",
    Gender "gender" "gender",
    GivenName "given_name" "given_name",
    Locale "locale" "locale",
    MiddleName "middle_name" "middle_name",
    Fullname "fullname" "name",
    Nickname "nickname" "nickname",
    PhoneNumber "phone_number" "phone_number",
    ProfilePicture "profile_picture" "picture",
    PreferredUsername "preferred_username" "preferred_username",
    ProfilePage "profile_page" "profile",
    Timezone "timezone" "zoneinfo",
    LastUpdateTime "last_update_time" "updated_at",
    Website "website" "website",
    EmailVerified "email_verified" "email_verified",
    PhoneNumberVerified "phone_number_verified" "phone_number_verified",
}

/// The keys of `standard_attributes` and `required_attributes`.
impl MapKey for StandardAttributeName {
    fn map_key(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.key())
    }
    fn from_map_key(key: &str) -> Option<StandardAttributeName> {
        StandardAttributeName::ALL.iter().copied().find(|a| a.key() == key)
    }
    fn map_keys() -> Vec<&'static str> {
        StandardAttributeName::ALL.iter().map(|a| a.key()).collect()
    }
}

impl Walk for StandardAttributeName {
    fn walk(&self, _: &mut Walker) {}
}
