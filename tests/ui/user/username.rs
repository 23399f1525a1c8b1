use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            sign_in_aliases: { email },
            user carol {
                username: "carol",
            }
        }
    };
}
