use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            email: with_ses { from_email: "noreply@example.com" },
        }
    };
}
