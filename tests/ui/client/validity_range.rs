use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                access_token_validity: minutes(4),
            }
        }
    };
}
