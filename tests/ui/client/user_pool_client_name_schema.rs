use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                user_pool_client_name: "my/client",
            }
        }
    };
}
