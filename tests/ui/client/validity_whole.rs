use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                auth_session_validity: seconds(190),
            }
        }
    };
}
