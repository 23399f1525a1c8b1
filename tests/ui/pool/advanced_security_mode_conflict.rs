use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: PLUS,
            advanced_security_mode: ENFORCED,
            standard_threat_protection_mode: FULL_FUNCTION,
        }
    };
}
