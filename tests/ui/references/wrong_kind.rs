use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role r { assumed_by: service_principal("lambda") }
        user_pool pool {
            triggers: { pre_sign_up: r },
        }
    };
}
