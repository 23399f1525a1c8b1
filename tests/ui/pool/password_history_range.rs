use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            password_policy: { password_history_size: 25 },
        }
    };
}
