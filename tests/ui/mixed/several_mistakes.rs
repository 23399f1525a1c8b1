use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            user_pool_nmae: "my-pool",
            self_sign_up_enabled: "yes",
            mfa: REQIURED,
            password_policy: { min_length: 5, temp_password_validity: days(2.5) },
            triggers: { pre_sign_up: missing_fn },
        }
    };
}
