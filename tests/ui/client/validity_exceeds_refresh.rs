use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                id_token_validity: hours(2),
                refresh_token_validity: minutes(60),
            }
        }
    };
}
