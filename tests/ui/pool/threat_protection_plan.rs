use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: ESSENTIALS,
            standard_threat_protection_mode: AUDIT_ONLY,
        }
    };
}
