use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            standard_threat_protection_mode: FULL_FUNCTION,
            risk_configuration risk {
                compromised_credentials_risk_configuration: {
                    actions: { event_action: BLOCK },
                    event_filter: [SIGN_IN, SIGN_IN],
                },
            }
        }
    };
}
