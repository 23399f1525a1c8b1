//! From a CloudFormation property back to the setting of a `cognito!` item that produces it,
//! so a finding can be shown under that setting.

use serde_json::{Map, Value};

/// `(resource type, property, field path)`: the setting that produces each property, for the
/// types `cognito!` emits. A property missing here is produced by the item as a whole (its
/// construct id, its nesting), or by no setting.
const FIELDS: &[(&str, &str, &str)] = &[
    // AWS::Cognito::UserPool
    ("AWS::Cognito::UserPool", "AccountRecoverySetting", "account_recovery"),
    ("AWS::Cognito::UserPool", "AdminCreateUserConfig", "user_invitation"),
    ("AWS::Cognito::UserPool", "AliasAttributes", "sign_in_aliases"),
    ("AWS::Cognito::UserPool", "AutoVerifiedAttributes", "auto_verify"),
    ("AWS::Cognito::UserPool", "DeletionProtection", "deletion_protection"),
    ("AWS::Cognito::UserPool", "DeviceConfiguration", "device_tracking"),
    ("AWS::Cognito::UserPool", "EmailAuthenticationMessage", "email_authentication_message"),
    ("AWS::Cognito::UserPool", "EmailAuthenticationSubject", "email_authentication_subject"),
    ("AWS::Cognito::UserPool", "EmailConfiguration", "email"),
    ("AWS::Cognito::UserPool", "EmailVerificationMessage", "user_verification"),
    ("AWS::Cognito::UserPool", "EmailVerificationSubject", "user_verification"),
    ("AWS::Cognito::UserPool", "EnabledMfas", "mfa_second_factor"),
    ("AWS::Cognito::UserPool", "LambdaConfig", "lambda_triggers"),
    ("AWS::Cognito::UserPool", "MfaConfiguration", "mfa"),
    ("AWS::Cognito::UserPool", "Policies", "password_policy"),
    ("AWS::Cognito::UserPool", "SmsAuthenticationMessage", "mfa_message"),
    ("AWS::Cognito::UserPool", "SmsConfiguration", "sms_role"),
    ("AWS::Cognito::UserPool", "SmsVerificationMessage", "user_verification"),
    ("AWS::Cognito::UserPool", "UserAttributeUpdateSettings", "keep_original"),
    ("AWS::Cognito::UserPool", "UserPoolAddOns", "advanced_security_mode"),
    ("AWS::Cognito::UserPool", "UserPoolName", "user_pool_name"),
    ("AWS::Cognito::UserPool", "UserPoolTier", "feature_plan"),
    ("AWS::Cognito::UserPool", "UsernameAttributes", "sign_in_aliases"),
    ("AWS::Cognito::UserPool", "UsernameConfiguration", "sign_in_case_sensitive"),
    ("AWS::Cognito::UserPool", "VerificationMessageTemplate", "user_verification"),
    ("AWS::Cognito::UserPool", "WebAuthnFactorConfiguration", "web_authn_factor_configuration"),
    ("AWS::Cognito::UserPool", "WebAuthnRelyingPartyID", "passkey_relying_party_id"),
    ("AWS::Cognito::UserPool", "WebAuthnUserVerification", "passkey_user_verification"),
    // AWS::Cognito::UserPoolClient
    ("AWS::Cognito::UserPoolClient", "AccessTokenValidity", "access_token_validity"),
    ("AWS::Cognito::UserPoolClient", "AllowedOAuthFlows", "o_auth.flows"),
    ("AWS::Cognito::UserPoolClient", "AllowedOAuthFlowsUserPoolClient", "disable_o_auth"),
    ("AWS::Cognito::UserPoolClient", "AllowedOAuthScopes", "o_auth.scopes"),
    ("AWS::Cognito::UserPoolClient", "AnalyticsConfiguration", "analytics"),
    ("AWS::Cognito::UserPoolClient", "AuthSessionValidity", "auth_session_validity"),
    ("AWS::Cognito::UserPoolClient", "CallbackURLs", "o_auth.callback_urls"),
    ("AWS::Cognito::UserPoolClient", "ClientName", "user_pool_client_name"),
    ("AWS::Cognito::UserPoolClient", "DefaultRedirectURI", "o_auth.default_redirect_uri"),
    (
        "AWS::Cognito::UserPoolClient",
        "EnablePropagateAdditionalUserContextData",
        "enable_propagate_additional_user_context_data",
    ),
    ("AWS::Cognito::UserPoolClient", "EnableTokenRevocation", "enable_token_revocation"),
    ("AWS::Cognito::UserPoolClient", "ExplicitAuthFlows", "auth_flows"),
    ("AWS::Cognito::UserPoolClient", "GenerateSecret", "generate_secret"),
    ("AWS::Cognito::UserPoolClient", "IdTokenValidity", "id_token_validity"),
    ("AWS::Cognito::UserPoolClient", "LogoutURLs", "o_auth.logout_urls"),
    ("AWS::Cognito::UserPoolClient", "PreventUserExistenceErrors", "prevent_user_existence_errors"),
    ("AWS::Cognito::UserPoolClient", "ReadAttributes", "read_attributes"),
    ("AWS::Cognito::UserPoolClient", "RefreshTokenRotation", "refresh_token_rotation_grace_period"),
    ("AWS::Cognito::UserPoolClient", "RefreshTokenValidity", "refresh_token_validity"),
    ("AWS::Cognito::UserPoolClient", "SupportedIdentityProviders", "supported_identity_providers"),
    ("AWS::Cognito::UserPoolClient", "UserPoolId", "user_pool"),
    ("AWS::Cognito::UserPoolClient", "WriteAttributes", "write_attributes"),
    // the other items of a pool
    ("AWS::Cognito::UserPoolDomain", "ManagedLoginVersion", "managed_login_version"),
    ("AWS::Cognito::UserPoolDomain", "UserPoolId", "user_pool"),
    ("AWS::Cognito::UserPoolGroup", "Description", "description"),
    ("AWS::Cognito::UserPoolGroup", "GroupName", "group_name"),
    ("AWS::Cognito::UserPoolGroup", "Precedence", "precedence"),
    ("AWS::Cognito::UserPoolGroup", "RoleArn", "role"),
    ("AWS::Cognito::UserPoolGroup", "UserPoolId", "user_pool"),
    ("AWS::Cognito::UserPoolIdentityProvider", "AttributeMapping", "attribute_mapping"),
    ("AWS::Cognito::UserPoolIdentityProvider", "IdpIdentifiers", "identifiers"),
    ("AWS::Cognito::UserPoolIdentityProvider", "ProviderName", "name"),
    ("AWS::Cognito::UserPoolIdentityProvider", "UserPoolId", "user_pool"),
    ("AWS::Cognito::UserPoolResourceServer", "Identifier", "identifier"),
    ("AWS::Cognito::UserPoolResourceServer", "Name", "user_pool_resource_server_name"),
    ("AWS::Cognito::UserPoolResourceServer", "Scopes", "scopes"),
    ("AWS::Cognito::UserPoolResourceServer", "UserPoolId", "user_pool"),
    // items the CDK has only as `Cfn*` classes: their create-only properties
    ("AWS::Cognito::ManagedLoginBranding", "ClientId", "client"),
    ("AWS::Cognito::Terms", "ClientId", "client"),
    ("AWS::Cognito::UserPoolReplica", "RegionName", "region_name"),
    ("AWS::Cognito::UserPoolReplica", "UserPoolTagsAtCreate", "user_pool_tags_at_create"),
    // identity pools
    ("AWS::Cognito::IdentityPool", "AllowClassicFlow", "allow_classic_flow"),
    ("AWS::Cognito::IdentityPool", "AllowUnauthenticatedIdentities", "allow_unauthenticated_identities"),
    ("AWS::Cognito::IdentityPool", "IdentityPoolName", "identity_pool_name"),
    ("AWS::Cognito::IdentityPoolRoleAttachment", "RoleMappings", "role_mappings"),
    // the resource types of 3.3, keyed by their CloudFormation names in snake_case
    ("AWS::Cognito::UserPoolUser", "ClientMetadata", "client_metadata"),
    ("AWS::Cognito::UserPoolUser", "DesiredDeliveryMediums", "desired_delivery_mediums"),
    ("AWS::Cognito::UserPoolUser", "ForceAliasCreation", "force_alias_creation"),
    ("AWS::Cognito::UserPoolUser", "MessageAction", "message_action"),
    ("AWS::Cognito::UserPoolUser", "UserAttributes", "user_attributes"),
    ("AWS::Cognito::UserPoolUser", "Username", "username"),
    ("AWS::Cognito::UserPoolUser", "ValidationData", "validation_data"),
    ("AWS::Cognito::UserPoolUserToGroupAttachment", "GroupName", "groups"),
    // the resources a pool or a function brings along
    ("AWS::IAM::Role", "RoleName", "role_name"),
    ("AWS::Lambda::Function", "Description", "description"),
    ("AWS::Lambda::Function", "Environment", "environment"),
    ("AWS::Lambda::Function", "FunctionName", "function_name"),
    ("AWS::Lambda::Function", "Handler", "handler"),
    ("AWS::Lambda::Function", "MemorySize", "memory_size"),
    ("AWS::Lambda::Function", "Runtime", "runtime"),
    ("AWS::Lambda::Function", "Timeout", "timeout"),
    ("AWS::Lambda::Permission", "FunctionName", "lambda_triggers"),
];

/// `(ProviderType, the cognito! item that creates such a provider)`.
const PROVIDER_KINDS: &[(&str, &str)] = &[
    ("Google", "user_pool_identity_provider_google"),
    ("Facebook", "user_pool_identity_provider_facebook"),
    ("LoginWithAmazon", "user_pool_identity_provider_amazon"),
    ("SignInWithApple", "user_pool_identity_provider_apple"),
    ("OIDC", "user_pool_identity_provider_oidc"),
    ("SAML", "user_pool_identity_provider_saml"),
];

/// The `cognito!` item that creates an identity provider of `ProviderType` `ty` (the type
/// itself for one the language does not create).
pub(crate) fn provider_kind(ty: &str) -> &str {
    PROVIDER_KINDS.iter().find(|(t, _)| *t == ty).map_or(ty, |(_, kind)| kind)
}

/// Cognito attribute names whose `cognito!` key differs (the CDK's `StandardAttributes` keys).
const STANDARD_KEYS: &[(&str, &str)] = &[
    ("name", "fullname"),
    ("picture", "profile_picture"),
    ("profile", "profile_page"),
    ("zoneinfo", "timezone"),
    ("updated_at", "last_update_time"),
];

/// The standard attributes' names in Cognito (every other schema attribute is custom).
const STANDARD: &[&str] = &[
    "address",
    "birthdate",
    "email",
    "email_verified",
    "family_name",
    "gender",
    "given_name",
    "locale",
    "middle_name",
    "name",
    "nickname",
    "phone_number",
    "phone_number_verified",
    "picture",
    "preferred_username",
    "profile",
    "updated_at",
    "website",
    "zoneinfo",
];

/// Cognito: whether a schema attribute is a standard one (`email`) rather than custom.
pub(crate) fn is_standard(name: &str) -> bool {
    STANDARD.contains(&name)
}

/// The `cognito!` field that produces `property` of a resource of type `ty` whose properties
/// are `props` (a domain's `Domain` comes from `cognito_domain` or `custom_domain`).
///
/// ```
/// use cognito_runtime::change::field_of;
/// assert_eq!(field_of("AWS::Cognito::UserPoolClient", "GenerateSecret", None), Some("generate_secret"));
/// assert_eq!(field_of("AWS::Cognito::UserPool", "UsernameConfiguration", None), Some("sign_in_case_sensitive"));
/// assert_eq!(field_of("AWS::Cognito::UserPool", "Schema", None), None);
/// ```
pub fn field_of(ty: &str, property: &str, props: Option<&Map<String, Value>>) -> Option<&'static str> {
    if (ty, property) == ("AWS::Cognito::UserPoolDomain", "Domain") {
        let custom = props.is_some_and(|p| p.contains_key("CustomDomainConfig"));
        return Some(if custom { "custom_domain.domain_name" } else { "cognito_domain.domain_prefix" });
    }
    FIELDS.iter().find(|(t, p, _)| *t == ty && *p == property).map(|(_, _, f)| *f)
}

/// The `cognito!` field of the user pool's schema attribute `name` (Cognito's name, without
/// `custom:`): `standard_attributes.fullname`, `custom_attributes.tenant`.
///
/// ```
/// use cognito_runtime::change::schema_field;
/// assert_eq!(schema_field("name"), "standard_attributes.fullname");
/// assert_eq!(schema_field("email"), "standard_attributes.email");
/// assert_eq!(schema_field("tenant"), "custom_attributes.tenant");
/// ```
pub fn schema_field(name: &str) -> String {
    if !is_standard(name) {
        return format!("custom_attributes.{name}");
    }
    let key = STANDARD_KEYS.iter().find(|(cognito, _)| *cognito == name).map_or(name, |(_, key)| key);
    format!("standard_attributes.{key}")
}
