//! `UserPool`: the props of the AWS CDK's `UserPool` construct (`AWS::Cognito::UserPool`).
//!
//! Field names are the CDK's props in snake_case, as the CDK's Python bindings spell them;
//! `None` means "not given", which the CDK often treats differently from any value.

mod render;
pub(crate) mod rules;

use crate::core::arn::Arn;
use crate::core::attribute::StandardAttributeName;
use crate::core::duration::Duration;
use crate::core::value::Value;

pub(crate) use render::{enabled_mfas, pool_attr, reserves_child_id};

/// The props of a user pool. Every field is optional, as in the CDK.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPool {
    /// `userPoolName`.
    pub user_pool_name: Option<Value>,
    /// `selfSignUpEnabled` (default false).
    pub self_sign_up_enabled: Option<bool>,
    /// `userVerification`: the verification messages.
    pub user_verification: Option<UserVerification>,
    /// `userInvitation`: the invitation messages.
    pub user_invitation: Option<UserInvitation>,
    /// `smsRole`: the role Cognito assumes to send SMS (a role item, or its ARN).
    pub sms_role: Option<Arn>,
    /// `smsRoleExternalId`, used with `sms_role`.
    pub sms_role_external_id: Option<Value>,
    /// `snsRegion`.
    pub sns_region: Option<Value>,
    /// `enableSmsRole`: force (`true`) or forbid (`false`) the SMS role.
    pub enable_sms_role: Option<bool>,
    /// `signInAliases` (default: username only).
    pub sign_in_aliases: Option<SignInAliases>,
    /// `autoVerify` (default: derived from the aliases).
    pub auto_verify: Option<AutoVerifiedAttrs>,
    /// `keepOriginal`.
    pub keep_original: Option<KeepOriginalAttrs>,
    /// `requiredAttributes`, the seed-era form: these standard attributes required.
    pub required_attributes: Option<Vec<(StandardAttributeName, bool)>>,
    /// `standardAttributes`, in the order written.
    pub standard_attributes: Option<Vec<(StandardAttributeName, StandardAttribute)>>,
    /// `customAttributes`, in the order written.
    pub custom_attributes: Option<Vec<(String, CustomAttribute)>>,
    /// `mfa`.
    pub mfa: Option<Mfa>,
    /// `mfaMessage`.
    pub mfa_message: Option<Value>,
    /// `mfaSecondFactor` (default SMS when MFA is on).
    pub mfa_second_factor: Option<MfaSecondFactor>,
    /// `passwordPolicy`.
    pub password_policy: Option<PasswordPolicy>,
    /// `signInPolicy`.
    pub sign_in_policy: Option<SignInPolicy>,
    /// `passkeyRelyingPartyId`.
    pub passkey_relying_party_id: Option<Value>,
    /// `passkeyUserVerification`.
    pub passkey_user_verification: Option<PasskeyUserVerification>,
    /// `emailSettings` (deprecated in the CDK; the seed's `email_transmission`).
    pub email_settings: Option<EmailSettings>,
    /// `email`: `with_cognito(…)` or `with_ses { … }`.
    pub email: Option<UserPoolEmail>,
    /// `lambdaTriggers`, in the order written.
    pub lambda_triggers: Option<Vec<(UserPoolOperation, Arn)>>,
    /// `signInCaseSensitive`.
    pub sign_in_case_sensitive: Option<bool>,
    /// `accountRecovery` (default `PHONE_WITHOUT_MFA_AND_EMAIL`).
    pub account_recovery: Option<AccountRecovery>,
    /// `removalPolicy` (default `RETAIN`).
    pub removal_policy: Option<RemovalPolicy>,
    /// `deletionProtection`.
    pub deletion_protection: Option<bool>,
    /// `deviceTracking`.
    pub device_tracking: Option<DeviceTracking>,
    /// `customSenderKmsKey`: the KMS key's ARN.
    pub custom_sender_kms_key: Option<Value>,
    /// `advancedSecurityMode` (deprecated in the CDK).
    pub advanced_security_mode: Option<AdvancedSecurityMode>,
    /// `featurePlan`.
    pub feature_plan: Option<FeaturePlan>,
    /// `standardThreatProtectionMode`.
    pub standard_threat_protection_mode: Option<StandardThreatProtectionMode>,
    /// `customThreatProtectionMode`.
    pub custom_threat_protection_mode: Option<CustomThreatProtectionMode>,
}

impl UserPool {
    /// The names of the custom attributes the pool declares, in order.
    pub(crate) fn custom_attribute_names(&self) -> Vec<&str> {
        self.custom_attributes.iter().flatten().map(|(name, _)| name.as_str()).collect()
    }
}

/// `UserVerificationConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserVerification {
    /// `emailSubject`.
    pub email_subject: Option<Value>,
    /// `emailBody`.
    pub email_body: Option<Value>,
    /// `emailStyle` (default `CODE`).
    pub email_style: Option<VerificationEmailStyle>,
    /// `smsMessage`.
    pub sms_message: Option<Value>,
}

/// `UserInvitationConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserInvitation {
    /// `emailSubject`.
    pub email_subject: Option<Value>,
    /// `emailBody`.
    pub email_body: Option<Value>,
    /// `smsMessage`.
    pub sms_message: Option<Value>,
}

/// `VerificationEmailStyle`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VerificationEmailStyle {
    /// `CODE` → `CONFIRM_WITH_CODE`.
    #[default]
    Code,
    /// `LINK` → `CONFIRM_WITH_LINK`.
    Link,
}

/// `SignInAliases`: which attributes users sign in with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignInAliases {
    /// `username`.
    pub username: bool,
    /// `email`.
    pub email: bool,
    /// `phone`.
    pub phone: bool,
    /// `preferredUsername`.
    pub preferred_username: bool,
}

/// `AutoVerifiedAttrs`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoVerifiedAttrs {
    /// `email`.
    pub email: bool,
    /// `phone`.
    pub phone: bool,
}

/// `KeepOriginalAttrs`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeepOriginalAttrs {
    /// `email`.
    pub email: bool,
    /// `phone`.
    pub phone: bool,
}

/// `StandardAttribute`: whether a standard attribute is required and mutable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StandardAttribute {
    /// `required` (default false).
    pub required: Option<bool>,
    /// `mutable` (default true).
    pub mutable: Option<bool>,
}

/// A custom attribute: `string { … }`, `number { … }`, `boolean`, `date_time`.
#[derive(Clone, Debug, PartialEq)]
pub enum CustomAttribute {
    /// `StringAttribute`.
    String {
        /// `minLen`.
        min_len: Option<i64>,
        /// `maxLen`.
        max_len: Option<i64>,
        /// `mutable`.
        mutable: Option<bool>,
    },
    /// `NumberAttribute`.
    Number {
        /// `min`.
        min: Option<f64>,
        /// `max`.
        max: Option<f64>,
        /// `mutable`.
        mutable: Option<bool>,
    },
    /// `BooleanAttribute`.
    Boolean {
        /// `mutable`.
        mutable: Option<bool>,
    },
    /// `DateTimeAttribute`.
    DateTime {
        /// `mutable`.
        mutable: Option<bool>,
    },
}

impl Default for CustomAttribute {
    fn default() -> CustomAttribute {
        CustomAttribute::String { min_len: None, max_len: None, mutable: None }
    }
}

/// `Mfa`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mfa {
    /// `OFF`.
    #[default]
    Off,
    /// `OPTIONAL`.
    Optional,
    /// `REQUIRED` (CloudFormation's `ON`).
    Required,
}

/// `MfaSecondFactor`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MfaSecondFactor {
    /// `sms`.
    pub sms: bool,
    /// `otp`.
    pub otp: bool,
    /// `email`.
    pub email: bool,
}

/// `PasswordPolicy`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasswordPolicy {
    /// `tempPasswordValidity`: whole days.
    pub temp_password_validity: Option<Duration>,
    /// `minLength` (default 8 when a policy is given).
    pub min_length: Option<i64>,
    /// `requireLowercase`.
    pub require_lowercase: Option<bool>,
    /// `requireUppercase`.
    pub require_uppercase: Option<bool>,
    /// `requireDigits`.
    pub require_digits: Option<bool>,
    /// `requireSymbols`.
    pub require_symbols: Option<bool>,
    /// `passwordHistorySize`.
    pub password_history_size: Option<i64>,
}

/// `SignInPolicy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignInPolicy {
    /// `allowedFirstAuthFactors`.
    pub allowed_first_auth_factors: Option<AllowedFirstAuthFactors>,
}

/// `AllowedFirstAuthFactors`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllowedFirstAuthFactors {
    /// `password` (must be true).
    pub password: bool,
    /// `emailOtp`.
    pub email_otp: bool,
    /// `smsOtp`.
    pub sms_otp: bool,
    /// `passkey`.
    pub passkey: bool,
}

/// `PasskeyUserVerification`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PasskeyUserVerification {
    /// `PREFERRED`.
    #[default]
    Preferred,
    /// `REQUIRED`.
    Required,
}

/// `EmailSettings` (the CDK's deprecated form; the seed's `email_transmission`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmailSettings {
    /// `from`.
    pub from: Option<Value>,
    /// `replyTo`.
    pub reply_to: Option<Value>,
}

/// `UserPoolEmail`.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)] // a configuration value, built once
pub enum UserPoolEmail {
    /// `UserPoolEmail.withCognito(replyTo?)`.
    WithCognito {
        /// The reply-to address.
        reply_to: Option<Value>,
    },
    /// `UserPoolEmail.withSES({ … })`.
    WithSes(SesOptions),
}

impl Default for UserPoolEmail {
    fn default() -> UserPoolEmail {
        UserPoolEmail::WithCognito { reply_to: None }
    }
}

/// `UserPoolSESOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SesOptions {
    /// `fromEmail` (required).
    pub from_email: Value,
    /// `fromName`.
    pub from_name: Option<Value>,
    /// `replyTo`.
    pub reply_to: Option<Value>,
    /// `configurationSetName`.
    pub configuration_set_name: Option<Value>,
    /// `sesRegion` (default: the stack's region).
    pub ses_region: Option<Value>,
    /// `sesVerifiedDomain`.
    pub ses_verified_domain: Option<Value>,
}

macro_rules! operations {
    ($first:ident $fkey:literal $fcfn:literal, $($variant:ident $key:literal $cfn:literal,)*) => {
        /// `UserPoolOperation`: the Lambda triggers.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum UserPoolOperation {
            #[doc = concat!("`", $fkey, "` (`LambdaConfig.", $fcfn, "`).")]
            #[default]
            $first,
            $(
                #[doc = concat!("`", $key, "` (`LambdaConfig.", $cfn, "`).")]
                $variant,
            )*
        }

        impl UserPoolOperation {
            /// Every operation.
            pub const ALL: &'static [UserPoolOperation] =
                &[UserPoolOperation::$first, $(UserPoolOperation::$variant),*];

            /// The key in `cognito!` (snake_case of the CDK's `operationName`).
            pub fn key(self) -> &'static str {
                match self { UserPoolOperation::$first => $fkey, $(UserPoolOperation::$variant => $key,)* }
            }

            /// The key in CloudFormation's `LambdaConfig`.
            pub fn cfn_key(self) -> &'static str {
                match self { UserPoolOperation::$first => $fcfn, $(UserPoolOperation::$variant => $cfn,)* }
            }
        }
    };
}

operations! {
    CreateAuthChallenge "create_auth_challenge" "CreateAuthChallenge",
    CustomMessage "custom_message" "CustomMessage",
    DefineAuthChallenge "define_auth_challenge" "DefineAuthChallenge",
    PostAuthentication "post_authentication" "PostAuthentication",
    PostConfirmation "post_confirmation" "PostConfirmation",
    PreAuthentication "pre_authentication" "PreAuthentication",
    PreSignUp "pre_sign_up" "PreSignUp",
    PreTokenGeneration "pre_token_generation" "PreTokenGeneration",
    PreTokenGenerationConfig "pre_token_generation_config" "PreTokenGenerationConfig",
    UserMigration "user_migration" "UserMigration",
    VerifyAuthChallengeResponse "verify_auth_challenge_response" "VerifyAuthChallengeResponse",
    CustomEmailSender "custom_email_sender" "CustomEmailSender",
    CustomSmsSender "custom_sms_sender" "CustomSMSSender",
}

impl UserPoolOperation {
    /// The CDK's `operationName` (`createAuthChallenge`).
    pub fn operation_name(self) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in self.key().chars() {
            match c {
                '_' => upper = true,
                c if upper => {
                    out.push(c.to_ascii_uppercase());
                    upper = false;
                }
                c => out.push(c),
            }
        }
        out
    }

    /// The construct id of the `AWS::Lambda::Permission` the CDK creates under the pool for
    /// this trigger: `CreateAuthChallengeCognito`.
    pub fn permission_id(self) -> String {
        let name = self.operation_name();
        let mut chars = name.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
        format!("{first}{}Cognito", chars.as_str())
    }

    /// The custom sender triggers, which need a KMS key.
    pub fn is_custom_sender(self) -> bool {
        matches!(self, UserPoolOperation::CustomEmailSender | UserPoolOperation::CustomSmsSender)
    }
}

/// `LambdaVersion` of a trigger added with `add_trigger`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LambdaVersion {
    /// `V1_0`.
    #[default]
    V1_0,
    /// `V2_0`.
    V2_0,
    /// `V3_0`.
    V3_0,
}

impl LambdaVersion {
    /// The CloudFormation value.
    pub fn as_str(self) -> &'static str {
        match self {
            LambdaVersion::V1_0 => "V1_0",
            LambdaVersion::V2_0 => "V2_0",
            LambdaVersion::V3_0 => "V3_0",
        }
    }
}

/// `AccountRecovery`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AccountRecovery {
    /// `EMAIL_AND_PHONE_WITHOUT_MFA`.
    EmailAndPhoneWithoutMfa,
    /// `PHONE_WITHOUT_MFA_AND_EMAIL` (the default).
    #[default]
    PhoneWithoutMfaAndEmail,
    /// `EMAIL_ONLY`.
    EmailOnly,
    /// `PHONE_ONLY_WITHOUT_MFA`.
    PhoneOnlyWithoutMfa,
    /// `PHONE_AND_EMAIL`: no `AccountRecoverySetting` (Cognito's own behaviour).
    PhoneAndEmail,
    /// `NONE`: only an administrator can recover.
    None,
}

/// `RemovalPolicy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RemovalPolicy {
    /// `RETAIN` (the default for user pools).
    #[default]
    Retain,
    /// `DESTROY`.
    Destroy,
    /// `RETAIN_ON_UPDATE_OR_DELETE`.
    RetainOnUpdateOrDelete,
    /// `SNAPSHOT` (user pools do not support it).
    Snapshot,
}

/// `DeviceTracking`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeviceTracking {
    /// `challengeRequiredOnNewDevice`.
    pub challenge_required_on_new_device: bool,
    /// `deviceOnlyRememberedOnUserPrompt`.
    pub device_only_remembered_on_user_prompt: bool,
}

/// `AdvancedSecurityMode` (deprecated in the CDK).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AdvancedSecurityMode {
    /// `ENFORCED`.
    Enforced,
    /// `AUDIT`.
    Audit,
    /// `OFF`.
    #[default]
    Off,
}

/// `FeaturePlan`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FeaturePlan {
    /// `LITE`.
    Lite,
    /// `ESSENTIALS`.
    #[default]
    Essentials,
    /// `PLUS`.
    Plus,
}

/// `StandardThreatProtectionMode`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StandardThreatProtectionMode {
    /// `FULL_FUNCTION` → `ENFORCED`.
    FullFunction,
    /// `AUDIT_ONLY` → `AUDIT`.
    AuditOnly,
    /// `NO_ENFORCEMENT` → `OFF`.
    #[default]
    NoEnforcement,
}

/// `CustomThreatProtectionMode`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CustomThreatProtectionMode {
    /// `FULL_FUNCTION` → `ENFORCED`.
    FullFunction,
    /// `AUDIT_ONLY` → `AUDIT`.
    #[default]
    AuditOnly,
}

/// A trigger added after the pool was declared (`add_trigger`): a child of the pool, like
/// the `AWS::Lambda::Permission` the CDK creates for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddedTrigger {
    /// The operation.
    pub operation: UserPoolOperation,
    /// The function.
    pub function: Arn,
    /// The Lambda version (only `PRE_TOKEN_GENERATION_CONFIG` takes V2_0 or V3_0).
    pub lambda_version: Option<LambdaVersion>,
}
