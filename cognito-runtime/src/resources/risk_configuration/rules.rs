//! The rules of `risk_configuration`, from the Cognito API (`SetRiskConfiguration` and its
//! types): what the resource schema leaves a plain string or list.

use std::net::IpAddr;

use super::{AccountTakeoverAction, NotifyEmail, UserPoolRiskConfigurationAttachment};
use crate::context::check::{Check, Issue, key};
use crate::context::rules::{arn, length, member};
use crate::core::cfn_value::ClientRef;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::value::Value;

/// `AccountTakeoverActionType.EventAction`.
const TAKEOVER_ACTIONS: &[&str] = &["BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"];
/// `CompromisedCredentialsActionsType.EventAction`.
const CREDENTIALS_ACTIONS: &[&str] = &["BLOCK", "NO_ACTION"];
/// `CompromisedCredentialsRiskConfigurationType.EventFilter`.
const EVENT_FILTERS: &[&str] = &["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"];

pub(crate) fn check(r: &UserPoolRiskConfigurationAttachment, pool: NodeId, cx: &mut Check) {
    threat_protection(pool, cx);
    takeover_actions(r, cx);
    credentials_action(r, cx);
    event_filter(r, cx);
    ip_ranges(r, cx);
    ip_range_count(r, cx);
    source_arn(r, cx);
    notify_emails(r, cx);
    one_per_client(r, pool, cx);
}

/// Cognito (`SetRiskConfiguration`: "To activate this setting, your user pool must be on the
/// Plus tier"; `UserPoolAddOnNotEnabledException`, "user pool add-ons aren't enabled"): the
/// settings apply only when the pool's threat protection is on.
fn threat_protection(pool: NodeId, cx: &mut Check) {
    if cx.facts.threat_protection(pool) != Some(false) {
        return;
    }
    let pool_path = cx.facts.path(pool).join("/");
    cx.push(
        Issue::new(
            "risk_configuration.threat_protection",
            "",
            format!("a `risk_configuration` needs threat protection on its user pool, but `{pool_path}` has none; Cognito rejects it at deploy time (UserPoolAddOnNotEnabledException: \"user pool add-ons aren't enabled\"); set `feature_plan: PLUS` and `standard_threat_protection_mode: FULL_FUNCTION` (or `AUDIT_ONLY`) on the pool"),
        )
        .target(Target::Id)
        .reads(pool, "advanced_security_mode")
        .reads(pool, "standard_threat_protection_mode")
        .reads(pool, "custom_threat_protection_mode"),
    );
}

/// Cognito (`AccountTakeoverActionType`): `event_action` is `BLOCK`, `MFA_IF_CONFIGURED`,
/// `MFA_REQUIRED` or `NO_ACTION`.
fn takeover_actions(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    let Some(actions) = r.account_takeover_risk_configuration.as_ref().and_then(|a| a.actions.as_ref())
    else {
        return;
    };
    let levels: [(&str, &Option<AccountTakeoverAction>); 3] = [
        ("high_action", &actions.high_action),
        ("low_action", &actions.low_action),
        ("medium_action", &actions.medium_action),
    ];
    for (level, action) in levels {
        if let Some(word) = action.as_ref().and_then(|a| a.event_action.as_ref()) {
            let path = format!("account_takeover_risk_configuration.actions.{level}.event_action");
            member(cx, "risk_configuration.event_action", &path, &word.0, TAKEOVER_ACTIONS);
        }
    }
}

/// Cognito (`CompromisedCredentialsActionsType`): `event_action` is `BLOCK` or `NO_ACTION`.
fn credentials_action(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    let credentials = r.compromised_credentials_risk_configuration.as_ref();
    let Some(word) = credentials.and_then(|c| c.actions.as_ref()).and_then(|a| a.event_action.as_ref())
    else {
        return;
    };
    let path = "compromised_credentials_risk_configuration.actions.event_action";
    member(cx, "risk_configuration.event_action", path, &word.0, CREDENTIALS_ACTIONS);
}

/// Cognito (`CompromisedCredentialsRiskConfigurationType`): the events checked are
/// `SIGN_IN`, `PASSWORD_CHANGE` and `SIGN_UP`.
fn event_filter(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    let filters = r.compromised_credentials_risk_configuration.as_ref().and_then(|c| c.event_filter.as_ref());
    for (i, word) in filters.into_iter().flatten().enumerate() {
        let path = format!("compromised_credentials_risk_configuration.event_filter.{i}");
        member(cx, "risk_configuration.event_filter", &path, &word.0, EVENT_FILTERS);
    }
}

/// The IP range lists, with their field paths.
fn ip_lists(r: &UserPoolRiskConfigurationAttachment) -> [(&'static str, &[Value]); 2] {
    let exceptions = r.risk_exception_configuration.as_ref();
    let blocked = exceptions.and_then(|e| e.blocked_ip_range_list.as_deref()).unwrap_or_default();
    let skipped = exceptions.and_then(|e| e.skipped_ip_range_list.as_deref()).unwrap_or_default();
    [
        ("risk_exception_configuration.blocked_ip_range_list", blocked),
        ("risk_exception_configuration.skipped_ip_range_list", skipped),
    ]
}

/// Cognito (`RiskExceptionConfigurationType`: "This parameter is displayed and set in CIDR
/// notation"): each entry is an IPv4 or IPv6 range, `address/prefix`.
fn ip_ranges(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    for (path, list) in ip_lists(r) {
        for (i, range) in list.iter().enumerate() {
            let Some(text) = range.literal() else { continue };
            if is_cidr(text) {
                continue;
            }
            cx.push(
                Issue::new(
                    "risk_configuration.ip_range",
                    format!("{path}.{i}"),
                    format!("`{}` takes IP ranges in CIDR notation, such as `192.0.2.0/24` or `2001:db8::/32` (got {text:?}); Cognito rejects it at deploy time; write the address with its prefix length (`/32` for one IPv4 address)", key(path)),
                )
                .value(range),
            );
        }
    }
}

/// `address/prefix`, the prefix (digits) at most the address's length in bits.
fn is_cidr(text: &str) -> bool {
    let Some((address, prefix)) = text.split_once('/') else { return false };
    let bits = match address.parse::<IpAddr>() {
        Ok(IpAddr::V4(_)) => 32,
        Ok(IpAddr::V6(_)) => 128,
        Err(_) => return false,
    };
    let digits = !prefix.is_empty() && prefix.len() <= 3 && prefix.bytes().all(|b| b.is_ascii_digit());
    digits && prefix.parse::<u32>().is_ok_and(|p| p <= bits)
}

/// Cognito (`RiskExceptionConfigurationType`: "Maximum number of 200 items"): each list holds
/// at most 200 ranges.
fn ip_range_count(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    for (path, list) in ip_lists(r) {
        if list.len() > 200 {
            cx.push(
                Issue::new(
                    "risk_configuration.ip_range_count",
                    path,
                    format!("`{}` holds at most 200 IP ranges (got {}); Cognito rejects it at deploy time; merge ranges into wider ones", key(path), list.len()),
                )
                .value(format!("{} ranges", list.len())),
            );
        }
    }
}

/// Cognito (`NotifyConfigurationType.SourceArn`: "The Amazon Resource Name (ARN) of the
/// identity that is associated with the sending authorization policy", length 20 to 2048, an
/// ARN): the SES identity that sends the notifications.
fn source_arn(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    let notify = r.account_takeover_risk_configuration.as_ref().and_then(|a| a.notify_configuration.as_ref());
    if let Some(v) = notify.and_then(|n| n.source_arn.as_ref()) {
        let path = "account_takeover_risk_configuration.notify_configuration.source_arn";
        arn(cx, "risk_configuration.source_arn", path, v, Some("ses"));
    }
}

/// Cognito (`NotifyEmailType`): a subject of 1 to 140 characters, bodies of 6 to 20,000.
fn notify_emails(r: &UserPoolRiskConfigurationAttachment, cx: &mut Check) {
    let Some(n) =
        r.account_takeover_risk_configuration.as_ref().and_then(|a| a.notify_configuration.as_ref())
    else {
        return;
    };
    let emails: [(&str, &Option<NotifyEmail>); 3] = [
        ("block_email", &n.block_email),
        ("mfa_email", &n.mfa_email),
        ("no_action_email", &n.no_action_email),
    ];
    for (name, email) in emails {
        let Some(email) = email else { continue };
        let at =
            |field: &str| format!("account_takeover_risk_configuration.notify_configuration.{name}.{field}");
        let rule = "risk_configuration.notify_email";
        if let Some(v) = &email.subject {
            length(cx, rule, &at("subject"), v, 1, 140);
        }
        for (field, body) in [("html_body", &email.html_body), ("text_body", &email.text_body)] {
            if let Some(v) = body {
                length(cx, rule, &at(field), v, 6, 20_000);
            }
        }
    }
}

/// CloudFormation schema (`primaryIdentifier`: `UserPoolId`, `ClientId`): a pool holds one
/// configuration per app client, and one for every client (`"ALL"`).
fn one_per_client(r: &UserPoolRiskConfigurationAttachment, pool: NodeId, cx: &mut Check) {
    let Some(me) = cx.node else { return };
    let facts = cx.facts;
    let same_client = |a: Option<&ClientRef>, b: Option<&ClientRef>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (facts.resolve(&a.0), facts.resolve(&b.0)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
        _ => false,
    };
    let earlier = facts.children(Some(pool)).iter().copied().take_while(|n| *n != me).find(|n| {
        let other = facts.props::<UserPoolRiskConfigurationAttachment>(*n);
        other.is_some_and(|o| same_client(o.client.as_ref(), r.client.as_ref()))
    });
    let Some(earlier) = earlier else { return };
    let other = facts.path(earlier).join("/");
    let what = match &r.client {
        Some(c) => format!("app client `{}`", c.0),
        None => "every app client (`client` left out)".to_owned(),
    };
    let message = format!(
        "`{other}` already configures threat protection for {what}; a pool holds one `risk_configuration` per client (CloudFormation identifies it by pool and client), so both would be the same resource; merge the two"
    );
    cx.push(match &r.client {
        Some(c) => Issue::new("risk_configuration.duplicate", "client", message).value(&c.0),
        None => Issue::new("risk_configuration.duplicate", "", message).target(Target::Id),
    });
}
