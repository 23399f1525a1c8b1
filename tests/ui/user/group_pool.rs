use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool other {
            group staff {}
        }
        user_pool pool {
            user carol {
                username: "carol",
                groups: [staff],
            }
        }
    };
}
