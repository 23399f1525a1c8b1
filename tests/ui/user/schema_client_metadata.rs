use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            user carol {
                username: "carol",
                client_metadata: { "batch#1": "x" },
            }
        }
    };
}
