use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            sms_role: "arn:aws:iam::123456789012:role/sms",
            enable_sms_role: false,
        }
    };
}
