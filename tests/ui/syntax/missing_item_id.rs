use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool {
            user_pool_name: "my-pool",
        }
    };
}
