use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            trigger pre_signup { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
        }
    };
}
