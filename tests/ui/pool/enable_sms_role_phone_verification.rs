use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            enable_sms_role: false,
            auto_verify: { phone },
        }
    };
}
