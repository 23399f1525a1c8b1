//! Parity with the AWS CDK for user pools, through the runtime builders.

mod common;

use cognito::*;
use common::pool::*;
use common::*;

/// The stack `Stack` with one pool.
fn one_pool(id: &str, pool: UserPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add(id, pool);
    s
}

fn env(account: &str, region: &str) -> Env {
    Env { account: Some(account.into()), region: Some(region.into()) }
}

fn ses_named(from_name: &str) -> UserPool {
    ses_pool(SesOptions { from_name: Some(from_name.into()), ..ses("noreply@example.com", "us-east-1") })
}

fn standard(required: Option<bool>, mutable: Option<bool>) -> StandardAttribute {
    StandardAttribute { required, mutable }
}

fn aliases(username: bool, email: bool, phone: bool, preferred_username: bool) -> SignInAliases {
    SignInAliases { username, email, phone, preferred_username }
}

fn factors(sms: bool, otp: bool, email: bool) -> Option<MfaSecondFactor> {
    Some(MfaSecondFactor { sms, otp, email })
}

fn first_factors(password: bool, email_otp: bool, sms_otp: bool, passkey: bool) -> Option<SignInPolicy> {
    Some(SignInPolicy {
        allowed_first_auth_factors: Some(AllowedFirstAuthFactors { password, email_otp, sms_otp, passkey }),
    })
}

/// The four outputs of `x_pool_outputs`.
fn pool_outputs(s: &mut Stack, pool: NodeId) {
    for (id, attr) in [
        ("PoolId", Attr::UserPoolId),
        ("PoolArn", Attr::UserPoolArn),
        ("ProviderName", Attr::UserPoolProviderName),
        ("ProviderUrl", Attr::UserPoolProviderUrl),
    ] {
        s.add(id, output(Value::attr(pool, attr)));
    }
}

/// `case: "id" => props`: the stack `Stack` with that one pool has the CDK's template.
macro_rules! parity {
    ($($case:ident: $id:literal => $pool:expr;)*) => {$(
        #[test]
        fn $case() {
            assert_parity(&one_pool($id, $pool), stringify!($case));
        }
    )*};
}

/// `case: rule => props`: the CDK rejects the pool `Pool` with these props, and so does `rule`.
macro_rules! rejected {
    ($($case:ident: $rule:literal => $pool:expr;)*) => {$(
        #[test]
        fn $case() {
            assert_rejected(&one_pool("Pool", $pool), stringify!($case), $rule);
        }
    )*};
}

parity! {
    bare_pool: "Pool" => props();
    account_recovery_email_and_phone: "UserPool" =>
        UserPool { account_recovery: Some(AccountRecovery::EmailAndPhoneWithoutMfa), ..props() };
    account_recovery_email_only: "UserPool" =>
        UserPool { account_recovery: Some(AccountRecovery::EmailOnly), ..props() };
    account_recovery_none: "UserPool" => UserPool { account_recovery: Some(AccountRecovery::None), ..props() };
    account_recovery_phone_and_email: "UserPool" =>
        UserPool { account_recovery: Some(AccountRecovery::PhoneAndEmail), ..props() };
    attributes: "myuserpool" => UserPool {
        standard_attributes: Some(vec![
            (StandardAttributeName::Fullname, standard(Some(true), Some(false))),
            (StandardAttributeName::Address, standard(Some(false), Some(true))),
        ]),
        custom_attributes: Some(vec![
            ("myappid".into(), string_attr(Some(5), Some(15), Some(false))),
            ("callingcode".into(), CustomAttribute::Number(NumberAttributeProps { min: Some(1.0), max: Some(3.0), mutable: Some(true) })),
            ("isEmployee".into(), CustomAttribute::Boolean(CustomAttributeProps { mutable: Some(true) })),
            ("joinedOn".into(), CustomAttribute::DateTime(CustomAttributeProps { mutable: None })),
        ]),
        ..props()
    };
    attributes_required_v133: "myuserpool" => UserPool {
        standard_attributes: Some(vec![
            (StandardAttributeName::Fullname, standard(Some(true), None)),
            (StandardAttributeName::Address, standard(Some(true), None)),
        ]),
        custom_attributes: Some(vec![
            ("myappid".into(), string_attr(Some(5), Some(15), None)),
            ("callingcode".into(), CustomAttribute::Number(NumberAttributeProps { min: Some(1.0), max: Some(3.0), mutable: None })),
            ("isEmployee".into(), CustomAttribute::Boolean(CustomAttributeProps { mutable: None })),
            ("joinedOn".into(), CustomAttribute::DateTime(CustomAttributeProps { mutable: None })),
        ]),
        ..props()
    };
    autoverify_email_phone: "myuserpool" => UserPool {
        sign_in_aliases: Some(aliases(true, true, false, false)),
        auto_verify: Some(AutoVerifiedAttrs { email: true, phone: true }),
        ..props()
    };
    deletion_protection_off: "myuserpool" => UserPool { deletion_protection: Some(false), ..props() };
    deletion_protection_on: "myuserpool" => UserPool { deletion_protection: Some(true), ..props() };
    device_tracking: "myuserpool" => UserPool {
        device_tracking: Some(DeviceTracking {
            challenge_required_on_new_device: true,
            device_only_remembered_on_user_prompt: true,
        }),
        ..props()
    };
    email_cognito: "myuserpool" => UserPool {
        email: Some(UserPoolEmail::WithCognito { reply_to: Some("support@myawesomeapp.com".into()) }),
        ..props()
    };
    email_cognito_no_reply_to: "myuserpool" =>
        UserPool { email: Some(UserPoolEmail::WithCognito { reply_to: None }), ..props() };
    email_ses: "myuserpool" => ses_pool(SesOptions {
        from_name: Some("Awesome App".into()),
        reply_to: Some("support@myawesomeapp.com".into()),
        ses_verified_domain: Some("myawesomeapp.com".into()),
        ..ses("noreply@myawesomeapp.com", "us-east-1")
    });
    email_ses_minimal: "myuserpool" => UserPool {
        email: Some(UserPoolEmail::WithSes(ses("noreply@myawesomeapp.com", "eu-west-1"))),
        ..props()
    };
    email_settings_from_replyto: "myuserpool" => UserPool {
        email_settings: Some(EmailSettings {
            from: Some("noreply@myawesomeapp.com".into()),
            reply_to: Some("support@myawesomeapp.com".into()),
        }),
        ..props()
    };
    feature_plan_threat_protection: "pool" => UserPool {
        feature_plan: Some(FeaturePlan::Plus),
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::FullFunction),
        ..props()
    };
    invitation_sms_without_code: "myuserpool" => UserPool {
        user_invitation: Some(UserInvitation {
            sms_message: Some("Your temporary password for our awesome app is missing".into()),
            ..UserInvitation::default()
        }),
        ..props()
    };
    mfa_message: "myuserpool" => UserPool {
        mfa: Some(Mfa::Optional),
        mfa_second_factor: factors(true, false, false),
        mfa_message: Some("Your authentication code is {####}.".into()),
        ..props()
    };
    mfa_off: "myuserpool" => UserPool { mfa: Some(Mfa::Off), ..props() };
    mfa_required_default_factor: "myuserpool" => UserPool { mfa: Some(Mfa::Required), ..props() };
    mfa_required_sms_otp: "myuserpool" =>
        UserPool { mfa: Some(Mfa::Required), mfa_second_factor: factors(true, true, false), ..props() };
    password_policy: "myuserpool" => policy(PasswordPolicy {
        min_length: Some(12),
        require_lowercase: Some(true),
        require_uppercase: Some(true),
        require_digits: Some(true),
        require_symbols: Some(true),
        temp_password_validity: Some(Duration::days(3)),
        ..PasswordPolicy::default()
    });
    password_policy_empty: "myuserpool" => policy(PasswordPolicy::default());
    pool_name: "myuserpool" => UserPool { user_pool_name: Some("myawesomeapp-userpool".into()), ..props() };
    removal_policy_destroy: "myuserpool" => UserPool { removal_policy: Some(RemovalPolicy::Destroy), ..props() };
    signin_all_aliases: "myuserpool" => UserPool { sign_in_aliases: Some(aliases(true, true, true, true)), ..props() };
    signin_case_insensitive: "myuserpool" => UserPool { sign_in_case_sensitive: Some(false), ..props() };
    signin_email: "myuserpool" => UserPool { sign_in_aliases: Some(aliases(false, true, false, false)), ..props() };
    signin_preferred_username: "myuserpool" =>
        UserPool { sign_in_aliases: Some(aliases(true, false, false, true)), ..props() };
    signin_username_email: "myuserpool" =>
        UserPool { sign_in_aliases: Some(aliases(true, true, false, false)), ..props() };
    signup_verification_code: "myuserpool" => UserPool {
        self_sign_up_enabled: Some(true),
        ..verifying(
            VerificationEmailStyle::Code,
            Some("Verify your email for our awesome app!"),
            Some("Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}"),
            Some("Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}"),
        )
    };
    sms_role_enable_true: "myuserpool" => UserPool { enable_sms_role: Some(true), ..props() };
    standard_attributes_all: "myuserpool" => UserPool {
        standard_attributes: Some(
            StandardAttributeName::ALL
                .iter()
                .filter(|a| !matches!(a, StandardAttributeName::EmailVerified | StandardAttributeName::PhoneNumberVerified))
                .map(|a| (*a, standard(Some(true), None)))
                .collect(),
        ),
        ..props()
    };
    user_invitation: "myuserpool" => UserPool {
        user_invitation: Some(UserInvitation {
            email_subject: Some("Invite to join our awesome app!".into()),
            email_body: Some("Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}".into()),
            sms_message: Some("Hello {username}, your temporary password for our awesome app is {####}".into()),
        }),
        ..props()
    };
    verification_link: "myuserpool" => UserPool {
        self_sign_up_enabled: Some(true),
        ..verifying(
            VerificationEmailStyle::Link,
            Some("Verify your email for our awesome app!"),
            Some("Hello {username}, Thanks for signing up to our awesome app! Verify your email by clicking on {##Verify Email##}"),
            Some("Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}"),
        )
    };
    verification_link_defaults: "myuserpool" =>
        verifying(VerificationEmailStyle::Link, None, None, None);

    // User pool: MFA, sign-in policy, passkeys, passwords
    x_mfa_optional_otp_only: "Pool" =>
        UserPool { mfa: Some(Mfa::Optional), mfa_second_factor: factors(false, true, false), ..props() };
    x_mfa_optional_default_factor: "Pool" => UserPool { mfa: Some(Mfa::Optional), ..props() };
    x_mfa_email_ses_essentials: "Pool" => UserPool {
        mfa: Some(Mfa::Required),
        mfa_second_factor: factors(true, false, true),
        email: Some(UserPoolEmail::WithSes(ses("noreply@example.com", "us-east-1"))),
        feature_plan: Some(FeaturePlan::Essentials),
        ..props()
    };
    x_sign_in_policy_all_factors: "Pool" => UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        sign_in_policy: first_factors(true, true, true, true),
        ..props()
    };
    x_passkey_rp_id_verification_required: "Pool" => UserPool {
        passkey_relying_party_id: Some("example.com".into()),
        passkey_user_verification: Some(PasskeyUserVerification::Required),
        ..props()
    };
    x_passkey_sign_in_policy_rp_id: "Pool" => UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        sign_in_policy: first_factors(true, false, false, true),
        passkey_relying_party_id: Some("auth.example.com".into()),
        passkey_user_verification: Some(PasskeyUserVerification::Preferred),
        ..props()
    };
    x_sign_in_policy_empty: "Pool" => UserPool { sign_in_policy: Some(SignInPolicy::default()), ..props() };
    x_password_history_5_essentials: "Pool" => UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        password_policy: Some(PasswordPolicy { password_history_size: Some(5), ..PasswordPolicy::default() }),
        ..props()
    };
    x_temp_password_hours48: "Pool" => temp_password(Duration::hours(48));
    x_temp_password_minutes2880: "Pool" => temp_password(Duration::minutes(2880));

    // User pool: keepOriginal, threat protection
    x_keep_original_email_phone: "Pool" =>
        UserPool { keep_original: Some(KeepOriginalAttrs { email: true, phone: true }), ..props() };
    x_keep_original_email_phone_autoverify: "Pool" => UserPool {
        sign_in_aliases: Some(aliases(false, true, true, false)),
        auto_verify: Some(AutoVerifiedAttrs { email: true, phone: true }),
        keep_original: Some(KeepOriginalAttrs { email: true, phone: true }),
        ..props()
    };
    x_keep_original_empty: "Pool" => UserPool { keep_original: Some(KeepOriginalAttrs::default()), ..props() };
    x_threat_custom_audit_only_plus: "Pool" => UserPool {
        feature_plan: Some(FeaturePlan::Plus),
        custom_threat_protection_mode: Some(CustomThreatProtectionMode::AuditOnly),
        ..props()
    };
    x_threat_standard_no_enforcement: "Pool" => UserPool {
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::NoEnforcement),
        ..props()
    };
    x_threat_both_full_function_plus: "Pool" => UserPool {
        feature_plan: Some(FeaturePlan::Plus),
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::FullFunction),
        custom_threat_protection_mode: Some(CustomThreatProtectionMode::FullFunction),
        ..props()
    };
    x_threat_both_full_function_no_plan: "Pool" => UserPool {
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::FullFunction),
        custom_threat_protection_mode: Some(CustomThreatProtectionMode::FullFunction),
        ..props()
    };
    x_advanced_security_audit: "Pool" =>
        UserPool { advanced_security_mode: Some(AdvancedSecurityMode::Audit), ..props() };

    // User pool: email (SES fromName, IDN)
    x_ses_from_name_japanese: "Pool" => ses_named("あいう");
    x_ses_from_name_quotes_backslash: "Pool" => ses_named("Foo \"Bar\" \\Baz");
    x_ses_from_name_email_like: "Pool" => ses_named("mycustomname@example.com");
    x_ses_from_name_quoted: "Pool" => ses_named("\"Quoted Name\"");
    x_ses_from_name_comma: "Pool" => ses_named("Foo, Inc.");
    x_ses_from_name_parens: "Pool" => ses_named("Foo (Bar)");
    x_ses_configuration_set: "Pool" => {
        let mut pool = ses_named("Example");
        if let Some(UserPoolEmail::WithSes(options)) = &mut pool.email {
            options.configuration_set_name = Some("default".into());
        }
        pool
    };
    x_ses_idn_local_part_mixed: "Pool" =>
        ses_pool(ses("иvan@домен.рф", "us-east-1"));
    x_ses_idn_domain: "Pool" => ses_pool(SesOptions {
        reply_to: Some("reply@домен.рф".into()),
        ..ses("user@домен.рф", "us-east-1")
    });
    x_cognito_email_idn_reply_to: "Pool" => UserPool {
        email: Some(UserPoolEmail::WithCognito { reply_to: Some("support@домен.рф".into()) }),
        ..props()
    };
    x_email_settings_idn_from: "Pool" => UserPool {
        email_settings: Some(EmailSettings { from: Some("от@домен.рф".into()), reply_to: None }),
        ..props()
    };

    // User pool: removal policy, sign-in aliases, SMS
    x_removal_retain_on_update_or_delete: "Pool" =>
        UserPool { removal_policy: Some(RemovalPolicy::RetainOnUpdateOrDelete), ..props() };
    x_signin_aliases_empty: "Pool" => UserPool { sign_in_aliases: Some(SignInAliases::default()), ..props() };
    x_signin_phone: "Pool" => UserPool { sign_in_aliases: Some(aliases(false, false, true, false)), ..props() };
    x_signin_email_phone: "Pool" => UserPool { sign_in_aliases: Some(aliases(false, true, true, false)), ..props() };
    x_autoverify_empty_email_signin: "Pool" => UserPool {
        sign_in_aliases: Some(aliases(false, true, false, false)),
        auto_verify: Some(AutoVerifiedAttrs::default()),
        ..props()
    };
    x_signin_username_phone: "Pool" =>
        UserPool { sign_in_aliases: Some(aliases(true, false, true, false)), ..props() };
    x_sms_role_imported_sns_region: "Pool" => UserPool {
        sms_role: Some("arn:aws:iam::123456789012:role/sms".into()),
        sms_role_external_id: Some("my-external-id".into()),
        sns_region: Some("us-east-1".into()),
        ..props()
    };

    // User pool: verification messages, attributes, device tracking, mfaMessage
    x_verification_link_subject_only: "Pool" => verifying(VerificationEmailStyle::Link, Some("Verify your account"), None, None);
    x_verification_code_sms_only: "Pool" => verifying(VerificationEmailStyle::Code, None, None, Some("Your code is {####}"));
    x_verification_link_custom_body: "Pool" => verifying(VerificationEmailStyle::Link, None, Some("{##Click here##}"), None);
    x_custom_string_min0_max10: "Pool" => custom("attr", string_attr(Some(0), Some(10), None));
    x_custom_string_min0: "Pool" => custom("attr", string_attr(Some(0), None, None));
    x_custom_number_negative_fraction: "Pool" =>
        custom("attr", CustomAttribute::Number(NumberAttributeProps { min: Some(-5.0), max: Some(1.5), mutable: None }));
    x_custom_number_zero_zero: "Pool" =>
        custom("attr", CustomAttribute::Number(NumberAttributeProps { min: Some(0.0), max: Some(0.0), mutable: None }));
    x_custom_boolean_immutable: "Pool" => custom("attr", CustomAttribute::Boolean(CustomAttributeProps { mutable: Some(false) }));
    x_custom_datetime_mutable: "Pool" => custom("attr", CustomAttribute::DateTime(CustomAttributeProps { mutable: Some(true) }));
    x_custom_string_empty_props: "Pool" => custom("attr", string_attr(None, None, None));
    x_custom_string_mutable: "Pool" => custom("attr", string_attr(None, None, Some(true)));
    x_standard_attrs_mixed: "Pool" => UserPool {
        standard_attributes: Some(vec![
            (StandardAttributeName::Address, standard(None, None)),
            (StandardAttributeName::Email, standard(Some(true), Some(false))),
            (StandardAttributeName::PhoneNumber, standard(None, Some(false))),
        ]),
        ..props()
    };
    x_standard_attrs_email_verified_deprecated: "Pool" => UserPool {
        standard_attributes: Some(vec![(StandardAttributeName::EmailVerified, standard(Some(false), None))]),
        ..props()
    };
    x_device_tracking_prompt_only: "Pool" => UserPool {
        device_tracking: Some(DeviceTracking {
            challenge_required_on_new_device: false,
            device_only_remembered_on_user_prompt: true,
        }),
        ..props()
    };
    x_mfa_message_140: "Pool" => UserPool {
        mfa: Some(Mfa::Optional),
        mfa_message: Some(format!("Your verification code is {{####}}. {}", "x".repeat(106)).into()),
        ..props()
    };
}

rejected! {
    err_custom_sms_sender_without_kms: "lambda_triggers.custom_sender_kms_key" => UserPool {
        lambda_triggers: Some(vec![(UserPoolOperation::CustomSmsSender, "arn:aws:lambda:us-east-1:123456789012:function:sender".into())]),
        ..props()
    };
    err_custom_string_maxlen_3000: "custom_attributes.max_len" => custom("big", string_attr(None, Some(3000), None));
    err_email_and_email_settings: "email.conflict" => UserPool {
        email: Some(UserPoolEmail::WithCognito { reply_to: Some("a@example.com".into()) }),
        email_settings: Some(EmailSettings { from: Some("b@example.com".into()), reply_to: None }),
        ..props()
    };
    err_email_mfa_without_ses: "mfa_second_factor.email.ses" =>
        UserPool { mfa: Some(Mfa::Required), mfa_second_factor: factors(false, false, true), ..props() };
    err_mfa_message_missing_code: "mfa_message.code" =>
        UserPool { mfa: Some(Mfa::Optional), mfa_message: Some("no code here".into()), ..props() };
    err_passkey_rp_id_too_long: "passkey_relying_party_id.length" =>
        UserPool { passkey_relying_party_id: Some("a".repeat(64).into()), ..props() };
    err_password_history_lite: "password_policy.password_history_size.plan" => UserPool {
        feature_plan: Some(FeaturePlan::Lite),
        password_policy: Some(PasswordPolicy { password_history_size: Some(5), ..PasswordPolicy::default() }),
        ..props()
    };
    err_password_minlen_100: "password_policy.min_length" =>
        policy(PasswordPolicy { min_length: Some(100), ..PasswordPolicy::default() });
    err_password_minlen_5: "password_policy.min_length" =>
        policy(PasswordPolicy { min_length: Some(5), ..PasswordPolicy::default() });
    err_preferred_username_without_username: "sign_in_aliases.preferred_username" =>
        UserPool { sign_in_aliases: Some(aliases(false, true, false, true)), ..props() };
    err_ses_no_region: "email.ses_region" => ses_pool(SesOptions {
        from_email: "noreply@myawesomeapp.com".into(),
        ..SesOptions::default()
    });
    err_sign_in_policy_no_password: "sign_in_policy.password" => UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        sign_in_policy: first_factors(false, true, false, false),
        ..props()
    };
    err_temp_password_hours36: "password_policy.temp_password_validity.whole_days" =>
        temp_password(Duration::hours(36));
    err_threat_protection_and_advanced: "advanced_security_mode.conflict" => UserPool {
        feature_plan: Some(FeaturePlan::Plus),
        advanced_security_mode: Some(AdvancedSecurityMode::Enforced),
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::FullFunction),
        ..props()
    };
    err_verification_email_code_missing: "user_verification.email_body.code" => verifying(VerificationEmailStyle::Code, None, Some("invalid email body"), None);
    err_verification_link_missing: "user_verification.email_body.link" => verifying(VerificationEmailStyle::Link, None, Some("invalid email body"), None);
    x_err_ses_idn_local_part: "email.ascii_local_part" =>
        ses_pool(ses("от@домен.рф", "us-east-1"));
    x_err_ses_verified_domain_mismatch: "email.ses_verified_domain" => ses_pool(SesOptions {
        ses_verified_domain: Some("other.com".into()),
        ..ses("noreply@example.com", "us-east-1")
    });
    x_err_mfa_message_141: "mfa_message.length" => UserPool {
        mfa: Some(Mfa::Optional),
        mfa_message: Some(format!("Your verification code is {{####}}. {}", "x".repeat(107)).into()),
        ..props()
    };
    x_err_temp_password_400_days: "password_policy.temp_password_validity.max" => temp_password(Duration::days(400));
    x_err_temp_password_1_5_days: "password_policy.temp_password_validity.whole_days" =>
        temp_password(Duration::days(1.5));
    x_err_password_history_25: "password_policy.password_history_size.range" => UserPool {
        feature_plan: Some(FeaturePlan::Essentials),
        password_policy: Some(PasswordPolicy { password_history_size: Some(25), ..PasswordPolicy::default() }),
        ..props()
    };
    x_err_first_auth_factors_lite: "sign_in_policy.plan" => UserPool {
        feature_plan: Some(FeaturePlan::Lite),
        sign_in_policy: first_factors(true, true, false, false),
        ..props()
    };
    x_err_email_mfa_lite: "mfa_second_factor.email.plan" => UserPool {
        feature_plan: Some(FeaturePlan::Lite),
        mfa: Some(Mfa::Required),
        mfa_second_factor: factors(false, false, true),
        email: Some(UserPoolEmail::WithSes(ses("noreply@example.com", "us-east-1"))),
        ..props()
    };
    x_err_passkey_rp_id_empty: "passkey_relying_party_id.length" =>
        UserPool { passkey_relying_party_id: Some("".into()), ..props() };
    x_err_string_minlen_negative: "custom_attributes.min_len" => custom("attr", string_attr(Some(-1), None, None));
}

/// Configurations the CDK accepts but CloudFormation or Cognito refuses at deploy time: the
/// project rejects them on purpose. The CDK's template is there (`expected/<case>.json`),
/// we return `rule`.
macro_rules! rejected_on_purpose {
    ($($(#[doc = $doc:literal])* $case:ident: $rule:literal => $pool:expr;)*) => {$(
        $(#[doc = $doc])*
        #[test]
        fn $case() {
            assert_rejected_on_purpose(&one_pool("Pool", $pool), stringify!($case), $rule);
        }
    )*};
}

rejected_on_purpose! {
    /// Cognito: "Invalid MFA configuration given, can't disable all MFAs with a required or
    /// optional configuration" (the CDK emits `EnabledMfas: []`).
    x_mfa_required_no_factors: "mfa_second_factor.none" =>
        UserPool { mfa: Some(Mfa::Required), mfa_second_factor: factors(false, false, false), ..props() };
    /// CloudFormation: "DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate,
    /// got 'Snapshot'" (`AWS::Cognito::UserPool` has no snapshots).
    x_removal_snapshot: "removal_policy.snapshot" => UserPool { removal_policy: Some(RemovalPolicy::Snapshot), ..props() };
    /// Cognito: "SMS configuration and Auto verification for phone_number are required when
    /// MFA is required/optional" (SMS MFA with no `SmsConfiguration`).
    x_enable_sms_role_false_mfa_required: "enable_sms_role.sms_mfa" =>
        UserPool { enable_sms_role: Some(false), mfa: Some(Mfa::Required), ..props() };
    /// CloudFormation schema: `SmsAuthenticationMessage` is 6 to 140 characters, so `""`
    /// fails to deploy.
    x_mfa_message_empty: "mfa_message.length" =>
        UserPool { mfa: Some(Mfa::Optional), mfa_message: Some("".into()), ..props() };
}

#[test]
fn err_duplicate_construct_id() {
    let mut s = Stack::new("Stack");
    s.add("Pool", props());
    s.add_node(None, "Pool", None, props());
    assert_rejected(&s, "err_duplicate_construct_id", "construct_id.duplicate");
}

#[test]
fn email_ses_stack_region() {
    let mut s = Stack::new("Stack").with_env(env("123456789012", "eu-west-1"));
    let pool = s.add(
        "myuserpool",
        ses_pool(SesOptions {
            from_email: "noreply@myawesomeapp.com".into(),
            ses_verified_domain: Some("myawesomeapp.com".into()),
            ..SesOptions::default()
        }),
    );
    let imported = s.add("imported", ImportedUserPool::FromId("eu-west-1_abc123".into()));
    s.add("ImportedArn", output(Value::attr(imported, Attr::UserPoolArn)));
    s.add("ProviderUrl", output(Value::attr(pool, Attr::UserPoolProviderUrl)));
    assert_parity(&s, "email_ses_stack_region");
}

#[test]
fn import_outputs() {
    let mut s = Stack::new("Stack");
    let a = s.add("byId", ImportedUserPool::FromId("us-east-1_oiuR12Abd".into()));
    let b = s.add(
        "byArn",
        ImportedUserPool::FromArn(
            "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D".into(),
        ),
    );
    for (prefix, pool) in [("A", a), ("B", b)] {
        for (suffix, attr) in
            [("Id", Attr::UserPoolId), ("Arn", Attr::UserPoolArn), ("Provider", Attr::UserPoolProviderName)]
        {
            s.add(format!("{prefix}{suffix}"), output(Value::attr(pool, attr)));
        }
    }
    assert_stricter_without_resources(&s, "import_outputs");
}

#[test]
fn sms_role_explicit() {
    let mut s = Stack::new("Stack");
    let role =
        s.add("userpoolsmsrole", Role { assumed_by: Principal::Service("foo".into()), ..Role::default() });
    s.add(
        "myuserpool",
        UserPool {
            sms_role: Some(role.into()),
            sms_role_external_id: Some("c87467be-4f34-11ea-b77f-2e728ce88125".into()),
            ..props()
        },
    );
    assert_parity(&s, "sms_role_explicit");
}

/// A role assumed by `service`, used as the pool's SMS role.
fn sms_role_case(service: &str, case: &str) {
    let mut s = Stack::new("Stack");
    let role = s.add("SmsRole", Role { assumed_by: Principal::Service(service.into()), ..Role::default() });
    s.add("Pool", UserPool { sms_role: Some(role.into()), ..props() });
    assert_parity(&s, case);
}

#[test]
fn x_sms_role_sns_principal() {
    sms_role_case("sns.amazonaws.com", "x_sms_role_sns_principal");
}

#[test]
fn x_sms_role_foo_principal() {
    sms_role_case("foo", "x_sms_role_foo_principal");
}

#[test]
fn err_sms_role_with_enable_false() {
    let mut s = Stack::new("Stack");
    let role = s.add("role", Role { assumed_by: Principal::Service("foo".into()), ..Role::default() });
    s.add("Pool", UserPool { sms_role: Some(role.into()), enable_sms_role: Some(false), ..props() });
    assert_rejected(&s, "err_sms_role_with_enable_false", "enable_sms_role.with_sms_role");
}

#[test]
fn err_from_user_pool_arn_no_resource() {
    let mut s = Stack::new("Stack");
    s.add("p", ImportedUserPool::FromArn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool".into()));
    assert_rejected(&s, "err_from_user_pool_arn_no_resource", "import.user_pool_arn");
}

#[test]
fn triggers_byte_identical() {
    let mut s = Stack::new("Stack");
    s.add("authChallengeFn", function(true));
    let pool = s.add(
        "myuserpool",
        UserPool {
            lambda_triggers: Some(vec![(
                UserPoolOperation::CreateAuthChallenge,
                Arn::Item("authChallengeFn".into()),
            )]),
            ..props()
        },
    );
    s.add("userMigrationFn", function(true));
    s.add_trigger(pool, UserPoolOperation::UserMigration, ItemRef::from("userMigrationFn"), None);
    assert_parity(&s, "triggers");
    // The declaration order is the CDK program's, so even the bytes are the CDK's.
    let ours = s.synth_to_string().unwrap() + "\n";
    assert_eq!(ours, std::fs::read_to_string("tests/fixtures/cdk/expected/triggers.json").unwrap());
}

/// A function `fn_id`, then the pool `pool_id` with `pool`, then `add_trigger(op, function,
/// version)`.
fn added_trigger(
    fn_id: &str,
    compact: bool,
    pool_id: &str,
    pool: UserPool,
    op: UserPoolOperation,
    version: Option<LambdaVersion>,
) -> Stack {
    let mut s = Stack::new("Stack");
    let f = s.add(fn_id, function(compact));
    let pool = s.add(pool_id, pool);
    s.add_trigger(pool, op, f, version);
    s
}

#[test]
fn trigger_pre_token_v2() {
    let pool = UserPool { feature_plan: Some(FeaturePlan::Essentials), ..props() };
    let s = added_trigger(
        "fn",
        true,
        "pool",
        pool,
        UserPoolOperation::PreTokenGenerationConfig,
        Some(LambdaVersion::V2_0),
    );
    assert_parity(&s, "trigger_pre_token_v2");
}

#[test]
fn err_trigger_v2_non_pretoken() {
    let s =
        added_trigger("fn", true, "Pool", props(), UserPoolOperation::PreSignUp, Some(LambdaVersion::V2_0));
    assert_rejected(&s, "err_trigger_v2_non_pretoken", "trigger.lambda_version");
}

#[test]
fn err_trigger_twice() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", props());
    let f1 = s.add("fn1", function(true));
    s.add_trigger(pool, UserPoolOperation::UserMigration, f1, None);
    let f2 = s.add("fn2", function(true));
    s.add_trigger(pool, UserPoolOperation::UserMigration, f2, None);
    assert_rejected(&s, "err_trigger_twice", "trigger.duplicate");
}

#[test]
fn x_custom_sender_kms() {
    let mut s = Stack::new("Stack");
    let sender = s.add("SenderFn", function(false));
    s.add(
        "Pool",
        UserPool {
            custom_sender_kms_key: Some(
                "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012".into(),
            ),
            lambda_triggers: Some(vec![
                (UserPoolOperation::CustomEmailSender, sender.into()),
                (UserPoolOperation::CustomSmsSender, sender.into()),
            ]),
            ..props()
        },
    );
    assert_parity(&s, "x_custom_sender_kms");
}

#[test]
fn x_triggers_all_ten_one_fn() {
    use UserPoolOperation::*;
    let mut s = Stack::new("Stack");
    let f = s.add("TriggerFn", function(false));
    let ops = [
        PreSignUp,
        PostConfirmation,
        PreAuthentication,
        PostAuthentication,
        CustomMessage,
        DefineAuthChallenge,
        CreateAuthChallenge,
        VerifyAuthChallengeResponse,
        PreTokenGeneration,
        UserMigration,
    ];
    s.add("Pool", UserPool { lambda_triggers: Some(ops.map(|op| (op, f.into())).to_vec()), ..props() });
    assert_parity(&s, "x_triggers_all_ten_one_fn");
}

#[test]
fn x_trigger_fn_shared_two_pools() {
    let mut s = Stack::new("Stack");
    let f = s.add("PreSignUpFn", function(false));
    for id in ["Pool1", "Pool2"] {
        s.add(
            id,
            UserPool { lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, f.into())]), ..props() },
        );
    }
    assert_parity(&s, "x_trigger_fn_shared_two_pools");
}

#[test]
fn x_trigger_pre_token_v3_plus() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool { feature_plan: Some(FeaturePlan::Plus), ..props() });
    let f = s.add("PreTokenFn", function(false));
    s.add_trigger(pool, UserPoolOperation::PreTokenGenerationConfig, f, Some(LambdaVersion::V3_0));
    assert_parity(&s, "x_trigger_pre_token_v3_plus");
}

#[test]
fn x_trigger_pre_token_config_no_version() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", props());
    let f = s.add("PreTokenFn", function(false));
    s.add_trigger(pool, UserPoolOperation::PreTokenGenerationConfig, f, None);
    assert_parity(&s, "x_trigger_pre_token_config_no_version");
}

#[test]
fn x_err_custom_sender_add_trigger_no_kms() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", props());
    let f = s.add("SenderFn", function(false));
    s.add_trigger(pool, UserPoolOperation::CustomEmailSender, f, None);
    assert_rejected(&s, "x_err_custom_sender_add_trigger_no_kms", "lambda_triggers.custom_sender_kms_key");
}

/// The pool `Pool` named `my-pool` and its four outputs, in `stack`.
fn pool_outputs_case(mut s: Stack, case: &str) {
    let pool = s.add("Pool", UserPool { user_pool_name: Some("my-pool".into()), ..props() });
    pool_outputs(&mut s, pool);
    assert_parity(&s, case);
}

#[test]
fn x_pool_outputs() {
    pool_outputs_case(Stack::new("Stack"), "x_pool_outputs");
}

#[test]
fn x_pool_outputs_env() {
    pool_outputs_case(Stack::new("Stack").with_env(env("123456789012", "eu-west-1")), "x_pool_outputs_env");
}

#[test]
fn x_stack_name_auth_mfa_required() {
    let mut s = Stack::new("Auth");
    s.add("myuserpool", UserPool { mfa: Some(Mfa::Required), ..props() });
    assert_parity(&s, "x_stack_name_auth_mfa_required");
}
