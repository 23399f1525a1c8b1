use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc") {
            trigger pre_sign_up { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
        }
    };
}
