use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                analytics: {
                    application: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc123",
                    application_id: "abc123",
                },
            }
        }
    };
}
