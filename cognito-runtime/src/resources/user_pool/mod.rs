//! `UserPool`: the props of the AWS CDK's `UserPool` construct (`AWS::Cognito::UserPool`).
//!
//! Field names are the CDK's props in snake_case, as the CDK's Python bindings spell them;
//! `None` means "not given", which the CDK often treats differently from any value.

mod cfn_only;
mod render;
pub(crate) mod rules;

use crate::core::arn::Arn;
use crate::core::attribute::StandardAttributeName;
use crate::core::duration::Duration;
use crate::core::table::{MapKey, Walk, Walker};
use crate::core::value::Value;

pub(crate) use render::{enabled_mfas, pool_attr, reserves_child_id};

/// The props table of `user_pool` and of the blocks inside it: the single source of their
/// fields (see [`crate::core::table`]). The runtime defines the types from it; `cognito!` derives
/// its keys, their lowering and the builder calls it generates from the same table.
#[macro_export]
#[doc(hidden)]
macro_rules! __user_pool_props {
    ($cb:path) => {
        $cb! {
        /// The props of a user pool. Every field is optional, as in the CDK.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPool "user_pool" {
            /// `userPoolName`.
            user_pool_name: Option<Value>,
            /// `selfSignUpEnabled` (default false).
            self_sign_up_enabled: Option<bool>,
            /// `userVerification`: the verification messages.
            user_verification: Option<UserVerification>,
            /// `userInvitation`: the invitation messages.
            user_invitation: Option<UserInvitation>,
            /// `smsRole`: the role Cognito assumes to send SMS (a role item, or its ARN).
            sms_role: Option<Arn>,
            /// `smsRoleExternalId`, used with `sms_role`.
            sms_role_external_id: Option<Value>,
            /// `snsRegion`.
            sns_region: Option<Value>,
            /// `enableSmsRole`: force (`true`) or forbid (`false`) the SMS role.
            enable_sms_role: Option<bool>,
            /// `signInAliases` (default: username only).
            sign_in_aliases: Option<SignInAliases>,
            /// `autoVerify` (default: derived from the aliases).
            auto_verify: Option<AutoVerifiedAttrs>,
            /// `keepOriginal`.
            keep_original: Option<KeepOriginalAttrs>,
            /// `requiredAttributes`, the seed-era form: these standard attributes required.
            required_attributes: Option<Vec<(StandardAttributeName, bool)>>,
            /// `standardAttributes`, in the order written.
            standard_attributes: Option<Vec<(StandardAttributeName, StandardAttribute)>>,
            /// `customAttributes`, in the order written.
            custom_attributes: Option<Vec<(String, CustomAttribute)>>,
            /// `mfa`.
            mfa: Option<Mfa>,
            /// `mfaMessage`.
            mfa_message: Option<Value>,
            /// `mfaSecondFactor` (default SMS when MFA is on).
            mfa_second_factor: Option<MfaSecondFactor>,
            /// `passwordPolicy`.
            password_policy: Option<PasswordPolicy>,
            /// `signInPolicy`.
            sign_in_policy: Option<SignInPolicy>,
            /// `passkeyRelyingPartyId`.
            passkey_relying_party_id: Option<Value>,
            /// `passkeyUserVerification`.
            passkey_user_verification: Option<PasskeyUserVerification>,
            /// `EmailAuthenticationMessage` (no CDK prop: the CDK program sets it on the
            /// `CfnUserPool`): the message of e-mail MFA and e-mail OTP sign-in, with the code as
            /// `{####}`.
            email_authentication_message: Option<Value>,
            /// `EmailAuthenticationSubject` (no CDK prop: set on the `CfnUserPool`): the subject
            /// of that message.
            email_authentication_subject: Option<Value>,
            /// `WebAuthnFactorConfiguration` (no CDK prop: set on the `CfnUserPool`): whether a
            /// passkey with user verification satisfies MFA.
            web_authn_factor_configuration: Option<WebAuthnFactorConfiguration>,
            /// `emailSettings` (deprecated in the CDK; the seed's `email_transmission`).
            email_settings | email_transmission: Option<EmailSettings>,
            /// `email`: `with_cognito(…)` or `with_ses { … }`.
            email: Option<UserPoolEmail>,
            /// `lambdaTriggers`, in the order written.
            lambda_triggers | triggers: Option<Vec<(UserPoolOperation, Arn)>>,
            /// `signInCaseSensitive`.
            sign_in_case_sensitive: Option<bool>,
            /// `accountRecovery` (default `PHONE_WITHOUT_MFA_AND_EMAIL`).
            account_recovery: Option<AccountRecovery>,
            /// `removalPolicy` (default `RETAIN`).
            removal_policy: Option<RemovalPolicy>,
            /// `deletionProtection`.
            deletion_protection: Option<bool>,
            /// `deviceTracking`.
            device_tracking: Option<DeviceTracking>,
            /// `customSenderKmsKey`: the KMS key's ARN.
            custom_sender_kms_key: Option<Value>,
            /// `advancedSecurityMode` (deprecated in the CDK).
            advanced_security_mode: Option<AdvancedSecurityMode>,
            /// `featurePlan`.
            feature_plan: Option<FeaturePlan>,
            /// `standardThreatProtectionMode`.
            standard_threat_protection_mode: Option<StandardThreatProtectionMode>,
            /// `customThreatProtectionMode`.
            custom_threat_protection_mode: Option<CustomThreatProtectionMode>,
        }

        /// `UserVerificationConfig`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserVerification "user_verification" {
            /// `emailSubject`.
            email_subject: Option<Value>,
            /// `emailBody`.
            email_body: Option<Value>,
            /// `emailStyle` (default `CODE`).
            email_style: Option<VerificationEmailStyle>,
            /// `smsMessage`.
            sms_message: Option<Value>,
        }

        /// `UserInvitationConfig`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserInvitation "user_invitation" {
            /// `emailSubject`.
            email_subject: Option<Value>,
            /// `emailBody`.
            email_body: Option<Value>,
            /// `smsMessage`.
            sms_message: Option<Value>,
        }

        /// `VerificationEmailStyle`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum VerificationEmailStyle "VerificationEmailStyle" {
            /// `CODE` → `CONFIRM_WITH_CODE`.
            #[default]
            Code = CODE,
            /// `LINK` → `CONFIRM_WITH_LINK`.
            Link = LINK,
        }

        /// `SignInAliases`: which attributes users sign in with.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct SignInAliases "sign_in_aliases" {
            /// `username`.
            username: bool,
            /// `email`.
            email: bool,
            /// `phone`.
            phone: bool,
            /// `preferredUsername`.
            preferred_username: bool,
        }

        /// `AutoVerifiedAttrs`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct AutoVerifiedAttrs "auto_verify" {
            /// `email`.
            email: bool,
            /// `phone`.
            phone: bool,
        }

        /// `KeepOriginalAttrs`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct KeepOriginalAttrs "keep_original" {
            /// `email`.
            email: bool,
            /// `phone`.
            phone: bool,
        }

        /// `StandardAttribute`: whether a standard attribute is required and mutable.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct StandardAttribute "standard attribute" {
            /// `required` (default false).
            required: Option<bool>,
            /// `mutable` (default true).
            mutable: Option<bool>,
        }

        /// `StringAttributeProps`: a custom `string { … }` attribute.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct StringAttributeProps "string" {
            /// `minLen`.
            min_len: Option<i64>,
            /// `maxLen`.
            max_len: Option<i64>,
            /// `mutable`.
            mutable: Option<bool>,
        }

        /// `NumberAttributeProps`: a custom `number { … }` attribute.
        #[derive(Clone, Copy, Debug, Default, PartialEq)]
        pub struct NumberAttributeProps "number" {
            /// `min`.
            min: Option<f64>,
            /// `max`.
            max: Option<f64>,
            /// `mutable`.
            mutable: Option<bool>,
        }

        /// `CustomAttributeProps`: a custom `boolean` or `date_time` attribute.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct CustomAttributeProps "attribute" {
            /// `mutable`.
            mutable: Option<bool>,
        }

        /// `Mfa`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum Mfa "Mfa" {
            /// `OFF`.
            #[default]
            Off = OFF,
            /// `OPTIONAL`.
            Optional = OPTIONAL,
            /// `REQUIRED` (CloudFormation's `ON`).
            Required = REQUIRED,
        }

        /// `MfaSecondFactor`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct MfaSecondFactor "mfa_second_factor" {
            /// `sms`.
            sms: bool,
            /// `otp`.
            otp: bool,
            /// `email`.
            email: bool,
        }

        /// `PasswordPolicy`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct PasswordPolicy "password_policy" {
            /// `tempPasswordValidity`: whole days.
            temp_password_validity: Option<Duration>,
            /// `minLength` (default 8 when a policy is given).
            min_length: Option<i64>,
            /// `requireLowercase`.
            require_lowercase: Option<bool>,
            /// `requireUppercase`.
            require_uppercase: Option<bool>,
            /// `requireDigits`.
            require_digits: Option<bool>,
            /// `requireSymbols`.
            require_symbols: Option<bool>,
            /// `passwordHistorySize`.
            password_history_size: Option<i64>,
        }

        /// `SignInPolicy`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct SignInPolicy "sign_in_policy" {
            /// `allowedFirstAuthFactors`.
            allowed_first_auth_factors: Option<AllowedFirstAuthFactors>,
        }

        /// `AllowedFirstAuthFactors`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct AllowedFirstAuthFactors "allowed_first_auth_factors" {
            /// `password` (must be true).
            password: bool,
            /// `emailOtp`.
            email_otp: bool,
            /// `smsOtp`.
            sms_otp: bool,
            /// `passkey`.
            passkey: bool,
        }

        /// `PasskeyUserVerification`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum PasskeyUserVerification "PasskeyUserVerification" {
            /// `PREFERRED`.
            #[default]
            Preferred = PREFERRED,
            /// `REQUIRED`.
            Required = REQUIRED,
        }

        /// `WebAuthnFactorConfiguration`, as CloudFormation spells its values (the CDK has no enum).
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum WebAuthnFactorConfiguration "WebAuthnFactorConfiguration" {
            /// `SINGLE_FACTOR`: a passkey is one factor (Cognito's default).
            #[default]
            SingleFactor = SINGLE_FACTOR,
            /// `MULTI_FACTOR_WITH_USER_VERIFICATION`: a passkey with user verification
            /// satisfies MFA.
            MultiFactorWithUserVerification = MULTI_FACTOR_WITH_USER_VERIFICATION,
        }

        /// `EmailSettings` (the CDK's deprecated form; the seed's `email_transmission`).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct EmailSettings "email_settings" {
            /// `from`.
            from: Option<Value>,
            /// `replyTo`.
            reply_to: Option<Value>,
        }

        /// `UserPoolSESOptions`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct SesOptions "with_ses" {
            /// `fromEmail` (required).
            [required] from_email: Value,
            /// `fromName`.
            from_name: Option<Value>,
            /// `replyTo`.
            reply_to: Option<Value>,
            /// `configurationSetName`.
            configuration_set_name: Option<Value>,
            /// `sesRegion` (default: the stack's region).
            ses_region: Option<Value>,
            /// `sesVerifiedDomain`.
            ses_verified_domain: Option<Value>,
        }

        /// `LambdaVersion` of a trigger added with `add_trigger`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum LambdaVersion "LambdaVersion" {
            /// `V1_0`.
            #[default]
            V1_0 = V1_0,
            /// `V2_0`.
            V2_0 = V2_0,
            /// `V3_0`.
            V3_0 = V3_0,
        }

        /// `AccountRecovery`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum AccountRecovery "AccountRecovery" {
            /// `EMAIL_AND_PHONE_WITHOUT_MFA`.
            EmailAndPhoneWithoutMfa = EMAIL_AND_PHONE_WITHOUT_MFA,
            /// `PHONE_WITHOUT_MFA_AND_EMAIL` (the default).
            #[default]
            PhoneWithoutMfaAndEmail = PHONE_WITHOUT_MFA_AND_EMAIL,
            /// `EMAIL_ONLY`.
            EmailOnly = EMAIL_ONLY,
            /// `PHONE_ONLY_WITHOUT_MFA`.
            PhoneOnlyWithoutMfa = PHONE_ONLY_WITHOUT_MFA,
            /// `PHONE_AND_EMAIL`: no `AccountRecoverySetting` (Cognito's own behaviour).
            PhoneAndEmail = PHONE_AND_EMAIL,
            /// `NONE`: only an administrator can recover.
            None = NONE,
        }

        /// `RemovalPolicy`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum RemovalPolicy "RemovalPolicy" {
            /// `RETAIN` (the default for user pools).
            #[default]
            Retain = RETAIN,
            /// `DESTROY`.
            Destroy = DESTROY,
            /// `RETAIN_ON_UPDATE_OR_DELETE`.
            RetainOnUpdateOrDelete = RETAIN_ON_UPDATE_OR_DELETE,
            /// `SNAPSHOT` (user pools do not support it).
            Snapshot = SNAPSHOT,
        }

        /// `DeviceTracking`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct DeviceTracking "device_tracking" {
            /// `challengeRequiredOnNewDevice`.
            [required] challenge_required_on_new_device: bool,
            /// `deviceOnlyRememberedOnUserPrompt`.
            [required] device_only_remembered_on_user_prompt: bool,
        }

        /// `AdvancedSecurityMode` (deprecated in the CDK).
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum AdvancedSecurityMode "AdvancedSecurityMode" {
            /// `ENFORCED`.
            Enforced = ENFORCED,
            /// `AUDIT`.
            Audit = AUDIT,
            /// `OFF`.
            #[default]
            Off = OFF,
        }

        /// `FeaturePlan`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum FeaturePlan "FeaturePlan" {
            /// `LITE`.
            Lite = LITE,
            /// `ESSENTIALS`.
            #[default]
            Essentials = ESSENTIALS,
            /// `PLUS`.
            Plus = PLUS,
        }

        /// `StandardThreatProtectionMode`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum StandardThreatProtectionMode "StandardThreatProtectionMode" {
            /// `FULL_FUNCTION` → `ENFORCED`.
            FullFunction = FULL_FUNCTION,
            /// `AUDIT_ONLY` → `AUDIT`.
            AuditOnly = AUDIT_ONLY,
            /// `NO_ENFORCEMENT` → `OFF`.
            #[default]
            NoEnforcement = NO_ENFORCEMENT,
        }

        /// `CustomThreatProtectionMode`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum CustomThreatProtectionMode "CustomThreatProtectionMode" {
            /// `FULL_FUNCTION` → `ENFORCED`.
            FullFunction = FULL_FUNCTION,
            /// `AUDIT_ONLY` → `AUDIT`.
            #[default]
            AuditOnly = AUDIT_ONLY,
        }

        /// A trigger added after the pool was declared (`add_trigger`): a child of the pool, like
        /// the `AWS::Lambda::Permission` the CDK creates for it.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AddedTrigger "trigger" {
            /// The operation: the item's id (`trigger pre_sign_up { … }`).
            [id] operation: UserPoolOperation,
            /// The function.
            [required] function: Arn,
            /// The Lambda version (only `PRE_TOKEN_GENERATION_CONFIG` takes V2_0 or V3_0).
            lambda_version: Option<LambdaVersion>,
        }
        }
    };
}

__user_pool_props!(crate::define_props);

impl UserPool {
    /// The names of the custom attributes the pool declares, in order.
    pub(crate) fn custom_attribute_names(&self) -> Vec<&str> {
        self.custom_attributes.iter().flatten().map(|(name, _)| name.as_str()).collect()
    }
}

/// The keys of `lambda_triggers`: every operation but `pre_token_generation_config`, which
/// only `add_trigger` (the `trigger` item) takes, with its Lambda version.
impl MapKey for UserPoolOperation {
    fn map_key(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self.key())
    }
    fn from_map_key(key: &str) -> Option<UserPoolOperation> {
        Self::triggers().find(|op| op.key() == key)
    }
    fn map_keys() -> Vec<&'static str> {
        Self::triggers().map(|op| op.key()).collect()
    }
}

impl UserPoolOperation {
    fn triggers() -> impl Iterator<Item = UserPoolOperation> {
        UserPoolOperation::ALL.iter().copied().filter(|op| *op != UserPoolOperation::PreTokenGenerationConfig)
    }
}

impl Walk for UserPoolOperation {
    fn walk(&self, _: &mut Walker) {}
}

/// A custom attribute: `string { … }`, `number { … }`, `boolean`, `date_time`.
#[derive(Clone, Debug, PartialEq)]
pub enum CustomAttribute {
    /// `StringAttribute`.
    String(StringAttributeProps),
    /// `NumberAttribute`.
    Number(NumberAttributeProps),
    /// `BooleanAttribute`.
    Boolean(CustomAttributeProps),
    /// `DateTimeAttribute`.
    DateTime(CustomAttributeProps),
}

impl Default for CustomAttribute {
    fn default() -> CustomAttribute {
        CustomAttribute::String(StringAttributeProps::default())
    }
}

impl CustomAttribute {
    /// `mutable`, whatever the type.
    pub fn mutable(&self) -> Option<bool> {
        match self {
            CustomAttribute::String(a) => a.mutable,
            CustomAttribute::Number(a) => a.mutable,
            CustomAttribute::Boolean(a) | CustomAttribute::DateTime(a) => a.mutable,
        }
    }
}

/// A custom attribute holds no string value.
impl Walk for CustomAttribute {
    fn walk(&self, _: &mut Walker) {}
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

/// The settings of either form sit at `email.…` (`email.reply_to`, `email.from_email`).
impl Walk for UserPoolEmail {
    fn walk(&self, w: &mut Walker) {
        match self {
            UserPoolEmail::WithCognito { reply_to } => w.at("reply_to", reply_to),
            UserPoolEmail::WithSes(ses) => ses.walk(w),
        }
    }
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
