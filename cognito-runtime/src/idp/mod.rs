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

use crate::user_pool::StandardAttributeName;
use crate::value::{ItemRef, Value};

pub(crate) use render::{ProviderNames, idp_attr, provider_name_literal, provider_names, registered};

/// `UserPoolIdentityProviderGoogleProps`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderGoogle {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `clientId` (required).
    pub client_id: Value,
    /// `clientSecret` (deprecated in the CDK for `client_secret_value`).
    pub client_secret: Option<Value>,
    /// `clientSecretValue`: the secret (the CDK's `SecretValue.unsafePlainText(…)`, or any
    /// CloudFormation value such as a `{{resolve:secretsmanager:…}}` reference).
    pub client_secret_value: Option<Value>,
    /// `scopes` (default `["profile"]`).
    pub scopes: Option<Vec<String>>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

/// `UserPoolIdentityProviderFacebookProps`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderFacebook {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `clientId` (required).
    pub client_id: Value,
    /// `clientSecret` (required).
    pub client_secret: Value,
    /// `scopes` (default `["public_profile"]`).
    pub scopes: Option<Vec<String>>,
    /// `apiVersion`.
    pub api_version: Option<Value>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

/// `UserPoolIdentityProviderAmazonProps` (Login with Amazon).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderAmazon {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `clientId` (required).
    pub client_id: Value,
    /// `clientSecret` (required).
    pub client_secret: Value,
    /// `scopes` (default `["profile"]`).
    pub scopes: Option<Vec<String>>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

/// `UserPoolIdentityProviderAppleProps` (Sign in with Apple).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderApple {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `clientId` (required): the services id.
    pub client_id: Value,
    /// `teamId` (required).
    pub team_id: Value,
    /// `keyId` (required).
    pub key_id: Value,
    /// `privateKey` (deprecated in the CDK for `private_key_value`).
    pub private_key: Option<Value>,
    /// `privateKeyValue`: the key (the CDK's `SecretValue.unsafePlainText(…)`, or any
    /// CloudFormation value).
    pub private_key_value: Option<Value>,
    /// `scopes` (default `["name"]`).
    pub scopes: Option<Vec<String>>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

/// `UserPoolIdentityProviderOidcProps` (OpenID Connect).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderOidc {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `clientId` (required).
    pub client_id: Value,
    /// `clientSecret` (required).
    pub client_secret: Value,
    /// `issuerUrl` (required).
    pub issuer_url: Value,
    /// `name`: the provider name (default: generated from the construct path).
    pub name: Option<Value>,
    /// `scopes` (default `["openid"]`).
    pub scopes: Option<Vec<String>>,
    /// `identifiers`: the IdP identifiers.
    pub identifiers: Option<Vec<String>>,
    /// `attributeRequestMethod` (default `GET`).
    pub attribute_request_method: Option<OidcAttributeRequestMethod>,
    /// `endpoints` (default: discovered from the issuer).
    pub endpoints: Option<OidcEndpoints>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

/// `OidcEndpoints`: every endpoint is required when the block is given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OidcEndpoints {
    /// `authorization`.
    pub authorization: Value,
    /// `token`.
    pub token: Value,
    /// `userInfo`.
    pub user_info: Value,
    /// `jwksUri`.
    pub jwks_uri: Value,
}

/// `OidcAttributeRequestMethod`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OidcAttributeRequestMethod {
    /// `GET`.
    #[default]
    Get,
    /// `POST`.
    Post,
}

/// `UserPoolIdentityProviderSamlProps`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolIdentityProviderSaml {
    /// `userPool` (required).
    pub user_pool: Option<ItemRef>,
    /// `metadata` (required): `url("…")` or `file("…")`.
    pub metadata: SamlMetadata,
    /// `name`: the provider name (default: generated from the construct path).
    pub name: Option<Value>,
    /// `identifiers`: the IdP identifiers.
    pub identifiers: Option<Vec<String>>,
    /// `idpSignout` (default false).
    pub idp_signout: Option<bool>,
    /// `encryptedResponses`.
    pub encrypted_responses: Option<bool>,
    /// `requestSigningAlgorithm`.
    pub request_signing_algorithm: Option<SigningAlgorithm>,
    /// `idpInitiated`.
    pub idp_initiated: Option<bool>,
    /// `attributeMapping`.
    pub attribute_mapping: Option<AttributeMapping>,
}

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

/// `SigningAlgorithm`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SigningAlgorithm {
    /// `RSA_SHA256` (`rsa-sha256`).
    #[default]
    RsaSha256,
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

/// One identity provider: what an `Item::IdentityProvider` holds.
#[derive(Clone, Debug, PartialEq)]
pub enum IdentityProvider {
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

impl IdentityProvider {
    /// The keyword that declares this provider in `cognito!`.
    pub fn kind(&self) -> &'static str {
        match self {
            IdentityProvider::Google(_) => "user_pool_identity_provider_google",
            IdentityProvider::Facebook(_) => "user_pool_identity_provider_facebook",
            IdentityProvider::Amazon(_) => "user_pool_identity_provider_amazon",
            IdentityProvider::Apple(_) => "user_pool_identity_provider_apple",
            IdentityProvider::Oidc(_) => "user_pool_identity_provider_oidc",
            IdentityProvider::Saml(_) => "user_pool_identity_provider_saml",
        }
    }

    /// `userPool`.
    pub fn user_pool(&self) -> Option<&ItemRef> {
        match self {
            IdentityProvider::Google(p) => p.user_pool.as_ref(),
            IdentityProvider::Facebook(p) => p.user_pool.as_ref(),
            IdentityProvider::Amazon(p) => p.user_pool.as_ref(),
            IdentityProvider::Apple(p) => p.user_pool.as_ref(),
            IdentityProvider::Oidc(p) => p.user_pool.as_ref(),
            IdentityProvider::Saml(p) => p.user_pool.as_ref(),
        }
    }

    /// `attributeMapping`.
    pub fn attribute_mapping(&self) -> Option<&AttributeMapping> {
        match self {
            IdentityProvider::Google(p) => p.attribute_mapping.as_ref(),
            IdentityProvider::Facebook(p) => p.attribute_mapping.as_ref(),
            IdentityProvider::Amazon(p) => p.attribute_mapping.as_ref(),
            IdentityProvider::Apple(p) => p.attribute_mapping.as_ref(),
            IdentityProvider::Oidc(p) => p.attribute_mapping.as_ref(),
            IdentityProvider::Saml(p) => p.attribute_mapping.as_ref(),
        }
    }

    /// `ProviderType`.
    pub fn provider_type(&self) -> &'static str {
        match self {
            IdentityProvider::Google(_) => "Google",
            IdentityProvider::Facebook(_) => "Facebook",
            IdentityProvider::Amazon(_) => "LoginWithAmazon",
            IdentityProvider::Apple(_) => "SignInWithApple",
            IdentityProvider::Oidc(_) => "OIDC",
            IdentityProvider::Saml(_) => "SAML",
        }
    }
}

macro_rules! provider_from {
    ($($variant:ident($ty:ty),)*) => {$(
        impl From<$ty> for IdentityProvider {
            fn from(p: $ty) -> IdentityProvider {
                IdentityProvider::$variant(p)
            }
        }
        impl From<$ty> for crate::items::Item {
            fn from(p: $ty) -> crate::items::Item {
                crate::items::Item::IdentityProvider(Box::new(IdentityProvider::$variant(p)))
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
