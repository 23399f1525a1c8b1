use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                analytics: {
                    application_id: "my-app",
                    external_id: "ext",
                    role: "arn:aws:iam::123456789012:role/analytics",
                },
            }
        }
    };
}
