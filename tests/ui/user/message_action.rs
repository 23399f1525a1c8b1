use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            user carol {
                username: "carol",
                message_action: SILENT,
            }
        }
    };
}
