use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            user carol {
                username: "carol",
                user_attributes: { email: "carol@example.com" },
                desired_delivery_mediums: [PHONE],
            }
        }
    };
}
