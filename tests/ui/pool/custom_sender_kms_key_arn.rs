use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_sender_kms_key: "arn:aws:lambda:us-east-1:123456789012:function:f",
        }
    };
}
