//! `risk_configuration` (`CfnUserPoolRiskConfigurationAttachment`): parity with the AWS CDK
//! through the builders and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

/// A PLUS pool with threat protection on.
fn protected_pool() -> UserPool {
    UserPool {
        feature_plan: Some(FeaturePlan::Plus),
        standard_threat_protection_mode: Some(StandardThreatProtectionMode::FullFunction),
        ..UserPool::default()
    }
}

fn action(event_action: &str, notify: bool) -> Option<AccountTakeoverAction> {
    Some(AccountTakeoverAction { event_action: Some(event_action.into()), notify: Some(notify) })
}

fn email(subject: &str, html_body: Option<&str>, text_body: &str) -> Option<NotifyEmail> {
    Some(NotifyEmail {
        subject: Some(subject.into()),
        html_body: html_body.map(Value::from),
        text_body: Some(text_body.into()),
    })
}

/// Compromised-credentials detection with `event_action` and no filter.
fn credentials(event_action: &str) -> Option<CompromisedCredentialsRiskConfiguration> {
    Some(CompromisedCredentialsRiskConfiguration {
        actions: Some(CompromisedCredentialsActions { event_action: Some(event_action.into()) }),
        event_filter: None,
    })
}

mod builders {
    use super::*;

    #[test]
    fn x_risk_configuration() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", protected_pool());
        let risk = UserPoolRiskConfigurationAttachment {
            client: None,
            account_takeover_risk_configuration: Some(AccountTakeoverRiskConfiguration {
                actions: Some(AccountTakeoverActions {
                    high_action: action("BLOCK", true),
                    medium_action: action("MFA_IF_CONFIGURED", true),
                    low_action: action("NO_ACTION", false),
                }),
                notify_configuration: Some(NotifyConfiguration {
                    source_arn: Some("arn:aws:ses:us-east-1:123456789012:identity/example.com".into()),
                    from: Some("security@example.com".into()),
                    reply_to: Some("support@example.com".into()),
                    block_email: email(
                        "Blocked sign-in attempt",
                        Some("<p>We blocked a sign-in to your account.</p>"),
                        "We blocked a sign-in to your account.",
                    ),
                    mfa_email: email("Confirm it is you", None, "Enter the code we sent you."),
                    no_action_email: None,
                }),
            }),
            compromised_credentials_risk_configuration: Some(CompromisedCredentialsRiskConfiguration {
                actions: Some(CompromisedCredentialsActions { event_action: Some("BLOCK".into()) }),
                event_filter: Some(vec!["SIGN_IN".into(), "PASSWORD_CHANGE".into()]),
            }),
            risk_exception_configuration: Some(RiskExceptionConfiguration {
                blocked_ip_range_list: Some(vec!["192.0.2.0/24".into()]),
                skipped_ip_range_list: Some(vec!["198.51.100.7/32".into(), "2001:db8::/32".into()]),
            }),
        };
        s.add_child(pool, "Risk", risk);
        assert_parity(&s, "x_risk_configuration");
    }

    #[test]
    fn x_risk_configuration_client() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let mobile = s.add_client(pool, "mobile", UserPoolClient::default());
        let risk = UserPoolRiskConfigurationAttachment {
            client: Some(mobile.into()),
            compromised_credentials_risk_configuration: credentials("NO_ACTION"),
            ..Default::default()
        };
        s.add_child(pool, "MobileRisk", risk);
        assert_parity(&s, "x_risk_configuration_client");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_risk_configuration() {
        let stack = cognito! {
            user_pool Pool {
                feature_plan: PLUS,
                standard_threat_protection_mode: FULL_FUNCTION,
                risk_configuration Risk {
                    account_takeover_risk_configuration: {
                        actions: {
                            high_action: { event_action: BLOCK, notify: true },
                            medium_action: { event_action: MFA_IF_CONFIGURED, notify: true },
                            low_action: { event_action: NO_ACTION, notify: false },
                        },
                        notify_configuration: {
                            source_arn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
                            from: "security@example.com",
                            reply_to: "support@example.com",
                            block_email: {
                                subject: "Blocked sign-in attempt",
                                html_body: "<p>We blocked a sign-in to your account.</p>",
                                text_body: "We blocked a sign-in to your account.",
                            },
                            mfa_email: { subject: "Confirm it is you", text_body: "Enter the code we sent you." },
                        },
                    },
                    compromised_credentials_risk_configuration: {
                        actions: { event_action: BLOCK },
                        event_filter: [SIGN_IN, PASSWORD_CHANGE],
                    },
                    risk_exception_configuration: {
                        blocked_ip_range_list: ["192.0.2.0/24"],
                        skipped_ip_range_list: ["198.51.100.7/32", "2001:db8::/32"],
                    },
                }
            }
        };
        assert_parity(&stack, "x_risk_configuration");
    }

    #[test]
    fn x_risk_configuration_client() {
        let action = "NO_ACTION";
        let stack = cognito! {
            user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                client mobile {}
                risk_configuration MobileRisk {
                    client: mobile,
                    compromised_credentials_risk_configuration: { actions: { event_action: (action) } },
                }
            }
        };
        assert_parity(&stack, "x_risk_configuration_client");
    }
}

mod rules {
    use super::*;

    /// A protected pool with a client `web`, and `risk` in it.
    fn pool_with(risk: UserPoolRiskConfigurationAttachment) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", protected_pool());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "Risk", risk);
        s
    }

    fn with_credentials(event_action: &str) -> UserPoolRiskConfigurationAttachment {
        UserPoolRiskConfigurationAttachment {
            compromised_credentials_risk_configuration: credentials(event_action),
            ..Default::default()
        }
    }

    fn with_exceptions(blocked: Vec<Value>) -> UserPoolRiskConfigurationAttachment {
        UserPoolRiskConfigurationAttachment {
            risk_exception_configuration: Some(RiskExceptionConfiguration {
                blocked_ip_range_list: Some(blocked),
                skipped_ip_range_list: None,
            }),
            ..Default::default()
        }
    }

    fn with_notify(notify: NotifyConfiguration) -> UserPoolRiskConfigurationAttachment {
        UserPoolRiskConfigurationAttachment {
            account_takeover_risk_configuration: Some(AccountTakeoverRiskConfiguration {
                actions: Some(AccountTakeoverActions {
                    high_action: action("BLOCK", true),
                    ..Default::default()
                }),
                notify_configuration: Some(notify),
            }),
            ..Default::default()
        }
    }

    const SES: &str = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

    #[test]
    fn the_example_passes() {
        assert_eq!(pool_with(with_credentials("BLOCK")).check(), Vec::new());
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Risk", with_credentials("BLOCK"));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `risk_configuration` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn threat_protection() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool { feature_plan: Some(FeaturePlan::Plus), ..UserPool::default() });
        s.add_child(pool, "Risk", with_credentials("BLOCK"));
        let m = violation(&s, "risk_configuration.threat_protection", "");
        assert_eq!(
            m,
            "a `risk_configuration` needs threat protection on its user pool, but `Pool` has none; Cognito rejects it at deploy time (UserPoolAddOnNotEnabledException: \"user pool add-ons aren't enabled\"); set `feature_plan: PLUS` and `standard_threat_protection_mode: FULL_FUNCTION` (or `AUDIT_ONLY`) on the pool"
        );
    }

    #[test]
    fn threat_protection_by_any_mode() {
        let modes = [
            UserPool { advanced_security_mode: Some(AdvancedSecurityMode::Audit), ..UserPool::default() },
            UserPool {
                custom_threat_protection_mode: Some(CustomThreatProtectionMode::AuditOnly),
                ..UserPool::default()
            },
        ];
        for pool in modes {
            let mut s = Stack::new("Stack");
            let p = s.add("Pool", pool);
            s.add_child(p, "Risk", with_credentials("BLOCK"));
            assert!(!s.check().iter().any(|v| v.rule == "risk_configuration.threat_protection"));
        }
    }

    #[test]
    fn takeover_event_action() {
        let risk = UserPoolRiskConfigurationAttachment {
            account_takeover_risk_configuration: Some(AccountTakeoverRiskConfiguration {
                actions: Some(AccountTakeoverActions {
                    low_action: action("MFA", false),
                    ..Default::default()
                }),
                notify_configuration: None,
            }),
            ..Default::default()
        };
        let m = violation(
            &pool_with(risk),
            "risk_configuration.event_action",
            "account_takeover_risk_configuration.actions.low_action.event_action",
        );
        assert_eq!(
            m,
            "`event_action` must be one of `BLOCK`, `MFA_IF_CONFIGURED`, `MFA_REQUIRED`, `NO_ACTION` (got \"MFA\"); Cognito rejects it at deploy time; write one of them"
        );
    }

    #[test]
    fn credentials_event_action() {
        let m = violation(
            &pool_with(with_credentials("MFA_REQUIRED")),
            "risk_configuration.event_action",
            "compromised_credentials_risk_configuration.actions.event_action",
        );
        assert_eq!(
            m,
            "`event_action` must be one of `BLOCK`, `NO_ACTION` (got \"MFA_REQUIRED\"); Cognito rejects it at deploy time; write one of them"
        );
        let m = violation(
            &pool_with(with_credentials("BLOK")),
            "risk_configuration.event_action",
            "compromised_credentials_risk_configuration.actions.event_action",
        );
        assert!(m.ends_with("write `BLOCK`"), "{m}");
    }

    #[test]
    fn event_filter() {
        let risk = UserPoolRiskConfigurationAttachment {
            compromised_credentials_risk_configuration: Some(CompromisedCredentialsRiskConfiguration {
                actions: Some(CompromisedCredentialsActions { event_action: Some("BLOCK".into()) }),
                event_filter: Some(vec!["SIGN_IN".into(), "SIGNUP".into()]),
            }),
            ..Default::default()
        };
        let m = violation(
            &pool_with(risk),
            "risk_configuration.event_filter",
            "compromised_credentials_risk_configuration.event_filter.1",
        );
        assert_eq!(
            m,
            "`event_filter` must be one of `SIGN_IN`, `PASSWORD_CHANGE`, `SIGN_UP` (got \"SIGNUP\"); Cognito rejects it at deploy time; write `SIGN_UP`"
        );
    }

    #[test]
    fn ip_range() {
        let s = pool_with(with_exceptions(vec!["192.0.2.0/24".into(), "10.0.0.1".into()]));
        let m = violation(
            &s,
            "risk_configuration.ip_range",
            "risk_exception_configuration.blocked_ip_range_list.1",
        );
        assert_eq!(
            m,
            "`blocked_ip_range_list` takes IP ranges in CIDR notation, such as `192.0.2.0/24` or `2001:db8::/32` (got \"10.0.0.1\"); Cognito rejects it at deploy time; write the address with its prefix length (`/32` for one IPv4 address)"
        );
        for bad in
            ["10.0.0.0/33", "2001:db8::/129", "300.0.0.0/8", "10.0.0.0/+8", "10.0.0.0/", "example.com/8"]
        {
            let s = pool_with(with_exceptions(vec![bad.into()]));
            assert!(s.check().iter().any(|v| v.rule == "risk_configuration.ip_range"), "{bad}");
        }
        for good in ["0.0.0.0/0", "10.0.0.1/32", "::/0", "2001:db8::1/128"] {
            assert_eq!(pool_with(with_exceptions(vec![good.into()])).check(), Vec::new(), "{good}");
        }
    }

    #[test]
    fn ip_range_count() {
        let ranges: Vec<Value> = (0..201).map(|i| format!("10.0.{i}.0/24").into()).collect();
        let s = pool_with(with_exceptions(ranges));
        let m = violation(
            &s,
            "risk_configuration.ip_range_count",
            "risk_exception_configuration.blocked_ip_range_list",
        );
        assert_eq!(
            m,
            "`blocked_ip_range_list` holds at most 200 IP ranges (got 201); Cognito rejects it at deploy time; merge ranges into wider ones"
        );
    }

    #[test]
    fn source_arn() {
        let notify = NotifyConfiguration {
            source_arn: Some("arn:aws:sns:us-east-1:123456789012:alerts".into()),
            ..Default::default()
        };
        let m = violation(
            &pool_with(with_notify(notify)),
            "risk_configuration.source_arn",
            "account_takeover_risk_configuration.notify_configuration.source_arn",
        );
        assert_eq!(
            m,
            "`source_arn` must be the ARN of a `ses` resource, such as `arn:aws:ses:us-east-1:123456789012:identity/example.com` (got a `sns` ARN)"
        );
    }

    #[test]
    fn notify_email() {
        let notify = NotifyConfiguration {
            source_arn: Some(SES.into()),
            block_email: email(&"s".repeat(141), None, "We blocked a sign-in."),
            no_action_email: email("Heads up", None, "Hi"),
            ..Default::default()
        };
        let s = pool_with(with_notify(notify));
        let m = violation(
            &s,
            "risk_configuration.notify_email",
            "account_takeover_risk_configuration.notify_configuration.block_email.subject",
        );
        assert_eq!(
            m,
            "`subject` must be 1 to 140 characters long (got 141); CloudFormation rejects it at deploy time"
        );
        let text = s.check().into_iter().find(|v| v.path.ends_with("no_action_email.text_body"));
        assert_eq!(
            text.map(|v| v.message).as_deref(),
            Some(
                "`text_body` must be 6 to 20000 characters long (got 2); CloudFormation rejects it at deploy time"
            )
        );
    }

    #[test]
    fn duplicate() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", protected_pool());
        s.add_child(pool, "Risk", with_credentials("BLOCK"));
        s.add_child(pool, "Again", with_credentials("NO_ACTION"));
        let m = violation(&s, "risk_configuration.duplicate", "");
        assert_eq!(
            m,
            "`Pool/Risk` already configures threat protection for every app client (`client` left out); a pool holds one `risk_configuration` per client (CloudFormation identifies it by pool and client), so both would be the same resource; merge the two"
        );
    }

    #[test]
    fn duplicate_for_a_client() {
        let for_web =
            UserPoolRiskConfigurationAttachment { client: Some("web".into()), ..with_credentials("BLOCK") };
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", protected_pool());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "Risk", for_web.clone());
        s.add_child(pool, "All", with_credentials("BLOCK"));
        s.add_child(pool, "Again", for_web);
        let m = violation(&s, "risk_configuration.duplicate", "client");
        assert_eq!(
            m,
            "`Pool/Risk` already configures threat protection for app client `web`; a pool holds one `risk_configuration` per client (CloudFormation identifies it by pool and client), so both would be the same resource; merge the two"
        );
    }

    #[test]
    fn client_of_another_pool() {
        let mut s = pool_with(UserPoolRiskConfigurationAttachment {
            client: Some("other_web".into()),
            ..with_credentials("BLOCK")
        });
        let other = s.add("Other", UserPool::default());
        s.add_node(Some(other), "web", Some("other_web"), UserPoolClient::default());
        let m = violation(&s, "cfn_item.client_pool", "client");
        assert!(m.starts_with("`client` must be an app client of this user pool (`Pool`)"), "{m}");
    }

    /// The schema requires `EventAction` and `Notify` of an action: the template check reports
    /// the missing one at the setting that writes the action.
    #[test]
    fn schema_required() {
        let risk = UserPoolRiskConfigurationAttachment {
            account_takeover_risk_configuration: Some(AccountTakeoverRiskConfiguration {
                actions: Some(AccountTakeoverActions {
                    high_action: Some(AccountTakeoverAction {
                        event_action: Some("BLOCK".into()),
                        notify: None,
                    }),
                    ..Default::default()
                }),
                notify_configuration: None,
            }),
            ..Default::default()
        };
        let m = violation(
            &pool_with(risk),
            "schema.resource",
            "account_takeover_risk_configuration.actions.high_action.notify",
        );
        assert_eq!(
            m,
            "`notify` is required; CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolRiskConfigurationAttachment` schema, `AccountTakeoverRiskConfiguration.Actions.HighAction.Notify`)"
        );
    }

    /// The schema's `uniqueItems`: a range listed twice, reported at the list.
    #[test]
    fn schema_unique_items() {
        let s = pool_with(with_exceptions(vec!["192.0.2.0/24".into(), "192.0.2.0/24".into()]));
        let m = violation(&s, "schema.resource", "risk_exception_configuration.blocked_ip_range_list");
        assert_eq!(
            m,
            "`blocked_ip_range_list` must not repeat an entry (entry 1 repeats entry 0); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolRiskConfigurationAttachment` schema, `RiskExceptionConfiguration.BlockedIPRangeList`)"
        );
    }
}
