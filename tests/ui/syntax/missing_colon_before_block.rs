use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            sign_in_aliases { username, email },
        }
    };
}
