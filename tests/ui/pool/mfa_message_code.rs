use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: OPTIONAL,
            mfa_message: "Your code is coming",
        }
    };
}
