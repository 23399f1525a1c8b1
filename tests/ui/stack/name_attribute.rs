use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client user_pool_id {}
        }
    };
}
