use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            risk_configuration risk {
                compromised_credentials_risk_configuration: { actions: { event_action: BLOCK } },
            }
        }
    };
}
