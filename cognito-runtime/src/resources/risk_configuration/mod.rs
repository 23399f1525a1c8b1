//! `risk_configuration`: threat protection's responses to risky sign-ins, compromised
//! credentials and listed IP ranges (`AWS::Cognito::UserPoolRiskConfigurationAttachment`, the
//! CDK's `CfnUserPoolRiskConfigurationAttachment`), for one app client of the pool or for all
//! of them.

pub(crate) mod rules;

use crate::context::cfn::{check_client_of_pool, check_in_pool, render_for_client};
use crate::context::check::Check;
use crate::context::synth::Synth;
use crate::core::cfn_value::{ClientRef, Word};
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `risk_configuration`: CloudFormation's own props (see
/// [`crate::core::table`]). What the schema requires is left to it (the template check
/// reports a missing `event_action` under its block), so the table keeps every field optional.
#[macro_export]
#[doc(hidden)]
macro_rules! __risk_configuration_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::UserPoolRiskConfigurationAttachment`: threat protection's settings.
        /// `UserPoolId` is the enclosing pool's.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolRiskConfigurationAttachment "risk_configuration" {
            /// `ClientId`: the app client they apply to (default: every client without settings
            /// of its own, `"ALL"`).
            client: Option<ClientRef> = "ClientId",
            /// `AccountTakeoverRiskConfiguration`: what to do on a risky sign-in, by risk level.
            account_takeover_risk_configuration: Option<AccountTakeoverRiskConfiguration> = "AccountTakeoverRiskConfiguration",
            /// `CompromisedCredentialsRiskConfiguration`: what to do when a password is known
            /// to be leaked.
            compromised_credentials_risk_configuration: Option<CompromisedCredentialsRiskConfiguration> = "CompromisedCredentialsRiskConfiguration",
            /// `RiskExceptionConfiguration`: IP ranges always blocked, or never checked.
            risk_exception_configuration: Option<RiskExceptionConfiguration> = "RiskExceptionConfiguration",
        }

        /// `AccountTakeoverRiskConfigurationType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AccountTakeoverRiskConfiguration "account_takeover_risk_configuration" {
            /// `Actions` (required by the schema): the response to each risk level.
            actions: Option<AccountTakeoverActions> = "Actions",
            /// `NotifyConfiguration`: the e-mails sent when an action notifies the user.
            notify_configuration: Option<NotifyConfiguration> = "NotifyConfiguration",
        }

        /// `AccountTakeoverActionsType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AccountTakeoverActions "account takeover actions" {
            /// `HighAction`.
            high_action: Option<AccountTakeoverAction> = "HighAction",
            /// `LowAction`.
            low_action: Option<AccountTakeoverAction> = "LowAction",
            /// `MediumAction`.
            medium_action: Option<AccountTakeoverAction> = "MediumAction",
        }

        /// `AccountTakeoverActionType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct AccountTakeoverAction "account takeover action" {
            /// `EventAction` (required by the schema): `BLOCK`, `MFA_IF_CONFIGURED`,
            /// `MFA_REQUIRED` or `NO_ACTION`.
            event_action: Option<Word> = "EventAction",
            /// `Notify` (required by the schema): whether the user gets an e-mail.
            notify: Option<bool> = "Notify",
        }

        /// `NotifyConfigurationType`: the e-mails, sent through Amazon SES.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct NotifyConfiguration "notify_configuration" {
            /// `BlockEmail`: when a sign-in is blocked.
            block_email: Option<NotifyEmail> = "BlockEmail",
            /// `From`: the sender's address.
            from: Option<Value> = "From",
            /// `MfaEmail`: when MFA is asked for.
            mfa_email: Option<NotifyEmail> = "MfaEmail",
            /// `NoActionEmail`: when nothing is done.
            no_action_email: Option<NotifyEmail> = "NoActionEmail",
            /// `ReplyTo`.
            reply_to: Option<Value> = "ReplyTo",
            /// `SourceArn` (required by the schema): the SES identity that sends.
            source_arn: Option<Value> = "SourceArn",
        }

        /// `NotifyEmailType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct NotifyEmail "notify email" {
            /// `HtmlBody`.
            html_body: Option<Value> = "HtmlBody",
            /// `Subject` (required by the schema).
            subject: Option<Value> = "Subject",
            /// `TextBody`.
            text_body: Option<Value> = "TextBody",
        }

        /// `CompromisedCredentialsRiskConfigurationType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CompromisedCredentialsRiskConfiguration "compromised_credentials_risk_configuration" {
            /// `Actions` (required by the schema).
            actions: Option<CompromisedCredentialsActions> = "Actions",
            /// `EventFilter`: the events checked, `SIGN_IN`, `PASSWORD_CHANGE`, `SIGN_UP`
            /// (default: all).
            event_filter: Option<Vec<Word>> = "EventFilter",
        }

        /// `CompromisedCredentialsActionsType`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CompromisedCredentialsActions "compromised credentials actions" {
            /// `EventAction` (required by the schema): `BLOCK` or `NO_ACTION`.
            event_action: Option<Word> = "EventAction",
        }

        /// `RiskExceptionConfigurationType`: IP ranges in CIDR notation.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct RiskExceptionConfiguration "risk_exception_configuration" {
            /// `BlockedIPRangeList`: always blocked.
            blocked_ip_range_list: Option<Vec<Value>> = "BlockedIPRangeList",
            /// `SkippedIPRangeList`: never checked for risk.
            skipped_ip_range_list: Option<Vec<Value>> = "SkippedIPRangeList",
        }
        }
    };
}

__risk_configuration_props!(crate::define_cfn_props);

impl UserPoolRiskConfigurationAttachment {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let cfn_type = "AWS::Cognito::UserPoolRiskConfigurationAttachment";
        render_for_client(cx, node, cfn_type, self, self.client.as_ref());
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "risk_configuration") else { return };
        if let Some(client) = &self.client {
            check_client_of_pool(cx, "client", &client.0, pool);
        }
        rules::check(self, pool, cx);
    }
}
