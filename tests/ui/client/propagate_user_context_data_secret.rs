use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                enable_propagate_additional_user_context_data: true,
            }
        }
    };
}
