use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_user_pool.json",
            user_pool A {}
            user_pool B {}
            user_pool_client Client { user_pool: B }
        }
    };
}
