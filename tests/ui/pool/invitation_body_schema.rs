use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            user_invitation: { email_body: "Hi" },
        }
    };
}
