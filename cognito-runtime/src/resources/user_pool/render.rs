//! `UserPool` → `AWS::Cognito::UserPool`, its trigger permissions and its SMS role, exactly
//! as the CDK's `UserPool` constructor renders them.

use super::*;
use crate::context::facts::PoolUsers;
use crate::context::synth::Synth;
use crate::core::cfn::policy_document;
use crate::core::cfn::{concat, get_att, reference};
use crate::core::ids;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::text::{format_from_name, punycode_email};
use crate::core::value::Attr;

const DEFAULT_CODE_BODY: &str = "The verification code to your new account is {####}";
const DEFAULT_LINK_BODY: &str = "Verify your account by clicking on {##Verify Email##}";
const DEFAULT_SUBJECT: &str = "Verify your new account";
const DEFAULT_SMS: &str = "The verification code to your new account is {####}";

impl UserPool {
    /// Emits, in the CDK's order: the trigger permissions, the SMS role, the pool.
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let pool_id = cx.logical_id(node, &["Resource"]);
        for (op, function) in self.lambda_triggers.iter().flatten() {
            trigger_permission(cx, node, *op, function);
        }
        let sms = self.sms_configuration(cx, node);
        let mut props = Obj::with_capacity(16);
        props.insert_opt("UserPoolName", self.user_pool_name.as_ref().map(|v| cx.value(v)));
        self.sign_in(&mut props);
        props.insert_opt("LambdaConfig", self.lambda_config(cx, node));
        props.insert_opt("SmsAuthenticationMessage", self.mfa_message.as_ref().map(|v| cx.value(v)));
        props.insert_opt("SmsConfiguration", sms);
        props.insert("AdminCreateUserConfig", self.admin_create_user_config(cx));
        self.verification(cx, &mut props);
        props.insert_opt("UserPoolAddOns", self.add_ons());
        props.insert_opt("Schema", self.schema());
        props.insert_opt("MfaConfiguration", self.mfa.map(mfa_value));
        props.insert_opt("EnabledMfas", enabled_mfas(self).map(Json::strs));
        props.insert_opt("Policies", self.policies());
        props.insert_opt(
            "WebAuthnRelyingPartyID",
            self.passkey_relying_party_id.as_ref().map(|v| cx.value(v)),
        );
        props.insert_opt(
            "WebAuthnUserVerification",
            self.passkey_user_verification.map(|p| match p {
                PasskeyUserVerification::Preferred => "preferred",
                PasskeyUserVerification::Required => "required",
            }),
        );
        props.insert_opt(
            "WebAuthnFactorConfiguration",
            self.web_authn_factor_configuration.map(|f| match f {
                WebAuthnFactorConfiguration::SingleFactor => "SINGLE_FACTOR",
                WebAuthnFactorConfiguration::MultiFactorWithUserVerification => {
                    "MULTI_FACTOR_WITH_USER_VERIFICATION"
                }
            }),
        );
        props.insert_opt(
            "EmailAuthenticationMessage",
            self.email_authentication_message.as_ref().map(|v| cx.value(v)),
        );
        props.insert_opt(
            "EmailAuthenticationSubject",
            self.email_authentication_subject.as_ref().map(|v| cx.value(v)),
        );
        props.insert_opt("EmailConfiguration", self.email_configuration(cx));
        props.insert_opt(
            "UsernameConfiguration",
            self.sign_in_case_sensitive.map(|c| Json::obj1("CaseSensitive", c)),
        );
        props.insert_opt("AccountRecoverySetting", self.account_recovery());
        props.insert_opt(
            "DeviceConfiguration",
            self.device_tracking.map(|d| {
                let mut o = Obj::new();
                o.insert("ChallengeRequiredOnNewDevice", d.challenge_required_on_new_device);
                o.insert("DeviceOnlyRememberedOnUserPrompt", d.device_only_remembered_on_user_prompt);
                o
            }),
        );
        props.insert_opt(
            "UserAttributeUpdateSettings",
            self.keep_original.map(|k| {
                let attrs = flags(&[(k.email, "email"), (k.phone, "phone_number")]);
                Json::obj1("AttributesRequireVerificationBeforeUpdate", Json::strs(attrs))
            }),
        );
        props.insert_opt(
            "UserPoolTier",
            self.feature_plan.map(|p| match p {
                FeaturePlan::Lite => "LITE",
                FeaturePlan::Essentials => "ESSENTIALS",
                FeaturePlan::Plus => "PLUS",
            }),
        );
        props.insert_opt(
            "DeletionProtection",
            self.deletion_protection.map(|p| if p { "ACTIVE" } else { "INACTIVE" }),
        );

        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPool");
        resource.insert("Properties", props.sorted());
        let (update, deletion) = match self.removal_policy.unwrap_or_default() {
            RemovalPolicy::Retain => ("Retain", "Retain"),
            RemovalPolicy::Destroy => ("Delete", "Delete"),
            RemovalPolicy::RetainOnUpdateOrDelete => ("Retain", "RetainExceptOnCreate"),
            RemovalPolicy::Snapshot => ("Snapshot", "Snapshot"),
        };
        resource.insert("UpdateReplacePolicy", update);
        resource.insert("DeletionPolicy", deletion);
        cx.resource(pool_id, Json::Obj(resource));
    }

    /// The sign-in aliases, the CDK's default (a username only) when none are given.
    fn aliases(&self) -> SignInAliases {
        self.sign_in_aliases.unwrap_or(SignInAliases { username: true, ..SignInAliases::default() })
    }

    /// `UsernameAttributes` (`None`: users have a username) and `AliasAttributes`.
    fn sign_in_attributes(&self) -> (Option<Vec<&'static str>>, Vec<&'static str>) {
        let aliases = self.aliases();
        if aliases.username {
            let attrs = flags(&[
                (aliases.email, "email"),
                (aliases.phone, "phone_number"),
                (aliases.preferred_username, "preferred_username"),
            ]);
            (None, attrs)
        } else {
            (Some(flags(&[(aliases.email, "email"), (aliases.phone, "phone_number")])), Vec::new())
        }
    }

    /// How the pool's users sign in, and the standard attributes it requires.
    pub(crate) fn users(&self) -> PoolUsers {
        let (username_attributes, alias_attributes) = self.sign_in_attributes();
        let required_attributes = self.required_attributes.iter().flatten().filter(|(_, r)| *r);
        let standard = self.standard_attributes.iter().flatten().filter(|(_, a)| a.required == Some(true));
        let required = required_attributes
            .map(|(name, _)| name.cognito_name())
            .chain(standard.map(|(name, _)| name.cognito_name()))
            .collect();
        PoolUsers { username_attributes: username_attributes.unwrap_or_default(), alias_attributes, required }
    }

    fn sign_in(&self, props: &mut Obj) {
        let aliases = self.aliases();
        match self.sign_in_attributes() {
            (Some(attrs), _) => props.insert("UsernameAttributes", Json::strs(attrs)),
            (None, attrs) if !attrs.is_empty() => props.insert("AliasAttributes", Json::strs(attrs)),
            (None, _) => {}
        }
        let verified = match self.auto_verify {
            Some(v) => Some((v.email, v.phone)),
            None if aliases.email || aliases.phone => Some((aliases.email, aliases.phone)),
            None => None,
        };
        if let Some((email, phone)) = verified {
            let attrs = flags(&[(email, "email"), (phone, "phone_number")]);
            props.insert("AutoVerifiedAttributes", Json::strs(attrs));
        }
    }

    fn lambda_config(&self, cx: &Synth, node: NodeId) -> Option<Obj> {
        let mut config = Obj::new();
        for (op, function) in self.lambda_triggers.iter().flatten() {
            config.insert(op.cfn_key(), trigger_value(cx, *op, function, None));
        }
        for &child in cx.facts.children(Some(node)) {
            if let Some(t) = cx.facts.props::<AddedTrigger>(child) {
                config.insert(
                    t.operation.cfn_key(),
                    trigger_value(cx, t.operation, &t.function, t.lambda_version),
                );
            }
        }
        if let Some(key) = &self.custom_sender_kms_key {
            config.insert("KMSKeyID", cx.value(key));
        }
        (!config.is_empty()).then(|| config.sorted())
    }

    /// The SMS configuration, creating the CDK's automatic SMS role when it is needed.
    fn sms_configuration(&self, cx: &mut Synth, node: NodeId) -> Option<Obj> {
        let sns_region = self.sns_region.as_ref().map(|v| cx.value(v));
        if let Some(role) = &self.sms_role {
            let mut sms = Obj::new();
            sms.insert_opt("ExternalId", self.sms_role_external_id.as_ref().map(|v| cx.value(v)));
            sms.insert("SnsCallerArn", cx.arn(role));
            sms.insert_opt("SnsRegion", sns_region);
            return Some(sms);
        }
        if !sms_role_needed(self) {
            return None;
        }
        let mut path = vec![cx.facts.stack_name()];
        path.extend(cx.facts.path(node));
        let mut external_id = ids::unique_id(&path);
        external_id.truncate(1223);
        let role_id = cx.logical_id(node, &["smsRole", "Resource"]);
        cx.resource(role_id.clone(), sms_role(&external_id));
        let mut sms = Obj::new();
        sms.insert("ExternalId", external_id);
        sms.insert("SnsCallerArn", get_att(&role_id, "Arn"));
        sms.insert_opt("SnsRegion", sns_region);
        Some(sms)
    }

    fn admin_create_user_config(&self, cx: &Synth) -> Obj {
        let mut config = Obj::new();
        config.insert("AllowAdminCreateUserOnly", !self.self_sign_up_enabled.unwrap_or(false));
        if let Some(invite) = &self.user_invitation {
            let mut template = Obj::new();
            template.insert_opt("EmailMessage", invite.email_body.as_ref().map(|v| cx.value(v)));
            template.insert_opt("EmailSubject", invite.email_subject.as_ref().map(|v| cx.value(v)));
            template.insert_opt("SMSMessage", invite.sms_message.as_ref().map(|v| cx.value(v)));
            config.insert("InviteMessageTemplate", template);
        }
        config
    }

    fn verification(&self, cx: &Synth, props: &mut Obj) {
        let v = self.user_verification.clone().unwrap_or_default();
        let style = v.email_style.unwrap_or_default();
        let subject = v.email_subject.as_ref().map_or_else(|| Json::from(DEFAULT_SUBJECT), |s| cx.value(s));
        let sms = v.sms_message.as_ref().map_or_else(|| Json::from(DEFAULT_SMS), |s| cx.value(s));
        let mut template = Obj::new();
        match style {
            VerificationEmailStyle::Code => {
                let body =
                    v.email_body.as_ref().map_or_else(|| Json::from(DEFAULT_CODE_BODY), |b| cx.value(b));
                props.insert("EmailVerificationMessage", body.clone());
                props.insert("EmailVerificationSubject", subject.clone());
                template.insert("DefaultEmailOption", "CONFIRM_WITH_CODE");
                template.insert("EmailMessage", body);
                template.insert("EmailSubject", subject);
            }
            VerificationEmailStyle::Link => {
                let body =
                    v.email_body.as_ref().map_or_else(|| Json::from(DEFAULT_LINK_BODY), |b| cx.value(b));
                template.insert("DefaultEmailOption", "CONFIRM_WITH_LINK");
                template.insert("EmailMessageByLink", body);
                template.insert("EmailSubjectByLink", subject);
            }
        }
        props.insert("SmsVerificationMessage", sms.clone());
        template.insert("SmsMessage", sms);
        props.insert("VerificationMessageTemplate", template);
    }

    /// Whether threat protection is on: `AdvancedSecurityMode` AUDIT or ENFORCED, or a custom
    /// authentication mode.
    pub(crate) fn threat_protection_on(&self) -> bool {
        let (mode, custom) = self.security_modes();
        custom.is_some() || mode.is_some_and(|m| m != "OFF")
    }

    fn add_ons(&self) -> Option<Obj> {
        let (mode, custom) = self.security_modes();
        let mode = mode.or(custom.map(|_| "OFF"));
        let mut add_ons = Obj::new();
        add_ons
            .insert_opt("AdvancedSecurityAdditionalFlows", custom.map(|c| Json::obj1("CustomAuthMode", c)));
        add_ons.insert_opt("AdvancedSecurityMode", mode);
        (!add_ons.is_empty()).then_some(add_ons)
    }

    /// The chosen `AdvancedSecurityMode` (the deprecated mode wins, as in the CDK) and
    /// `CustomAuthMode`.
    fn security_modes(&self) -> (Option<&'static str>, Option<&'static str>) {
        let mode = self
            .advanced_security_mode
            .map(|m| match m {
                AdvancedSecurityMode::Enforced => "ENFORCED",
                AdvancedSecurityMode::Audit => "AUDIT",
                AdvancedSecurityMode::Off => "OFF",
            })
            .or(self.standard_threat_protection_mode.map(|m| match m {
                StandardThreatProtectionMode::FullFunction => "ENFORCED",
                StandardThreatProtectionMode::AuditOnly => "AUDIT",
                StandardThreatProtectionMode::NoEnforcement => "OFF",
            }));
        let custom = self.custom_threat_protection_mode.map(|m| match m {
            CustomThreatProtectionMode::FullFunction => "ENFORCED",
            CustomThreatProtectionMode::AuditOnly => "AUDIT",
        });
        (mode, custom)
    }

    fn schema(&self) -> Option<Json> {
        let mut schema = Vec::new();
        for (name, required) in self.required_attributes.iter().flatten() {
            if *required {
                let mut o = Obj::new();
                o.insert("Mutable", true);
                o.insert("Name", name.cognito_name());
                o.insert("Required", true);
                schema.push(Json::Obj(o));
            }
        }
        for (name, attr) in self.standard_attributes.iter().flatten() {
            let mut o = Obj::new();
            o.insert("Mutable", attr.mutable.unwrap_or(true));
            o.insert("Name", name.cognito_name());
            o.insert("Required", attr.required.unwrap_or(false));
            schema.push(Json::Obj(o));
        }
        for (name, attr) in self.custom_attributes.iter().flatten() {
            schema.push(Json::Obj(custom_attribute(name, attr)));
        }
        (!schema.is_empty()).then_some(Json::Arr(schema))
    }

    fn policies(&self) -> Option<Obj> {
        let mut policies = Obj::new();
        if let Some(p) = &self.password_policy {
            let mut o = Obj::new();
            o.insert_opt(
                "TemporaryPasswordValidityDays",
                p.temp_password_validity
                    .and_then(|d| d.whole(crate::core::duration::TimeUnit::Days))
                    .map(|d| d as f64),
            );
            o.insert("MinimumLength", p.min_length.unwrap_or(8));
            o.insert_opt("RequireLowercase", p.require_lowercase);
            o.insert_opt("RequireUppercase", p.require_uppercase);
            o.insert_opt("RequireNumbers", p.require_digits);
            o.insert_opt("RequireSymbols", p.require_symbols);
            o.insert_opt("PasswordHistorySize", p.password_history_size);
            policies.insert("PasswordPolicy", o.sorted());
        }
        if let Some(factors) = self.sign_in_policy.and_then(|p| p.allowed_first_auth_factors) {
            let list = flags(&[
                (factors.password, "PASSWORD"),
                (factors.email_otp, "EMAIL_OTP"),
                (factors.sms_otp, "SMS_OTP"),
                (factors.passkey, "WEB_AUTHN"),
            ]);
            policies.insert("SignInPolicy", Json::obj1("AllowedFirstAuthFactors", Json::strs(list)));
        }
        (!policies.is_empty()).then_some(policies)
    }

    fn email_configuration(&self, cx: &Synth) -> Option<Obj> {
        match (&self.email, &self.email_settings) {
            (Some(UserPoolEmail::WithCognito { reply_to }), _) => {
                let mut o = Obj::new();
                o.insert("EmailSendingAccount", "COGNITO_DEFAULT");
                o.insert_opt("ReplyToEmailAddress", reply_to.as_ref().map(|v| email_value(cx, v)));
                Some(o)
            }
            (Some(UserPoolEmail::WithSes(ses)), _) => Some(ses_configuration(cx, ses)),
            (None, Some(settings)) if settings.from.is_some() || settings.reply_to.is_some() => {
                let mut o = Obj::new();
                o.insert_opt("From", settings.from.as_ref().map(|v| email_value(cx, v)));
                o.insert_opt("ReplyToEmailAddress", settings.reply_to.as_ref().map(|v| email_value(cx, v)));
                Some(o)
            }
            (None, _) => None,
        }
    }

    fn account_recovery(&self) -> Option<Json> {
        let mechanisms: &[&str] = match self.account_recovery.unwrap_or_default() {
            AccountRecovery::EmailAndPhoneWithoutMfa => &["verified_email", "verified_phone_number"],
            AccountRecovery::PhoneWithoutMfaAndEmail => &["verified_phone_number", "verified_email"],
            AccountRecovery::EmailOnly => &["verified_email"],
            AccountRecovery::PhoneOnlyWithoutMfa => &["verified_phone_number"],
            AccountRecovery::None => &["admin_only"],
            AccountRecovery::PhoneAndEmail => return None,
        };
        let list = mechanisms
            .iter()
            .zip(1u32..)
            .map(|(name, priority)| {
                let mut o = Obj::new();
                o.insert("Name", *name);
                o.insert("Priority", priority);
                Json::Obj(o)
            })
            .collect();
        Some(Json::obj1("RecoveryMechanisms", Json::Arr(list)))
    }
}

fn mfa_value(mfa: Mfa) -> &'static str {
    match mfa {
        Mfa::Off => "OFF",
        Mfa::Optional => "OPTIONAL",
        Mfa::Required => "ON",
    }
}

/// `EnabledMfas`: absent when MFA is off or unset; SMS when no second factor is given.
pub(crate) fn enabled_mfas(pool: &UserPool) -> Option<Vec<&'static str>> {
    match pool.mfa {
        None | Some(Mfa::Off) => None,
        Some(_) => {
            let factors =
                pool.mfa_second_factor.unwrap_or(MfaSecondFactor { sms: true, ..MfaSecondFactor::default() });
            let list = flags(&[
                (factors.sms, "SMS_MFA"),
                (factors.otp, "SOFTWARE_TOKEN_MFA"),
                (factors.email, "EMAIL_OTP"),
            ]);
            Some(list)
        }
    }
}

/// The CDK creates an SMS role when SMS can be sent: SMS MFA, a phone alias or phone
/// auto-verification (the raw props), or `enable_sms_role: true`.
fn sms_role_needed(pool: &UserPool) -> bool {
    if pool.sms_role.is_some() || pool.enable_sms_role == Some(false) {
        return false;
    }
    pool.enable_sms_role == Some(true)
        || enabled_mfas(pool).is_some_and(|m| m.contains(&"SMS_MFA"))
        || pool.sign_in_aliases.is_some_and(|a| a.phone)
        || pool.auto_verify.is_some_and(|a| a.phone)
}

fn sms_role(external_id: &str) -> Json {
    let mut statement = Obj::new();
    statement.insert("Action", "sts:AssumeRole");
    statement.insert(
        "Condition",
        Json::obj1("StringEquals", Json::obj1("sts:ExternalId", external_id.to_owned())),
    );
    statement.insert("Effect", "Allow");
    statement.insert("Principal", Json::obj1("Service", "cognito-idp.amazonaws.com"));
    let mut publish = Obj::new();
    publish.insert("Action", "sns:Publish");
    publish.insert("Effect", "Allow");
    publish.insert("Resource", "*");
    let mut policy = Obj::new();
    policy.insert("PolicyDocument", policy_document(vec![Json::Obj(publish)]));
    policy.insert("PolicyName", "sns-publish");
    let mut props = Obj::new();
    props.insert("AssumeRolePolicyDocument", policy_document(vec![Json::Obj(statement)]));
    props.insert("Policies", Json::Arr(vec![Json::Obj(policy)]));
    let mut role = Obj::new();
    role.insert("Type", "AWS::IAM::Role");
    role.insert("Properties", props);
    Json::Obj(role)
}

fn custom_attribute(name: &str, attr: &CustomAttribute) -> Obj {
    let mut o = Obj::new();
    o.insert("Name", name.to_owned());
    match attr {
        CustomAttribute::String(StringAttributeProps { min_len, max_len, .. }) => {
            o.insert("AttributeDataType", "String");
            if min_len.is_some_and(|n| n != 0) || max_len.is_some_and(|n| n != 0) {
                let mut c = Obj::new();
                c.insert_opt("MaxLength", max_len.map(|n| n.to_string()));
                c.insert_opt("MinLength", min_len.map(|n| n.to_string()));
                o.insert("StringAttributeConstraints", c);
            }
        }
        CustomAttribute::Number(NumberAttributeProps { min, max, .. }) => {
            o.insert("AttributeDataType", "Number");
            if min.is_some_and(|n| n != 0.0) || max.is_some_and(|n| n != 0.0) {
                let mut c = Obj::new();
                c.insert_opt("MaxValue", max.map(crate::core::json::js_number));
                c.insert_opt("MinValue", min.map(crate::core::json::js_number));
                o.insert("NumberAttributeConstraints", c);
            }
        }
        CustomAttribute::Boolean(_) => o.insert("AttributeDataType", "Boolean"),
        CustomAttribute::DateTime(_) => o.insert("AttributeDataType", "DateTime"),
    }
    o.insert_opt("Mutable", attr.mutable());
    o.sorted()
}

/// An e-mail address as the CDK writes it: punycode for an IDN domain.
fn email_value(cx: &Synth, v: &Value) -> Json {
    match v.literal() {
        Some(s) => Json::from(punycode_email(s)),
        None => cx.value(v),
    }
}

fn ses_configuration(cx: &Synth, ses: &SesOptions) -> Obj {
    let from = email_value(cx, &ses.from_email);
    let from = match &ses.from_name {
        Some(name) => match name.literal() {
            Some(n) => concat(vec![format_from_name(n).into(), " <".into(), from, ">".into()]),
            // The CDK formats the token's placeholder (`${Token[…]}`), which is not a plain
            // phrase: it quotes it.
            None => concat(vec!["\"".into(), cx.value(name), "\" <".into(), from, ">".into()]),
        },
        None => from,
    };
    let region = ses.ses_region.as_ref().map_or_else(|| cx.region(), |r| cx.value(r));
    let identity = ses.ses_verified_domain.as_ref().unwrap_or(&ses.from_email);
    let mut source_arn = vec![
        "arn:".into(),
        cx.partition(),
        ":ses:".into(),
        region,
        ":".into(),
        cx.account(),
        ":identity".into(),
    ];
    // `Stack.formatArn` leaves out the `/` of an empty resource name.
    if identity.literal() != Some("") {
        source_arn.extend(["/".into(), email_value(cx, identity)]);
    }
    let source_arn = concat(source_arn);
    let mut o = Obj::new();
    o.insert_opt("ConfigurationSet", ses.configuration_set_name.as_ref().map(|v| cx.value(v)));
    o.insert("EmailSendingAccount", "DEVELOPER");
    o.insert("From", from);
    o.insert_opt("ReplyToEmailAddress", ses.reply_to.as_ref().map(|v| email_value(cx, v)));
    o.insert("SourceArn", source_arn);
    o
}

/// What `LambdaConfig` holds for a trigger: the ARN, or `{LambdaArn, LambdaVersion}`.
fn trigger_value(cx: &Synth, op: UserPoolOperation, function: &Arn, version: Option<LambdaVersion>) -> Json {
    let arn = cx.arn(function);
    match op {
        UserPoolOperation::CustomEmailSender | UserPoolOperation::CustomSmsSender => {
            let mut o = Obj::new();
            o.insert("LambdaArn", arn);
            o.insert("LambdaVersion", "V1_0");
            Json::Obj(o)
        }
        UserPoolOperation::PreTokenGenerationConfig => {
            let mut o = Obj::new();
            o.insert("LambdaArn", arn);
            o.insert("LambdaVersion", version.unwrap_or_default().as_str());
            Json::Obj(o)
        }
        _ => arn,
    }
}

/// The `AWS::Lambda::Permission` the CDK adds under the pool for each trigger, when the
/// function can take one: a function of the stack, or an ARN in the stack's own account.
fn trigger_permission(cx: &mut Synth, pool: NodeId, op: UserPoolOperation, function: &Arn) {
    let can_add = match function {
        Arn::Item(_) => true,
        Arn::Value(v) => match (v.literal(), cx.facts.env().account.as_deref()) {
            (Some(arn), Some(account)) => arn.split(':').nth(4) == Some(account),
            _ => false,
        },
    };
    if !can_add {
        return;
    }
    let logical_id = cx.logical_id(pool, &[&op.permission_id()]);
    let pool_id = cx.logical_id(pool, &["Resource"]);
    let mut props = Obj::new();
    props.insert("Action", "lambda:InvokeFunction");
    props.insert("FunctionName", cx.arn(function));
    props.insert("Principal", "cognito-idp.amazonaws.com");
    props.insert("SourceArn", get_att(&pool_id, "Arn"));
    let mut resource = Obj::new();
    resource.insert("Type", "AWS::Lambda::Permission");
    resource.insert("Properties", props);
    cx.resource(logical_id, Json::Obj(resource));
}

impl AddedTrigger {
    /// Emits the trigger's permission under its pool, unless the trigger repeats an operation
    /// of the pool (`trigger.duplicate` reports it).
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        if super::rules::is_duplicate_trigger(cx.facts, node, self.operation) {
            return;
        }
        if let Some(pool) = cx.facts.parent(node) {
            trigger_permission(cx, pool, self.operation, &self.function);
        }
    }
}

/// AWS CDK `UserPool`: the construct ids the pool's own children take first (`Resource`,
/// `smsRole` when it creates one, `<Op>Cognito` for each trigger of its props).
pub(crate) fn reserves_child_id(pool: &UserPool, id: &str) -> bool {
    id == "Resource"
        || (id == "smsRole" && sms_role_needed(pool))
        || pool.lambda_triggers.iter().flatten().any(|(op, _)| op.permission_id() == id)
}

/// The attributes a created pool exposes.
pub(crate) fn pool_attr(cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
    let id = cx.logical_id(node, &["Resource"]);
    Some(match attr {
        Attr::UserPoolId => reference(&id),
        Attr::UserPoolArn => get_att(&id, "Arn"),
        Attr::UserPoolProviderName => get_att(&id, "ProviderName"),
        Attr::UserPoolProviderUrl => get_att(&id, "ProviderURL"),
        _ => return None,
    })
}

/// The names whose flag is set, in order: `flags(&[(aliases.email, "email"), …])`.
fn flags(pairs: &[(bool, &'static str)]) -> Vec<&'static str> {
    pairs.iter().filter(|(on, _)| *on).map(|(_, name)| *name).collect()
}
