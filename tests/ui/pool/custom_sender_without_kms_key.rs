use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            triggers: { custom_sms_sender: "arn:aws:lambda:us-east-1:123456789012:function:f" },
        }
    };
}
