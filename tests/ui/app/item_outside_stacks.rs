// In a block of several stacks, an item outside every stack.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        user_pool_client web { user_pool: pool }
        stack Api {
            output id { value: pool.user_pool_id }
        }
    };
}
