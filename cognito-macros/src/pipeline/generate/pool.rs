//! Generation of the user pool and the items of the seed: pools, triggers, functions,
//! roles, outputs, parameters.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Gen, Lift, lift_enum, lift_struct};

lift_enum!(
    Mfa,
    VerificationEmailStyle,
    AccountRecovery,
    RemovalPolicy,
    PasskeyUserVerification,
    AdvancedSecurityMode,
    FeaturePlan,
    StandardThreatProtectionMode,
    CustomThreatProtectionMode,
    LambdaVersion,
    StandardAttributeName,
    UserPoolOperation,
    TimeUnit,
    Architecture,
);

lift_struct! {
    UserPool {
        user_pool_name, self_sign_up_enabled, user_verification, user_invitation, sms_role,
        sms_role_external_id, sns_region, enable_sms_role, sign_in_aliases, auto_verify,
        keep_original, required_attributes, standard_attributes, custom_attributes, mfa,
        mfa_message, mfa_second_factor, password_policy, sign_in_policy,
        passkey_relying_party_id, passkey_user_verification, email_settings, email,
        lambda_triggers, sign_in_case_sensitive, account_recovery, removal_policy,
        deletion_protection, device_tracking, custom_sender_kms_key, advanced_security_mode,
        feature_plan, standard_threat_protection_mode, custom_threat_protection_mode,
    }
    UserVerification { email_subject, email_body, email_style, sms_message }
    UserInvitation { email_subject, email_body, sms_message }
    SignInAliases { username, email, phone, preferred_username }
    AutoVerifiedAttrs { email, phone }
    KeepOriginalAttrs { email, phone }
    StandardAttribute { required, mutable }
    MfaSecondFactor { sms, otp, email }
    PasswordPolicy {
        temp_password_validity, min_length, require_lowercase, require_uppercase,
        require_digits, require_symbols, password_history_size,
    }
    SignInPolicy { allowed_first_auth_factors }
    AllowedFirstAuthFactors { password, email_otp, sms_otp, passkey }
    EmailSettings { from, reply_to }
    SesOptions { from_email, from_name, reply_to, configuration_set_name, ses_region, ses_verified_domain }
    DeviceTracking { challenge_required_on_new_device, device_only_remembered_on_user_prompt }
    AddedTrigger { operation, function, lambda_version }
    Grant { grantee, actions }
    LambdaFunction {
        runtime, handler, code, timeout, memory_size, description, function_name, environment,
        architecture,
    }
    Role { assumed_by, role_name, description }
    Output { value, description, export_name }
    Parameter { r#type, default, description, allowed_values, allowed_pattern, min_length, max_length, no_echo }
    Duration { amount, unit }
    SignInUrl { client, redirect_uri, sign_in_path, fips }
}

impl Lift for CustomAttribute {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let mut fields = TokenStream::new();
        let mut add = |_: &mut Gen, name: &str, t: Option<TokenStream>| {
            let name = format_ident!("{name}");
            let t = t.unwrap_or_else(|| quote!(__cognito::None));
            fields.extend(quote!(#name: #t,));
        };
        let variant = match self {
            CustomAttribute::String { min_len, max_len, mutable } => {
                let (a, b, c) =
                    (g.field("min_len", min_len), g.field("max_len", max_len), g.field("mutable", mutable));
                add(g, "min_len", a);
                add(g, "max_len", b);
                add(g, "mutable", c);
                quote!(String)
            }
            CustomAttribute::Number { min, max, mutable } => {
                let (a, b, c) = (g.field("min", min), g.field("max", max), g.field("mutable", mutable));
                add(g, "min", a);
                add(g, "max", b);
                add(g, "mutable", c);
                quote!(Number)
            }
            CustomAttribute::Boolean { mutable } => {
                let c = g.field("mutable", mutable);
                add(g, "mutable", c);
                quote!(Boolean)
            }
            CustomAttribute::DateTime { mutable } => {
                let c = g.field("mutable", mutable);
                add(g, "mutable", c);
                quote!(DateTime)
            }
        };
        quote!(__cognito::CustomAttribute::#variant { #fields })
    }
}

impl Lift for UserPoolEmail {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            UserPoolEmail::WithCognito { reply_to } => {
                let r = g.field("reply_to", reply_to).unwrap_or_else(|| quote!(__cognito::None));
                quote!(__cognito::UserPoolEmail::WithCognito { reply_to: #r })
            }
            UserPoolEmail::WithSes(ses) => {
                let ses = ses.lift(g);
                quote!(__cognito::UserPoolEmail::WithSes(#ses))
            }
        }
    }
}

impl Lift for Code {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Code::Inline(source) => quote!(__cognito::Code::Inline(__cognito::string(#source))),
            Code::Asset(path) => {
                let path = path.to_string_lossy();
                quote!(__cognito::Code::Asset(::std::path::PathBuf::from(#path)))
            }
            Code::FromBucket { bucket, key } => {
                let (bucket, key) = (bucket.lift(g), key.lift(g));
                quote!(__cognito::Code::FromBucket { bucket: #bucket, key: #key })
            }
        }
    }
}

impl Lift for Principal {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Principal::Service(s) => {
                quote!(__cognito::Principal::Service(__cognito::string(#s)))
            }
            Principal::Federated { federated, conditions, assume_role_action } => {
                let conditions = g.element("conditions", conditions);
                quote!(__cognito::Principal::Federated {
                    federated: __cognito::string(#federated),
                    conditions: #conditions,
                    assume_role_action: __cognito::string(#assume_role_action),
                })
            }
        }
    }
}

impl Lift for ImportedUserPool {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            ImportedUserPool::FromId(v) => {
                let v = g.element("from_user_pool_id", v);
                quote!(__cognito::ImportedUserPool::FromId(#v))
            }
            ImportedUserPool::FromArn(v) => {
                let v = g.element("from_user_pool_arn", v);
                quote!(__cognito::ImportedUserPool::FromArn(#v))
            }
        }
    }
}
