use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            self_sign_up_enabled: "yes",
        }
    };
}
