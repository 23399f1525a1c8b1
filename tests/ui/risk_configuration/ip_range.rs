use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            standard_threat_protection_mode: FULL_FUNCTION,
            risk_configuration risk {
                risk_exception_configuration: { skipped_ip_range_list: ["192.0.2.0/24", "10.0.0.1"] },
            }
        }
    };
}
