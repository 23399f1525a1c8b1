use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            user carol {
                username: "carol",
                user_attributes: { phone_number: "206-555-0100" },
            }
        }
    };
}
