use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            triggers: { pre_sign_up: "arn:aws:iam::123456789012:role/my-role" },
        }
    };
}
