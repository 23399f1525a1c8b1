//! Parity with the AWS CDK for user pools, through `cognito!`.
//!
//! A block the CDK rejects does not compile (`tests/ui/` shows each error); here its value at
//! fault is written as `(EXPR)`, which `cognito!` leaves to `Stack::synth`, so the run-time
//! check is shown to reject it by the same rule. Three CDK error cases have no value to
//! defer (a repeated construct id, a repeated trigger, a custom sender trigger added to a
//! pool without a KMS key): they are compile-fail cases only, in `tests/ui/stack/` and
//! `tests/ui/pool/`.

mod common;

use cognito::{
    Duration, LambdaVersion, MfaSecondFactor, RemovalPolicy, SesOptions, SignInAliases, UserPoolEmail,
    cognito,
};
use common::*;

/// `cognito! { … }`, after `[functions A, B]` (or `[compact_functions …]`, the older cases'
/// spelling of the code) declares those Lambda functions, as the CDK cases do.
macro_rules! stack {
    ([functions $($f:ident),+] $($dsl:tt)*) => {
        stack!(@with "exports.handler = async () => {}"; $($f),+; $($dsl)*)
    };
    ([compact_functions $($f:ident),+] $($dsl:tt)*) => {
        stack!(@with "exports.handler=async()=>{}"; $($f),+; $($dsl)*)
    };
    (@with $code:literal; $($f:ident),+; $($dsl:tt)*) => {
        cognito! {
            $(lambda_function $f { runtime: "nodejs20.x", handler: "index.handler", code: inline($code) })+
            $($dsl)*
        }
    };
    ($($dsl:tt)*) => { cognito! { $($dsl)* } };
}

/// `case { … }`: the block has the CDK's template for `case`.
macro_rules! parity {
    ($($case:ident $([$($fns:tt)*])? { $($dsl:tt)* })*) => {$(
        #[test]
        fn $case() {
            assert_parity(&stack!($([$($fns)*])? $($dsl)*), stringify!($case));
        }
    )*};
}

/// `case: rule { … }`: the CDK rejects `case`, and `Stack::synth` rejects the block by `rule`.
macro_rules! rejected {
    ($($case:ident: $rule:literal $([$($fns:tt)*])? { $($dsl:tt)* })*) => {$(
        #[test]
        fn $case() {
            assert_rejected(&stack!($([$($fns)*])? $($dsl)*), stringify!($case), $rule);
        }
    )*};
}

/// `case: rule { … }`: the CDK accepts `case` but CloudFormation or Cognito refuses it at deploy
/// time; `Stack::synth` rejects the block by `rule` on purpose.
macro_rules! rejected_on_purpose {
    ($($(#[doc = $doc:literal])* $case:ident: $rule:literal { $($dsl:tt)* })*) => {$(
        $(#[doc = $doc])*
        #[test]
        fn $case() {
            assert_rejected_on_purpose(&cognito! { $($dsl)* }, stringify!($case), $rule);
        }
    )*};
}

parity! {
    bare_pool { user_pool Pool {} }
    account_recovery_email_and_phone { user_pool UserPool { account_recovery: EMAIL_AND_PHONE_WITHOUT_MFA } }
    account_recovery_email_only { user_pool UserPool { account_recovery: AccountRecovery::EMAIL_ONLY } }
    account_recovery_none { user_pool UserPool { account_recovery: NONE } }
    account_recovery_phone_and_email { user_pool UserPool { account_recovery: PHONE_AND_EMAIL } }
    attributes {
        user_pool myuserpool {
            standard_attributes: {
                fullname: { required: true, mutable: false },
                address: { required: false, mutable: true },
            },
            custom_attributes: {
                myappid: string { min_len: 5, max_len: 15, mutable: false },
                callingcode: number { min: 1, max: 3, mutable: true },
                isEmployee: boolean { mutable: true },
                joinedOn: date_time,
            },
        }
    }
    // The seed's form: `required_attributes` (v1.33), today's `standard_attributes` with
    // `required: true`.
    attributes_required_v133 {
        user_pool myuserpool {
            required_attributes: { fullname: true, address: true },
            custom_attributes: {
                myappid: string { min_len: 5, max_len: 15 },
                callingcode: number { min: 1, max: 3 },
                isEmployee: boolean,
                joinedOn: date_time,
            },
        }
    }
    autoverify_email_phone {
        user_pool myuserpool {
            sign_in_aliases: { username, email },
            auto_verify: { email: true, phone: true },
        }
    }
    deletion_protection_off { user_pool myuserpool { deletion_protection: false } }
    deletion_protection_on { user_pool myuserpool { deletion_protection: true } }
    device_tracking {
        user_pool myuserpool {
            device_tracking: { challenge_required_on_new_device: true, device_only_remembered_on_user_prompt: true },
        }
    }
    email_cognito { user_pool myuserpool { email: with_cognito("support@myawesomeapp.com") } }
    email_cognito_no_reply_to { user_pool myuserpool { email: with_cognito() } }
    email_ses {
        user_pool myuserpool {
            email: with_ses {
                from_email: "noreply@myawesomeapp.com",
                from_name: "Awesome App",
                reply_to: "support@myawesomeapp.com",
                ses_region: "us-east-1",
                ses_verified_domain: "myawesomeapp.com",
            },
        }
    }
    email_ses_minimal {
        user_pool myuserpool {
            email: UserPoolEmail::with_ses { from_email: "noreply@myawesomeapp.com", ses_region: "eu-west-1" },
        }
    }
    email_ses_stack_region {
        stack Stack {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool myuserpool {
                email: with_ses { from_email: "noreply@myawesomeapp.com", ses_verified_domain: "myawesomeapp.com" },
            }
            user_pool imported = from_user_pool_id("eu-west-1_abc123");
            output ImportedArn { value: imported.user_pool_arn }
            output ProviderUrl { value: myuserpool.user_pool_provider_url }
        }
    }
    // The seed's key for the CDK's (deprecated) `emailSettings`.
    email_settings_from_replyto {
        user_pool myuserpool {
            email_transmission: { from: "noreply@myawesomeapp.com", reply_to: "support@myawesomeapp.com" },
        }
    }
    feature_plan_threat_protection {
        user_pool pool {
            feature_plan: FeaturePlan::PLUS,
            standard_threat_protection_mode: StandardThreatProtectionMode::FULL_FUNCTION,
        }
    }
    // import_outputs: a stack without resources, in dsl_client.rs (with a resource added).
    invitation_sms_without_code {
        user_pool myuserpool {
            user_invitation: { sms_message: "Your temporary password for our awesome app is missing" },
        }
    }
    mfa_message {
        user_pool myuserpool {
            mfa: Mfa::OPTIONAL,
            mfa_second_factor: { sms: true, otp: false },
            mfa_message: "Your authentication code is {####}.",
        }
    }
    mfa_off { user_pool myuserpool { mfa: OFF } }
    mfa_required_default_factor { user_pool myuserpool { mfa: REQUIRED } }
    mfa_required_sms_otp { user_pool myuserpool { mfa: REQUIRED, mfa_second_factor: { sms, otp } } }
    password_policy {
        user_pool myuserpool {
            password_policy: {
                min_length: 12,
                require_lowercase: true,
                require_uppercase: true,
                require_digits: true,
                require_symbols: true,
                temp_password_validity: days(3),
            },
        }
    }
    password_policy_empty { user_pool myuserpool { password_policy: {} } }
    pool_name { user_pool myuserpool { user_pool_name: "myawesomeapp-userpool" } }
    removal_policy_destroy { user_pool myuserpool { removal_policy: RemovalPolicy::DESTROY } }
    signin_all_aliases {
        user_pool myuserpool {
            sign_in_aliases: { username: true, email: true, phone: true, preferred_username: true },
        }
    }
    signin_case_insensitive { user_pool myuserpool { sign_in_case_sensitive: false } }
    signin_email { user_pool myuserpool { sign_in_aliases: { email } } }
    signin_preferred_username { user_pool myuserpool { sign_in_aliases: { username, preferred_username } } }
    signin_username_email { user_pool myuserpool { sign_in_aliases: { username: true, email: true } } }
    signup_verification_code {
        user_pool myuserpool {
            self_sign_up_enabled: true,
            user_verification: {
                email_subject: "Verify your email for our awesome app!",
                email_body: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                email_style: CODE,
                sms_message: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
            },
        }
    }
    sms_role_enable_true { user_pool myuserpool { enable_sms_role: true } }
    sms_role_explicit {
        role userpoolsmsrole { assumed_by: service_principal("foo") }
        user_pool myuserpool {
            sms_role: userpoolsmsrole,
            sms_role_external_id: "c87467be-4f34-11ea-b77f-2e728ce88125",
        }
    }
    standard_attributes_all {
        user_pool myuserpool {
            standard_attributes: {
                address: { required: true },
                birthdate: { required: true },
                email: { required: true },
                family_name: { required: true },
                gender: { required: true },
                given_name: { required: true },
                locale: { required: true },
                middle_name: { required: true },
                fullname: { required: true },
                nickname: { required: true },
                phone_number: { required: true },
                profile_picture: { required: true },
                preferred_username: { required: true },
                profile_page: { required: true },
                timezone: { required: true },
                last_update_time: { required: true },
                website: { required: true },
            },
        }
    }
    trigger_pre_token_v2 [compact_functions fn] {
        user_pool pool {
            feature_plan: ESSENTIALS,
            trigger pre_token_generation_config { function: fn, lambda_version: V2_0 }
        }
    }
    // In the CDK's order: `userMigrationFn` is made after the pool, for `addTrigger`.
    triggers [compact_functions authChallengeFn] {
        user_pool myuserpool {
            triggers: { create_auth_challenge: authChallengeFn },
            trigger user_migration { function: userMigrationFn }
        }
        lambda_function userMigrationFn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler=async()=>{}") }
    }
    user_invitation {
        user_pool myuserpool {
            user_invitation: {
                email_subject: "Invite to join our awesome app!",
                email_body: "Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}",
                sms_message: "Hello {username}, your temporary password for our awesome app is {####}",
            },
        }
    }
    verification_link {
        user_pool myuserpool {
            self_sign_up_enabled: true,
            user_verification: {
                email_subject: "Verify your email for our awesome app!",
                email_body: "Hello {username}, Thanks for signing up to our awesome app! Verify your email by clicking on {##Verify Email##}",
                email_style: VerificationEmailStyle::LINK,
                sms_message: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
            },
        }
    }
    verification_link_defaults { user_pool myuserpool { user_verification: { email_style: LINK } } }

    // User pool: MFA, sign-in policy, passkeys, passwords
    x_mfa_optional_otp_only { user_pool Pool { mfa: OPTIONAL, mfa_second_factor: { sms: false, otp: true } } }
    x_mfa_optional_default_factor { user_pool Pool { mfa: OPTIONAL } }
    x_mfa_email_ses_essentials {
        user_pool Pool {
            mfa: REQUIRED,
            mfa_second_factor: { sms: true, otp: false, email: true },
            email: with_ses { from_email: "noreply@example.com", ses_region: "us-east-1" },
            feature_plan: ESSENTIALS,
        }
    }
    x_sign_in_policy_all_factors {
        user_pool Pool {
            feature_plan: ESSENTIALS,
            sign_in_policy: { allowed_first_auth_factors: { password, email_otp, sms_otp, passkey } },
        }
    }
    x_passkey_rp_id_verification_required {
        user_pool Pool { passkey_relying_party_id: "example.com", passkey_user_verification: REQUIRED }
    }
    x_passkey_sign_in_policy_rp_id {
        user_pool Pool {
            feature_plan: ESSENTIALS,
            sign_in_policy: { allowed_first_auth_factors: { password: true, passkey: true } },
            passkey_relying_party_id: "auth.example.com",
            passkey_user_verification: PasskeyUserVerification::PREFERRED,
        }
    }
    x_sign_in_policy_empty { user_pool Pool { sign_in_policy: {} } }
    x_password_history_5_essentials {
        user_pool Pool { feature_plan: ESSENTIALS, password_policy: { password_history_size: 5 } }
    }
    x_temp_password_hours48 { user_pool Pool { password_policy: { temp_password_validity: hours(48) } } }
    x_temp_password_minutes2880 {
        user_pool Pool { password_policy: { temp_password_validity: Duration::minutes(2880) } }
    }

    // User pool: keepOriginal, threat protection
    x_keep_original_email_phone { user_pool Pool { keep_original: { email: true, phone: true } } }
    x_keep_original_email_phone_autoverify {
        user_pool Pool {
            sign_in_aliases: { email, phone },
            auto_verify: { email, phone },
            keep_original: { email, phone },
        }
    }
    x_keep_original_empty { user_pool Pool { keep_original: {} } }
    x_threat_custom_audit_only_plus {
        user_pool Pool { feature_plan: PLUS, custom_threat_protection_mode: AUDIT_ONLY }
    }
    x_threat_standard_no_enforcement { user_pool Pool { standard_threat_protection_mode: NO_ENFORCEMENT } }
    x_threat_both_full_function_plus {
        user_pool Pool {
            feature_plan: PLUS,
            standard_threat_protection_mode: FULL_FUNCTION,
            custom_threat_protection_mode: FULL_FUNCTION,
        }
    }
    x_threat_both_full_function_no_plan {
        user_pool Pool {
            standard_threat_protection_mode: FULL_FUNCTION,
            custom_threat_protection_mode: CustomThreatProtectionMode::FULL_FUNCTION,
        }
    }
    x_advanced_security_audit { user_pool Pool { advanced_security_mode: AUDIT } }

    // User pool: Lambda triggers
    x_custom_sender_kms [functions SenderFn] {
        user_pool Pool {
            custom_sender_kms_key: "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012",
            lambda_triggers: { custom_email_sender: SenderFn, custom_sms_sender: SenderFn },
        }
    }
    x_triggers_all_ten_one_fn [functions TriggerFn] {
        user_pool Pool {
            lambda_triggers: {
                pre_sign_up: TriggerFn,
                post_confirmation: TriggerFn,
                pre_authentication: TriggerFn,
                post_authentication: TriggerFn,
                custom_message: TriggerFn,
                define_auth_challenge: TriggerFn,
                create_auth_challenge: TriggerFn,
                verify_auth_challenge_response: TriggerFn,
                pre_token_generation: TriggerFn,
                user_migration: TriggerFn,
            },
        }
    }
    x_trigger_fn_shared_two_pools [functions PreSignUpFn] {
        user_pool Pool1 { triggers: { pre_sign_up: PreSignUpFn } }
        user_pool Pool2 { triggers: { pre_sign_up: PreSignUpFn } }
    }
    x_trigger_pre_token_v3_plus {
        user_pool Pool {
            feature_plan: PLUS,
            trigger pre_token_generation_config { function: PreTokenFn, lambda_version: LambdaVersion::V3_0 }
        }
        lambda_function PreTokenFn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler = async () => {}") }
    }
    x_trigger_pre_token_config_no_version {
        user_pool Pool { trigger pre_token_generation_config { function: PreTokenFn } }
        lambda_function PreTokenFn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler = async () => {}") }
    }

    // User pool: email (SES fromName, IDN)
    x_ses_from_name_japanese {
        user_pool Pool {
            email: with_ses { from_email: "noreply@example.com", from_name: "あいう", ses_region: "us-east-1" },
        }
    }
    x_ses_from_name_quotes_backslash {
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                from_name: "Foo \"Bar\" \\Baz",
                ses_region: "us-east-1",
            },
        }
    }
    x_ses_from_name_email_like {
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                from_name: "mycustomname@example.com",
                ses_region: "us-east-1",
            },
        }
    }
    x_ses_from_name_quoted {
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                from_name: "\"Quoted Name\"",
                ses_region: "us-east-1",
            },
        }
    }
    x_ses_from_name_comma {
        user_pool Pool {
            email: with_ses { from_email: "noreply@example.com", from_name: "Foo, Inc.", ses_region: "us-east-1" },
        }
    }
    x_ses_from_name_token {
        parameter from_name as "FromName" { type: "String" }
        user_pool Pool {
            email: with_ses { from_email: "noreply@example.com", from_name: from_name, ses_region: "us-east-1" },
        }
        user_pool Imported {
            email: with_ses {
                from_email: "noreply@example.com",
                from_name: import_value("SenderName"),
                reply_to: "help@example.com",
                ses_region: "us-east-1",
            },
        }
    }
    x_ses_configuration_set {
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                from_name: "Example",
                configuration_set_name: "default",
                ses_region: "us-east-1",
            },
        }
    }
    x_ses_from_name_parens {
        user_pool Pool {
            email: with_ses { from_email: "noreply@example.com", from_name: "Foo (Bar)", ses_region: "us-east-1" },
        }
    }
    x_ses_idn_local_part_mixed {
        user_pool Pool { email: with_ses { from_email: "иvan@домен.рф", ses_region: "us-east-1" } }
    }
    x_ses_idn_domain {
        user_pool Pool {
            email: with_ses { from_email: "user@домен.рф", reply_to: "reply@домен.рф", ses_region: "us-east-1" },
        }
    }
    x_ses_idn_verified_domain {
        user_pool Pool {
            email: with_ses { from_email: "user@домен.рф", ses_verified_domain: "домен.рф", ses_region: "us-east-1" },
        }
        user_pool Empty {
            email: with_ses { from_email: "noreply@example.com", ses_verified_domain: "", ses_region: "us-east-1" },
        }
    }
    x_cognito_email_idn_reply_to { user_pool Pool { email: with_cognito("support@домен.рф") } }
    x_email_settings_idn_from { user_pool Pool { email_settings: { from: "от@домен.рф" } } }

    // User pool: removal policy, sign-in aliases, SMS
    x_removal_retain_on_update_or_delete { user_pool Pool { removal_policy: RETAIN_ON_UPDATE_OR_DELETE } }
    x_signin_aliases_empty { user_pool Pool { sign_in_aliases: {} } }
    x_signin_phone { user_pool Pool { sign_in_aliases: { phone: true } } }
    x_signin_email_phone { user_pool Pool { sign_in_aliases: { email: true, phone: true } } }
    x_autoverify_empty_email_signin { user_pool Pool { sign_in_aliases: { email }, auto_verify: {} } }
    x_signin_username_phone { user_pool Pool { sign_in_aliases: { username, phone } } }
    x_sms_role_imported_sns_region {
        user_pool Pool {
            sms_role: "arn:aws:iam::123456789012:role/sms",
            sms_role_external_id: "my-external-id",
            sns_region: "us-east-1",
        }
    }

    // User pool: verification messages, attributes, device tracking, mfaMessage
    x_verification_link_subject_only {
        user_pool Pool { user_verification: { email_style: LINK, email_subject: "Verify your account" } }
    }
    x_verification_code_sms_only {
        user_pool Pool { user_verification: { email_style: CODE, sms_message: "Your code is {####}" } }
    }
    x_verification_link_custom_body {
        user_pool Pool { user_verification: { email_style: LINK, email_body: "{##Click here##}" } }
    }
    x_custom_string_min0_max10 { user_pool Pool { custom_attributes: { attr: string { min_len: 0, max_len: 10 } } } }
    x_custom_string_min0 { user_pool Pool { custom_attributes: { attr: string { min_len: 0 } } } }
    x_custom_number_negative_fraction {
        user_pool Pool { custom_attributes: { attr: number { min: -5, max: 1.5 } } }
    }
    x_custom_number_zero_zero { user_pool Pool { custom_attributes: { attr: number { min: 0, max: 0 } } } }
    x_custom_boolean_immutable { user_pool Pool { custom_attributes: { attr: boolean { mutable: false } } } }
    x_custom_datetime_mutable { user_pool Pool { custom_attributes: { attr: date_time { mutable: true } } } }
    x_custom_string_empty_props { user_pool Pool { custom_attributes: { attr: string {} } } }
    x_custom_string_mutable { user_pool Pool { custom_attributes: { attr: string { mutable: true } } } }
    x_standard_attrs_mixed {
        user_pool Pool {
            standard_attributes: {
                address: {},
                email: { required: true, mutable: false },
                phone_number: { mutable: false },
            },
        }
    }
    x_standard_attrs_email_verified_deprecated {
        user_pool Pool { standard_attributes: { email_verified: { required: false } } }
    }
    x_device_tracking_prompt_only {
        user_pool Pool {
            device_tracking: { challenge_required_on_new_device: false, device_only_remembered_on_user_prompt: true },
        }
    }
    x_mfa_message_140 {
        user_pool Pool {
            mfa: OPTIONAL,
            mfa_message: "Your verification code is {####}. xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        }
    }

    // User pool: outputs, stack name, SMS role principals
    x_pool_outputs {
        user_pool Pool { user_pool_name: "my-pool" }
        output PoolId { value: Pool.user_pool_id }
        output PoolArn { value: Pool.user_pool_arn }
        output ProviderName { value: Pool.user_pool_provider_name }
        output ProviderUrl { value: Pool.user_pool_provider_url }
    }
    x_pool_outputs_env {
        stack Stack {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool Pool { user_pool_name: "my-pool" }
            output PoolId { value: Pool.user_pool_id }
            output PoolArn { value: Pool.user_pool_arn }
            output ProviderName { value: Pool.user_pool_provider_name }
            output ProviderUrl { value: Pool.user_pool_provider_url }
        }
    }
    x_stack_name_auth_mfa_required { stack Auth { user_pool myuserpool { mfa: REQUIRED } } }
    x_sms_role_sns_principal {
        role SmsRole { assumed_by: service_principal("sns.amazonaws.com") }
        user_pool Pool { sms_role: SmsRole }
    }
    x_sms_role_foo_principal {
        role SmsRole { assumed_by: service_principal("foo") }
        user_pool Pool { sms_role: SmsRole }
    }
}

rejected! {
    err_custom_sms_sender_without_kms: "lambda_triggers.custom_sender_kms_key" [compact_functions fn] {
        user_pool Pool { lambda_triggers: { custom_sms_sender: (cognito::ItemRef::from("fn")) } }
    }
    err_custom_string_maxlen_3000: "custom_attributes.max_len" {
        user_pool Pool { custom_attributes: { big: string { max_len: (3000) } } }
    }
    err_email_and_email_settings: "email.conflict" {
        user_pool Pool {
            email: with_cognito("a@example.com"),
            email_settings: ({ cognito::EmailSettings { from: Some("b@example.com".into()), reply_to: None } }),
        }
    }
    err_email_mfa_without_ses: "mfa_second_factor.email.ses" {
        user_pool Pool { mfa: REQUIRED, mfa_second_factor: (MfaSecondFactor { sms: false, otp: false, email: true }) }
    }
    err_from_user_pool_arn_no_resource: "import.user_pool_arn" {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool p = from_user_pool_arn(("arn:aws:cognito-idp:eu-west-1:123456789012:userpool"));
    }
    err_mfa_message_missing_code: "mfa_message.code" { user_pool Pool { mfa: OPTIONAL, mfa_message: ("no code here") } }
    err_passkey_rp_id_too_long: "passkey_relying_party_id.length" {
        user_pool Pool { passkey_relying_party_id: ("a".repeat(64)) }
    }
    err_password_history_lite: "password_policy.password_history_size.plan" {
        user_pool Pool { feature_plan: LITE, password_policy: { password_history_size: (5) } }
    }
    err_password_minlen_100: "password_policy.min_length" { user_pool Pool { password_policy: { min_length: (100) } } }
    err_password_minlen_5: "password_policy.min_length" { user_pool Pool { password_policy: { min_length: (5) } } }
    err_preferred_username_without_username: "sign_in_aliases.preferred_username" {
        user_pool Pool {
            sign_in_aliases: (SignInAliases { email: true, preferred_username: true, ..SignInAliases::default() }),
        }
    }
    err_ses_no_region: "email.ses_region" {
        user_pool Pool {
            email: (UserPoolEmail::WithSes(SesOptions {
                from_email: "noreply@myawesomeapp.com".into(),
                ..SesOptions::default()
            })),
        }
    }
    err_sign_in_policy_no_password: "sign_in_policy.password" {
        user_pool Pool {
            feature_plan: ESSENTIALS,
            sign_in_policy: { allowed_first_auth_factors: { password: (false), email_otp: true } },
        }
    }
    err_sms_role_with_enable_false: "enable_sms_role.with_sms_role" {
        role role { assumed_by: service_principal("foo") }
        user_pool Pool { sms_role: role, enable_sms_role: (false) }
    }
    err_temp_password_hours36: "password_policy.temp_password_validity.whole_days" {
        user_pool Pool { password_policy: { temp_password_validity: (Duration::hours(36)) } }
    }
    err_threat_protection_and_advanced: "advanced_security_mode.conflict" {
        user_pool Pool {
            feature_plan: PLUS,
            advanced_security_mode: (cognito::AdvancedSecurityMode::Enforced),
            standard_threat_protection_mode: FULL_FUNCTION,
        }
    }
    err_trigger_v2_non_pretoken: "trigger.lambda_version" [compact_functions fn] {
        user_pool Pool { trigger pre_sign_up { function: fn, lambda_version: (LambdaVersion::V2_0) } }
    }
    err_verification_email_code_missing: "user_verification.email_body.code" {
        user_pool Pool { user_verification: { email_style: CODE, email_body: ("invalid email body") } }
    }
    err_verification_link_missing: "user_verification.email_body.link" {
        user_pool Pool { user_verification: { email_style: LINK, email_body: ("invalid email body") } }
    }
    x_err_ses_idn_local_part: "email.ascii_local_part" {
        user_pool Pool { email: with_ses { from_email: ("от@домен.рф"), ses_region: "us-east-1" } }
    }
    x_err_ses_verified_domain_mismatch: "email.ses_verified_domain" {
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                ses_verified_domain: ("other.com"),
                ses_region: "us-east-1",
            },
        }
    }
    x_err_ses_idn_verified_domain_punycode: "email.ses_verified_domain" {
        user_pool Pool {
            email: with_ses {
                from_email: "user@домен.рф",
                ses_verified_domain: ("xn--d1acufc.xn--p1ai"),
                ses_region: "us-east-1",
            },
        }
    }
    x_err_ses_verified_domain_token: "email.ses_verified_domain" {
        parameter domain as "Domain" { type: "String" }
        user_pool Pool {
            email: with_ses {
                from_email: "noreply@example.com",
                ses_verified_domain: (cognito::Value::Ref("Domain".into())),
                ses_region: "us-east-1",
            },
        }
    }
    x_err_mfa_message_141: "mfa_message.length" {
        user_pool Pool {
            mfa: OPTIONAL,
            mfa_message: (format!("Your verification code is {{####}}. {}", "x".repeat(107))),
        }
    }
    x_err_temp_password_400_days: "password_policy.temp_password_validity.max" {
        user_pool Pool { password_policy: { temp_password_validity: (Duration::days(400)) } }
    }
    x_err_temp_password_1_5_days: "password_policy.temp_password_validity.whole_days" {
        user_pool Pool { password_policy: { temp_password_validity: (Duration::days(1.5)) } }
    }
    x_err_password_history_25: "password_policy.password_history_size.range" {
        user_pool Pool { feature_plan: ESSENTIALS, password_policy: { password_history_size: (25) } }
    }
    x_err_first_auth_factors_lite: "sign_in_policy.plan" {
        user_pool Pool {
            feature_plan: (cognito::FeaturePlan::Lite),
            sign_in_policy: { allowed_first_auth_factors: { password: true, email_otp: true } },
        }
    }
    x_err_email_mfa_lite: "mfa_second_factor.email.plan" {
        user_pool Pool {
            feature_plan: LITE,
            mfa: REQUIRED,
            mfa_second_factor: (MfaSecondFactor { sms: false, otp: false, email: true }),
            email: with_ses { from_email: "noreply@example.com", ses_region: "us-east-1" },
        }
    }
    x_err_passkey_rp_id_empty: "passkey_relying_party_id.length" {
        user_pool Pool { passkey_relying_party_id: ("") }
    }
    x_err_string_minlen_negative: "custom_attributes.min_len" {
        user_pool Pool { custom_attributes: { attr: string { min_len: (-1) } } }
    }
}

rejected_on_purpose! {
    /// Cognito: "Invalid MFA configuration given, can't disable all MFAs with a required or
    /// optional configuration" (the CDK emits `EnabledMfas: []`).
    x_mfa_required_no_factors: "mfa_second_factor.none" {
        user_pool Pool { mfa: REQUIRED, mfa_second_factor: (MfaSecondFactor::default()) }
    }
    /// CloudFormation: "DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate,
    /// got 'Snapshot'" (`AWS::Cognito::UserPool` has no snapshots).
    x_removal_snapshot: "removal_policy.snapshot" { user_pool Pool { removal_policy: (RemovalPolicy::Snapshot) } }
    /// Cognito: "SMS configuration and Auto verification for phone_number are required when
    /// MFA is required/optional" (SMS MFA with no `SmsConfiguration`).
    x_enable_sms_role_false_mfa_required: "enable_sms_role.sms_mfa" {
        user_pool Pool { enable_sms_role: (false), mfa: REQUIRED }
    }
    /// CloudFormation schema: `SmsAuthenticationMessage` is 6 to 140 characters, so `""`
    /// fails to deploy.
    x_mfa_message_empty: "mfa_message.length" { user_pool Pool { mfa: OPTIONAL, mfa_message: ("") } }
}

/// Values written as `(EXPR)` are evaluated at run time and give the same template as
/// literals.
mod run_time_values {
    use cognito::{CustomAttribute, ItemRef, Mfa, StandardAttribute, StandardAttributeName, cognito};

    use super::*;

    #[test]
    fn email_ses() {
        let domain = "myawesomeapp.com";
        let stack = cognito! {
            user_pool myuserpool {
                email: with_ses {
                    from_email: (format!("noreply@{domain}")),
                    from_name: ("Awesome App"),
                    reply_to: (format!("support@{domain}")),
                    ses_region: (String::from("us-east-1")),
                    ses_verified_domain: (domain),
                },
            }
        };
        assert_parity(&stack, "email_ses");
    }

    #[test]
    fn attributes() {
        let stack = cognito! {
            user_pool myuserpool {
                standard_attributes: {
                    fullname: (StandardAttribute { required: Some(true), mutable: Some(false) }),
                    address: { required: (false), mutable: true },
                },
                custom_attributes: {
                    myappid: string { min_len: (5), max_len: 15, mutable: (false) },
                    callingcode: (CustomAttribute::Number(cognito::NumberAttributeProps { min: Some(1.0), max: Some(3.0), mutable: Some(true) })),
                    isEmployee: boolean { mutable: (true) },
                    joinedOn: date_time,
                },
            }
        };
        assert_parity(&stack, "attributes");
    }

    #[test]
    fn required_attributes() {
        let stack = cognito! {
            user_pool myuserpool {
                required_attributes: (vec![(StandardAttributeName::Fullname, true), (StandardAttributeName::Address, true)]),
                custom_attributes: {
                    myappid: string { min_len: 5, max_len: 15 },
                    callingcode: number { min: (1.0), max: 3 },
                    isEmployee: boolean,
                    joinedOn: date_time,
                },
            }
        };
        assert_parity(&stack, "attributes_required_v133");
    }

    #[test]
    fn triggers() {
        let stack = stack! {
            [compact_functions authChallengeFn]
            user_pool myuserpool {
                triggers: { create_auth_challenge: (ItemRef::from("authChallengeFn")) },
                trigger user_migration { function: (ItemRef::from("userMigrationFn")) }
            }
            lambda_function userMigrationFn { runtime: "nodejs20.x", handler: "index.handler", code: inline("exports.handler=async()=>{}") }
        };
        assert_parity(&stack, "triggers");
    }

    #[test]
    fn mfa_and_password_policy() {
        let stack = cognito! {
            user_pool myuserpool { mfa: (Mfa::Required), mfa_second_factor: { sms: (true), otp: true } }
        };
        assert_parity(&stack, "mfa_required_sms_otp");
        let days = 3;
        let stack = cognito! {
            user_pool myuserpool {
                password_policy: {
                    min_length: (12),
                    require_lowercase: (true),
                    require_uppercase: true,
                    require_digits: true,
                    require_symbols: true,
                    temp_password_validity: (Duration::days(days)),
                },
            }
        };
        assert_parity(&stack, "password_policy");
    }

    #[test]
    fn imports_and_outputs() {
        let id = "us-east-1_oiuR12Abd";
        let stack = cognito! {
            user_pool pad {} // a resource, as CloudFormation refuses a stack without one
            user_pool byId = from_user_pool_id((id));
            user_pool byArn = from_user_pool_arn(("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D"));
            output AId { value: byId.user_pool_id }
            output AArn { value: byId.user_pool_arn }
            output AProvider { value: byId.user_pool_provider_name }
            output BId { value: byArn.user_pool_id }
            output BArn { value: byArn.user_pool_arn }
            output BProvider { value: byArn.user_pool_provider_name }
        };
        assert_parity_besides(&stack, "import_outputs", "pad");
    }
}

/// A CDK static factory called with its props, `with_ses(from_email: …)`, means the block
/// `with_ses { from_email: … }`.
#[test]
fn factory_call_with_named_props_is_the_block() {
    let stack = cognito! {
        user_pool myuserpool {
            email: UserPoolEmail::with_ses(
                from_email: "noreply@myawesomeapp.com",
                from_name: "Awesome App",
                reply_to: "support@myawesomeapp.com",
                ses_region: "us-east-1",
                ses_verified_domain: "myawesomeapp.com",
            ),
        }
    };
    assert_parity(&stack, "email_ses");
}

/// The CDK's `Runtime` members name the same runtimes as Lambda's identifiers.
#[test]
fn lambda_runtime_as_the_cdks_member() {
    let stack = cognito! {
        lambda_function authChallengeFn {
            runtime: Runtime::NODEJS_20_X,
            handler: "index.handler",
            code: from_inline("exports.handler=async()=>{}"),
        }
        user_pool myuserpool { triggers: { create_auth_challenge: authChallengeFn } }
        lambda_function userMigrationFn {
            runtime: NODEJS_20_X,
            handler: "index.handler",
            code: inline("exports.handler=async()=>{}"),
        }
    };
    let mut stack = stack;
    let pool = stack.find("myuserpool").unwrap();
    stack.add_trigger(
        pool,
        cognito::UserPoolOperation::UserMigration,
        cognito::ItemRef::from("userMigrationFn"),
        None,
    );
    assert_parity(&stack, "triggers");
}
