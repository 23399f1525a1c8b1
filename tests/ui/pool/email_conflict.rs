use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            email: with_cognito("support@example.com"),
            email_transmission: { from: "noreply@example.com" },
        }
    };
}
