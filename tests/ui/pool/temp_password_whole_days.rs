use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            password_policy: { temp_password_validity: days(2.5) },
        }
    };
}
