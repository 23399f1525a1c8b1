use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            triggers: { user_migration: "arn:aws:lambda:us-east-1:123456789012:function:f" },
            trigger user_migration { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
        }
    };
}
