use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            standard_threat_protection_mode: FULL_FUNCTION,
            risk_configuration risk {
                account_takeover_risk_configuration: {
                    actions: { high_action: { event_action: BLOCK, notify: true } },
                    notify_configuration: {
                        source_arn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
                        block_email: { subject: "Blocked", text_body: "Hi" },
                    },
                },
            }
        }
    };
}
