//! The user pool identity providers of the AWS CDK (`AWS::Cognito::UserPoolIdentityProvider`):
//! `UserPoolIdentityProviderGoogle`, `…Facebook`, `…Amazon`, `…Apple`, `…Oidc` and `…Saml`,
//! each created in the stack with `userPool:` (`user_pool_identity_provider_google ID { … }`).
//!
//! Like the CDK's, a provider registers itself on its pool: the app clients declared after it
//! on that pool, without `supported_identity_providers`, list it. A provider imported with
//! `UserPoolIdentityProvider.fromProviderName` registers on no pool, as in the CDK.

mod render;
pub(crate) mod rules;

use std::borrow::Cow;

use crate::core::attribute::StandardAttributeName;
use crate::core::value::{ItemRef, Value};

pub(crate) use render::{idp_attr, provider_facts, provider_name_literal, registered};

/// The props table of the identity providers (`user_pool_identity_provider_google` and the
/// others) and of the blocks inside them: the single source of their fields (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __idp_props {
    ($cb:path) => {
        $cb! {
        /// `UserPoolIdentityProviderGoogleProps`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderGoogle "user_pool_identity_provider_google" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `clientId` (required).
            [required] client_id: Value,
            /// `clientSecret` (deprecated in the CDK for `client_secret_value`).
            client_secret: Option<Value>,
            /// `clientSecretValue`: the secret (the CDK's `SecretValue.unsafePlainText(…)`, or any
            /// CloudFormation value such as a `{{resolve:secretsmanager:…}}` reference).
            client_secret_value: Option<Value> => secret,
            /// `scopes` (default `["profile"]`).
            scopes: Option<Vec<String>>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `UserPoolIdentityProviderFacebookProps`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderFacebook "user_pool_identity_provider_facebook" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `clientId` (required).
            [required] client_id: Value,
            /// `clientSecret` (required).
            [required] client_secret: Value,
            /// `scopes` (default `["public_profile"]`).
            scopes: Option<Vec<String>>,
            /// `apiVersion`.
            api_version: Option<Value>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `UserPoolIdentityProviderAmazonProps` (Login with Amazon).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderAmazon "user_pool_identity_provider_amazon" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `clientId` (required).
            [required] client_id: Value,
            /// `clientSecret` (required).
            [required] client_secret: Value,
            /// `scopes` (default `["profile"]`).
            scopes: Option<Vec<String>>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `UserPoolIdentityProviderAppleProps` (Sign in with Apple).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderApple "user_pool_identity_provider_apple" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `clientId` (required): the services id.
            [required] client_id: Value,
            /// `teamId` (required).
            [required] team_id: Value,
            /// `keyId` (required).
            [required] key_id: Value,
            /// `privateKey` (deprecated in the CDK for `private_key_value`).
            private_key: Option<Value>,
            /// `privateKeyValue`: the key (the CDK's `SecretValue.unsafePlainText(…)`, or any
            /// CloudFormation value).
            private_key_value: Option<Value> => secret,
            /// `scopes` (default `["name"]`).
            scopes: Option<Vec<String>>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `UserPoolIdentityProviderOidcProps` (OpenID Connect).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderOidc "user_pool_identity_provider_oidc" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `clientId` (required).
            [required] client_id: Value,
            /// `clientSecret` (required).
            [required] client_secret: Value,
            /// `issuerUrl` (required).
            [required] issuer_url: Value,
            /// `name`: the provider name (default: generated from the construct path).
            name: Option<Value>,
            /// `scopes` (default `["openid"]`).
            scopes: Option<Vec<String>>,
            /// `identifiers`: the IdP identifiers.
            identifiers: Option<Vec<String>>,
            /// `attributeRequestMethod` (default `GET`).
            attribute_request_method: Option<OidcAttributeRequestMethod>,
            /// `endpoints` (default: discovered from the issuer).
            endpoints: Option<OidcEndpoints>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `OidcEndpoints`: every endpoint is required when the block is given.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct OidcEndpoints "endpoints" {
            /// `authorization`.
            [required] authorization: Value,
            /// `token`.
            [required] token: Value,
            /// `userInfo`.
            [required] user_info: Value,
            /// `jwksUri`.
            [required] jwks_uri: Value,
        }

        /// `OidcAttributeRequestMethod`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum OidcAttributeRequestMethod "OidcAttributeRequestMethod" {
            /// `GET`.
            #[default]
            Get = GET,
            /// `POST`.
            Post = POST,
        }

        /// `UserPoolIdentityProviderSamlProps`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolIdentityProviderSaml "user_pool_identity_provider_saml" {
            /// `userPool` (required).
            user_pool: Option<ItemRef> => pool_ref,
            /// `metadata` (required): `url("…")` or `file("…")`.
            [required] metadata: SamlMetadata,
            /// `name`: the provider name (default: generated from the construct path).
            name: Option<Value>,
            /// `identifiers`: the IdP identifiers.
            identifiers: Option<Vec<String>>,
            /// `idpSignout` (default false).
            idp_signout: Option<bool>,
            /// `encryptedResponses`.
            encrypted_responses: Option<bool>,
            /// `requestSigningAlgorithm`.
            request_signing_algorithm: Option<SigningAlgorithm>,
            /// `idpInitiated`.
            idp_initiated: Option<bool>,
            /// `attributeMapping`.
            attribute_mapping: Option<AttributeMapping>,
        }

        /// `SigningAlgorithm`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum SigningAlgorithm "SigningAlgorithm" {
            /// `RSA_SHA256` (`rsa-sha256`).
            #[default]
            RsaSha256 = RSA_SHA256,
        }
        }
    };
}

__idp_props!(crate::define_props);

/// `UserPoolIdentityProviderSamlMetadata`.
#[derive(Clone, Debug, PartialEq)]
pub enum SamlMetadata {
    /// `UserPoolIdentityProviderSamlMetadata.url(…)`: Cognito fetches the document.
    Url(Value),
    /// `UserPoolIdentityProviderSamlMetadata.file(…)`: the document itself.
    File(Value),
}

impl Default for SamlMetadata {
    fn default() -> SamlMetadata {
        SamlMetadata::Url(Value::default())
    }
}

/// `AttributeMapping`: which pool attribute each provider attribute fills.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AttributeMapping {
    /// The standard attributes, in the order written (`email: GOOGLE_EMAIL`).
    pub standard: Vec<(StandardAttributeName, ProviderAttribute)>,
    /// `custom`: pool attribute name → provider attribute, in the order written. The CDK
    /// writes the name as given: a custom attribute of the pool is `custom:NAME`.
    pub custom: Option<Vec<(String, ProviderAttribute)>>,
}

/// `ProviderAttribute`: an attribute of the identity provider.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProviderAttribute(pub Cow<'static, str>);

macro_rules! provider_attributes {
    ($($name:ident $value:literal,)*) => {
        impl ProviderAttribute {
            $(
                #[doc = concat!("`", $value, "`.")]
                pub const $name: ProviderAttribute = ProviderAttribute(Cow::Borrowed($value));
            )*

            /// Every constant, by its CDK name.
            pub const ALL: &'static [(&'static str, ProviderAttribute)] =
                &[$((stringify!($name), ProviderAttribute::$name)),*];
        }
    };
}

provider_attributes! {
    APPLE_EMAIL "email",
    APPLE_EMAIL_VERIFIED "email_verified",
    APPLE_NAME "name",
    APPLE_FIRST_NAME "firstName",
    APPLE_LAST_NAME "lastName",
    AMAZON_USER_ID "user_id",
    AMAZON_EMAIL "email",
    AMAZON_NAME "name",
    AMAZON_POSTAL_CODE "postal_code",
    FACEBOOK_ID "id",
    FACEBOOK_BIRTHDAY "birthday",
    FACEBOOK_EMAIL "email",
    FACEBOOK_NAME "name",
    FACEBOOK_FIRST_NAME "first_name",
    FACEBOOK_LAST_NAME "last_name",
    FACEBOOK_MIDDLE_NAME "middle_name",
    FACEBOOK_GENDER "gender",
    FACEBOOK_LOCALE "locale",
    GOOGLE_NAMES "names",
    GOOGLE_GENDER "gender",
    GOOGLE_BIRTHDAYS "birthdays",
    GOOGLE_PHONE_NUMBERS "phoneNumbers",
    GOOGLE_EMAIL "email",
    GOOGLE_EMAIL_VERIFIED "email_verified",
    GOOGLE_NAME "name",
    GOOGLE_PICTURE "picture",
    GOOGLE_GIVEN_NAME "given_name",
    GOOGLE_FAMILY_NAME "family_name",
}

impl ProviderAttribute {
    /// `ProviderAttribute.other(name)`: any attribute of the provider.
    pub fn other(name: impl Into<String>) -> ProviderAttribute {
        ProviderAttribute(Cow::Owned(name.into()))
    }

    /// The provider's attribute name.
    pub fn attribute_name(&self) -> &str {
        &self.0
    }
}

/// A provider imported with `UserPoolIdentityProvider.fromProviderName(scope, id, name)`: it
/// creates no resource, registers on no pool and exposes its name (a client lists it with
/// `supported_identity_providers: [custom("name")]`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolIdentityProvider {
    /// The provider's name.
    pub provider_name: Value,
}

/// One identity provider: what an `Item::UserPoolIdentityProvider` holds.
#[derive(Clone, Debug, PartialEq)]
pub enum UserPoolIdentityProvider {
    /// `UserPoolIdentityProviderGoogle`.
    Google(UserPoolIdentityProviderGoogle),
    /// `UserPoolIdentityProviderFacebook`.
    Facebook(UserPoolIdentityProviderFacebook),
    /// `UserPoolIdentityProviderAmazon`.
    Amazon(UserPoolIdentityProviderAmazon),
    /// `UserPoolIdentityProviderApple`.
    Apple(UserPoolIdentityProviderApple),
    /// `UserPoolIdentityProviderOidc`.
    Oidc(UserPoolIdentityProviderOidc),
    /// `UserPoolIdentityProviderSaml`.
    Saml(UserPoolIdentityProviderSaml),
}

impl UserPoolIdentityProvider {
    /// The keyword that declares this provider in `cognito!`.
    pub fn kind(&self) -> &'static str {
        match self {
            UserPoolIdentityProvider::Google(_) => "user_pool_identity_provider_google",
            UserPoolIdentityProvider::Facebook(_) => "user_pool_identity_provider_facebook",
            UserPoolIdentityProvider::Amazon(_) => "user_pool_identity_provider_amazon",
            UserPoolIdentityProvider::Apple(_) => "user_pool_identity_provider_apple",
            UserPoolIdentityProvider::Oidc(_) => "user_pool_identity_provider_oidc",
            UserPoolIdentityProvider::Saml(_) => "user_pool_identity_provider_saml",
        }
    }

    /// `userPool`.
    pub fn user_pool(&self) -> Option<&ItemRef> {
        match self {
            UserPoolIdentityProvider::Google(p) => p.user_pool.as_ref(),
            UserPoolIdentityProvider::Facebook(p) => p.user_pool.as_ref(),
            UserPoolIdentityProvider::Amazon(p) => p.user_pool.as_ref(),
            UserPoolIdentityProvider::Apple(p) => p.user_pool.as_ref(),
            UserPoolIdentityProvider::Oidc(p) => p.user_pool.as_ref(),
            UserPoolIdentityProvider::Saml(p) => p.user_pool.as_ref(),
        }
    }

    /// `attributeMapping`.
    pub fn attribute_mapping(&self) -> Option<&AttributeMapping> {
        match self {
            UserPoolIdentityProvider::Google(p) => p.attribute_mapping.as_ref(),
            UserPoolIdentityProvider::Facebook(p) => p.attribute_mapping.as_ref(),
            UserPoolIdentityProvider::Amazon(p) => p.attribute_mapping.as_ref(),
            UserPoolIdentityProvider::Apple(p) => p.attribute_mapping.as_ref(),
            UserPoolIdentityProvider::Oidc(p) => p.attribute_mapping.as_ref(),
            UserPoolIdentityProvider::Saml(p) => p.attribute_mapping.as_ref(),
        }
    }

    /// `ProviderType`.
    pub fn provider_type(&self) -> &'static str {
        match self {
            UserPoolIdentityProvider::Google(_) => "Google",
            UserPoolIdentityProvider::Facebook(_) => "Facebook",
            UserPoolIdentityProvider::Amazon(_) => "LoginWithAmazon",
            UserPoolIdentityProvider::Apple(_) => "SignInWithApple",
            UserPoolIdentityProvider::Oidc(_) => "OIDC",
            UserPoolIdentityProvider::Saml(_) => "SAML",
        }
    }
}

/// The provider's own props.
impl crate::core::table::Walk for UserPoolIdentityProvider {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        match self {
            UserPoolIdentityProvider::Google(p) => p.walk(w),
            UserPoolIdentityProvider::Facebook(p) => p.walk(w),
            UserPoolIdentityProvider::Amazon(p) => p.walk(w),
            UserPoolIdentityProvider::Apple(p) => p.walk(w),
            UserPoolIdentityProvider::Oidc(p) => p.walk(w),
            UserPoolIdentityProvider::Saml(p) => p.walk(w),
        }
    }
}

macro_rules! provider_from {
    ($($variant:ident($ty:ty),)*) => {$(
        impl From<$ty> for UserPoolIdentityProvider {
            fn from(p: $ty) -> UserPoolIdentityProvider {
                UserPoolIdentityProvider::$variant(p)
            }
        }
    )*};
}

provider_from! {
    Google(UserPoolIdentityProviderGoogle),
    Facebook(UserPoolIdentityProviderFacebook),
    Amazon(UserPoolIdentityProviderAmazon),
    Apple(UserPoolIdentityProviderApple),
    Oidc(UserPoolIdentityProviderOidc),
    Saml(UserPoolIdentityProviderSaml),
}

/// The document or its URL sits at `metadata.url` / `metadata.file`.
impl crate::core::table::Walk for SamlMetadata {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        match self {
            SamlMetadata::Url(v) => w.at("url", v),
            SamlMetadata::File(v) => w.at("file", v),
        }
    }
}

/// A mapping names provider attributes, no string value.
impl crate::core::table::Walk for AttributeMapping {
    fn walk(&self, _: &mut crate::core::table::Walker) {}
}
