use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            user_verification: { sms_message: "Welcome!" },
        }
    };
}
