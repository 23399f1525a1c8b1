use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            email: with_cognito("support"),
        }
    };
}
