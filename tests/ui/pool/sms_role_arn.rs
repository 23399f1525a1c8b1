use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            sms_role: "role/sms",
        }
    };
}
