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
                        source_arn: "arn:aws:sns:us-east-1:123456789012:alerts",
                        block_email: { subject: "Blocked sign-in", text_body: "We blocked a sign-in." },
                    },
                },
            }
        }
    };
}
