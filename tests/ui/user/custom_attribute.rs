use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            custom_attributes: { tenant: string },
            user carol {
                username: "carol",
                user_attributes: { "custom:plan": "gold" },
            }
        }
    };
}
