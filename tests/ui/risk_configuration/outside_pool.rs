use cognito::cognito;

fn main() {
    let _ = cognito! {
        risk_configuration risk {
            compromised_credentials_risk_configuration: { actions: { event_action: BLOCK } },
        }
    };
}
