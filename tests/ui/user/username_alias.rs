use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            sign_in_aliases: { username, email },
            user carol {
                username: "carol@example.com",
            }
        }
    };
}
