//! `regional_configuration`: the settings of a replica of the pool that are its Region's own
//! (`AWS::Cognito::UserPoolRegionalConfigurationAttachment`, the CDK's
//! `CfnUserPoolRegionalConfigurationAttachment`): e-mail, SMS, triggers, status and tags. It
//! is declared in a stack of the replica's Region.

use crate::context::cfn::{ToCfn, check_in_pool, render_in_pool, sort_tags};
use crate::context::check::{Check, Issue};
use crate::context::rules::arn;
use crate::context::synth::Synth;
use crate::core::arn::Arn;
use crate::core::cfn_value::Word;
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `regional_configuration`: CloudFormation's own props (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __regional_configuration_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::UserPoolRegionalConfigurationAttachment`: the Regional settings of a
        /// replica of the enclosing pool (its `UserPoolId`).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolRegionalConfigurationAttachment "regional_configuration" {
            /// `EmailConfiguration`: how the replica sends e-mail.
            email_configuration: Option<RegionalEmailConfiguration> = "EmailConfiguration",
            /// `LambdaConfig`: the replica's triggers.
            lambda_config: Option<RegionalLambdaConfig> = "LambdaConfig",
            /// `SmsConfiguration`: how the replica sends SMS messages.
            sms_configuration: Option<RegionalSmsConfiguration> = "SmsConfiguration",
            /// `Status`: `ACTIVE` or `INACTIVE` (serving end users or not).
            status: Option<Word> = "Status",
            /// `UserPoolTags`: the replica's tags (the stack's tags join them).
            user_pool_tags: Option<Vec<(String, Value)>> = "UserPoolTags",
        }

        /// `EmailConfiguration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RegionalEmailConfiguration "email_configuration" {
            /// `ConfigurationSet`: an SES configuration set.
            configuration_set: Option<Value> = "ConfigurationSet",
            /// `EmailSendingAccount`: `COGNITO_DEFAULT` or `DEVELOPER` (through SES).
            email_sending_account: Option<Word> = "EmailSendingAccount",
            /// `From`: the sender, `Name <address>` or an address.
            from: Option<Value> = "From",
            /// `ReplyToEmailAddress`.
            reply_to_email_address: Option<Value> = "ReplyToEmailAddress",
            /// `SourceArn`: the ARN of the SES identity (with `DEVELOPER`).
            source_arn: Option<Value> = "SourceArn",
        }

        /// `LambdaConfig`: each trigger a `lambda_function` of the block or a Lambda ARN.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RegionalLambdaConfig "lambda_config" {
            /// `CreateAuthChallenge`.
            create_auth_challenge: Option<Arn> = "CreateAuthChallenge",
            /// `CustomEmailSender`.
            custom_email_sender: Option<RegionalLambdaTrigger> = "CustomEmailSender",
            /// `CustomMessage`.
            custom_message: Option<Arn> = "CustomMessage",
            /// `CustomSMSSender`.
            custom_sms_sender: Option<RegionalLambdaTrigger> = "CustomSMSSender",
            /// `DefineAuthChallenge`.
            define_auth_challenge: Option<Arn> = "DefineAuthChallenge",
            /// `InboundFederation`.
            inbound_federation: Option<RegionalLambdaTrigger> = "InboundFederation",
            /// `KMSKeyID`: the KMS key the custom senders' codes are encrypted with.
            kms_key_id: Option<Value> = "KMSKeyID",
            /// `PostAuthentication`.
            post_authentication: Option<Arn> = "PostAuthentication",
            /// `PostConfirmation`.
            post_confirmation: Option<Arn> = "PostConfirmation",
            /// `PreAuthentication`.
            pre_authentication: Option<Arn> = "PreAuthentication",
            /// `PreSignUp`.
            pre_sign_up: Option<Arn> = "PreSignUp",
            /// `PreTokenGeneration` (legacy: the same function as `pre_token_generation_config`).
            pre_token_generation: Option<Arn> = "PreTokenGeneration",
            /// `PreTokenGenerationConfig`.
            pre_token_generation_config: Option<RegionalLambdaTrigger> = "PreTokenGenerationConfig",
            /// `UserMigration`.
            user_migration: Option<Arn> = "UserMigration",
            /// `VerifyAuthChallengeResponse`.
            verify_auth_challenge_response: Option<Arn> = "VerifyAuthChallengeResponse",
        }

        /// A trigger with a version: a custom sender, inbound federation, pre token generation.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RegionalLambdaTrigger "lambda_trigger" {
            /// `LambdaArn`: a `lambda_function` of the block or a Lambda ARN.
            lambda_arn: Option<Arn> = "LambdaArn",
            /// `LambdaVersion`: `V1_0` (pre token generation also `V2_0`, `V3_0`).
            lambda_version: Option<Word> = "LambdaVersion",
        }

        /// `SmsConfiguration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RegionalSmsConfiguration "sms_configuration" {
            /// `EumsSms`: SMS through AWS End User Messaging.
            eums_sms: Option<EumsSmsConfiguration> = "EumsSms",
            /// `ExternalId`: the external id the SNS role's trust policy requires.
            external_id: Option<Value> = "ExternalId",
            /// `SnsCallerArn`: the IAM role Cognito sends SMS messages with.
            sns_caller_arn: Option<Value> = "SnsCallerArn",
            /// `SnsRegion`: the Region of Amazon SNS.
            sns_region: Option<Value> = "SnsRegion",
        }

        /// `EumsSmsConfiguration`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct EumsSmsConfiguration "eums_sms" {
            /// `CallerArn`: the IAM role Cognito sends SMS messages with.
            [required] caller_arn: Value = "CallerArn",
            /// `ConfigurationSetName`.
            configuration_set_name: Option<Value> = "ConfigurationSetName",
            /// `ExternalId`.
            external_id: Option<Value> = "ExternalId",
            /// `InEntityId`: the entity id, for SMS to India.
            in_entity_id: Option<Value> = "InEntityId",
            /// `InTemplateId`: the template id, for SMS to India.
            in_template_id: Option<Value> = "InTemplateId",
            /// `OriginationIdentity`: the phone number or sender id.
            origination_identity: Option<Value> = "OriginationIdentity",
            /// `Region`.
            region: Option<Value> = "Region",
        }
        }
    };
}

__regional_configuration_props!(crate::define_cfn_props);

impl UserPoolRegionalConfigurationAttachment {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(mut props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        sort_tags(&mut props, "UserPoolTags");
        render_in_pool(cx, node, "AWS::Cognito::UserPoolRegionalConfigurationAttachment", props);
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "regional_configuration") else { return };
        replica_region(pool, cx);
        status(self, cx);
        if let Some(email) = &self.email_configuration {
            email_configuration(email, cx);
        }
        if let Some(lambda) = &self.lambda_config {
            triggers(lambda, cx);
            versions(lambda, cx);
            senders_need_key(lambda, cx);
            pre_token_generation(lambda, cx);
        }
        if let Some(sms) = &self.sms_configuration {
            sms_roles(sms, cx);
        }
    }
}

/// Cognito (`AWS::Cognito::UserPoolRegionalConfigurationAttachment`: "Create this resource in
/// the secondary (replica) Region"): not in the pool's own Region, where a pool this stack
/// creates is, and an imported one whose id or ARN names the stack's Region.
fn replica_region(pool: NodeId, cx: &mut Check) {
    let created = cx.facts.feature_plan(pool).is_some();
    let stack_region = cx.facts.env().region.clone();
    let pool_region = cx.facts.pool_region(pool);
    if !created && (stack_region.is_none() || pool_region != stack_region) {
        return;
    }
    let why = match (created, stack_region) {
        (true, _) => "this stack creates the pool, so it is in the pool's own Region".to_owned(),
        (false, Some(region)) => format!("the stack deploys to {region:?}, the pool's own Region"),
        (false, None) => return,
    };
    cx.push(
        Issue::new(
            "regional_configuration.region",
            "",
            format!("a `regional_configuration` configures a replica, in the replica's Region, but {why}; declare it in a stack of the replica's Region, inside `user_pool … = from_user_pool_id(\"…\")`. Cognito rejects it at deploy time"),
        )
        .target(Target::Id),
    );
}

/// CloudFormation (`Status`: "The status of the replica. Set to ACTIVE or INACTIVE").
fn status(r: &UserPoolRegionalConfigurationAttachment, cx: &mut Check) {
    let Some(s) = r.status.as_ref().and_then(|w| w.0.literal()) else { return };
    if !["ACTIVE", "INACTIVE"].contains(&s) {
        cx.push(
            Issue::new(
                "regional_configuration.status",
                "status",
                format!("`status` must be ACTIVE or INACTIVE (got {s:?}); Cognito rejects it at deploy time"),
            )
            .value(format!("{s:?}")),
        );
    }
}

/// Cognito (`EmailConfigurationType`: `EmailSendingAccount` is `COGNITO_DEFAULT` or
/// `DEVELOPER`; with `DEVELOPER` "you must specify the `SourceArn`", an SES identity).
fn email_configuration(e: &RegionalEmailConfiguration, cx: &mut Check) {
    let path = "email_configuration.email_sending_account";
    let account = e.email_sending_account.as_ref().and_then(|w| w.0.literal());
    match account {
        Some("COGNITO_DEFAULT") | None => {}
        Some("DEVELOPER") if e.source_arn.is_none() => cx.push(
            Issue::new(
                "regional_configuration.source_arn",
                path,
                "`email_sending_account: DEVELOPER` sends e-mail through Amazon SES and needs `source_arn`, the ARN of a verified SES identity; add `source_arn: \"arn:aws:ses:…:identity/example.com\"`. Cognito rejects it at deploy time",
            )
            .target(Target::Setting),
        ),
        Some("DEVELOPER") => {}
        Some(other) => cx.push(
            Issue::new(
                "regional_configuration.email_sending_account",
                path,
                format!("`email_sending_account` must be COGNITO_DEFAULT or DEVELOPER (got {other:?}); Cognito rejects it at deploy time"),
            )
            .value(format!("{other:?}")),
        ),
    }
    if let Some(v) = &e.source_arn {
        arn(cx, "regional_configuration.arn", "email_configuration.source_arn", v, Some("ses"));
    }
}

/// The plain triggers: key and function.
fn plain(l: &RegionalLambdaConfig) -> [(&'static str, Option<&Arn>); 10] {
    [
        ("create_auth_challenge", l.create_auth_challenge.as_ref()),
        ("custom_message", l.custom_message.as_ref()),
        ("define_auth_challenge", l.define_auth_challenge.as_ref()),
        ("post_authentication", l.post_authentication.as_ref()),
        ("post_confirmation", l.post_confirmation.as_ref()),
        ("pre_authentication", l.pre_authentication.as_ref()),
        ("pre_sign_up", l.pre_sign_up.as_ref()),
        ("pre_token_generation", l.pre_token_generation.as_ref()),
        ("user_migration", l.user_migration.as_ref()),
        ("verify_auth_challenge_response", l.verify_auth_challenge_response.as_ref()),
    ]
}

/// The triggers with a version: key, trigger, and the versions Cognito takes for it.
fn versioned(
    l: &RegionalLambdaConfig,
) -> [(&'static str, Option<&RegionalLambdaTrigger>, &'static [&'static str]); 4] {
    [
        ("custom_email_sender", l.custom_email_sender.as_ref(), &["V1_0"]),
        ("custom_sms_sender", l.custom_sms_sender.as_ref(), &["V1_0"]),
        ("inbound_federation", l.inbound_federation.as_ref(), &["V1_0"]),
        ("pre_token_generation_config", l.pre_token_generation_config.as_ref(), &["V1_0", "V2_0", "V3_0"]),
    ]
}

/// Cognito (`LambdaConfigType`: each trigger is the ARN of a Lambda function), as a pool's
/// triggers are: a `lambda_function` of the stack, or a Lambda ARN.
fn triggers(l: &RegionalLambdaConfig, cx: &mut Check) {
    let functions = plain(l).into_iter().filter_map(|(k, f)| Some((format!("lambda_config.{k}"), f?)));
    let with_version = versioned(l)
        .into_iter()
        .filter_map(|(k, t, _)| Some((format!("lambda_config.{k}.lambda_arn"), t?.lambda_arn.as_ref()?)));
    for (path, function) in functions.chain(with_version).collect::<Vec<_>>() {
        match function {
            Arn::Item(r) => {
                cx.resolve(&path, r, &["lambda_function"]);
            }
            Arn::Value(v) => arn(cx, "regional_configuration.arn", &path, v, Some("lambda")),
        }
    }
    if let Some(v) = &l.kms_key_id {
        arn(cx, "regional_configuration.arn", "lambda_config.kms_key_id", v, Some("kms"));
    }
}

/// Cognito (`CustomEmailLambdaVersionConfigType`, `CustomSMSLambdaVersionConfigType`,
/// `InboundFederationLambdaType`: `V1_0`; `PreTokenGenerationVersionConfigType`: `V1_0`,
/// `V2_0`, `V3_0`).
fn versions(l: &RegionalLambdaConfig, cx: &mut Check) {
    for (key, trigger, allowed) in versioned(l) {
        let Some(version) = trigger.and_then(|t| t.lambda_version.as_ref()?.0.literal()) else { continue };
        if !allowed.contains(&version) {
            cx.push(
                Issue::new(
                    "regional_configuration.lambda_version",
                    format!("lambda_config.{key}.lambda_version"),
                    format!("`lambda_version` of `{key}` must be {} (got {version:?}); Cognito rejects it at deploy time", allowed.join(", ")),
                )
                .value(format!("{version:?}")),
            );
        }
    }
}

/// Cognito (`LambdaConfigType.KMSKeyID`: "The ARN of an KMS key. Amazon Cognito uses the key to
/// encrypt codes and temporary passwords sent to custom sender Lambda triggers"): a custom
/// sender needs `kms_key_id`.
fn senders_need_key(l: &RegionalLambdaConfig, cx: &mut Check) {
    if l.kms_key_id.is_some() {
        return;
    }
    for key in ["custom_email_sender", "custom_sms_sender"] {
        let given = if key == "custom_email_sender" { &l.custom_email_sender } else { &l.custom_sms_sender };
        if given.is_some() {
            cx.push(
                Issue::new(
                    "regional_configuration.kms_key",
                    format!("lambda_config.{key}"),
                    format!("`{key}` needs `kms_key_id` in `lambda_config`, the KMS key Cognito encrypts the codes it sends the sender with; add `kms_key_id: \"arn:aws:kms:…\"`. Cognito rejects it at deploy time"),
                )
                .target(Target::Key),
            );
        }
    }
}

/// Cognito (`LambdaConfigType.PreTokenGeneration`: "If you also set an ARN in
/// `PreTokenGenerationConfig`, its value must be identical to `PreTokenGeneration`").
fn pre_token_generation(l: &RegionalLambdaConfig, cx: &mut Check) {
    let legacy = l.pre_token_generation.as_ref();
    let config = l.pre_token_generation_config.as_ref().and_then(|c| c.lambda_arn.as_ref());
    let (Some(legacy), Some(config)) = (legacy, config) else { return };
    if legacy == config {
        return;
    }
    cx.push(
        Issue::new(
            "regional_configuration.pre_token_generation",
            "lambda_config.pre_token_generation",
            "`pre_token_generation` and `pre_token_generation_config.lambda_arn` name different functions, and Cognito takes the same in both; keep `pre_token_generation_config` alone, or give both the same function. Cognito rejects it at deploy time",
        )
        .related("lambda_config.pre_token_generation_config.lambda_arn"),
    );
}

/// CloudFormation (`SnsCallerArn`, `CallerArn`: an IAM role's ARN Cognito sends SMS with).
fn sms_roles(s: &RegionalSmsConfiguration, cx: &mut Check) {
    if let Some(v) = &s.sns_caller_arn {
        arn(cx, "regional_configuration.arn", "sms_configuration.sns_caller_arn", v, Some("iam"));
    }
    if let Some(e) = &s.eums_sms {
        arn(
            cx,
            "regional_configuration.arn",
            "sms_configuration.eums_sms.caller_arn",
            &e.caller_arn,
            Some("iam"),
        );
    }
}
