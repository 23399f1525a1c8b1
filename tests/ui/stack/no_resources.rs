use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Auth {
            user_pool pool = from_user_pool_id("us-east-1_oiuR12Abd");
            output pool_id { value: pool.user_pool_id }
        }
    };
}
