use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            user_verification: { email_style: CODE, email_body: "Welcome!" },
        }
    };
}
