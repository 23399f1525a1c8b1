use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            group admins { role: "arn:aws:sns:us-east-1:123456789012:admins" }
        }
    };
}
