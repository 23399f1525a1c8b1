use cognito::cognito;

// CDK case err_trigger_twice: "A trigger for the operation userMigration already exists."

fn main() {
    let _stack = cognito! {
        user_pool pool {
            trigger user_migration { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
            trigger user_migration { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
        }
    };
}
