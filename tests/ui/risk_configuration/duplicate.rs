use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            standard_threat_protection_mode: FULL_FUNCTION,
            client web {}
            risk_configuration strict {
                client: web,
                compromised_credentials_risk_configuration: { actions: { event_action: BLOCK } },
            }
            risk_configuration lenient {
                client: web,
                compromised_credentials_risk_configuration: { actions: { event_action: NO_ACTION } },
            }
        }
    };
}
