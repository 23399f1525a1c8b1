use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            group admins {}
            user carol {
                username: "carol",
                groups: [admins, admins],
            }
        }
    };
}
