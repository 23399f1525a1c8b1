use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: LITE,
            password_policy: { password_history_size: 5 },
        }
    };
}
