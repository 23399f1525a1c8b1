use cognito::cognito;

// An imported pool given its own id, and two given each other's: each setting in a cycle is
// an error (once, the compiler crashed: the render followed the references without end).
fn main() {
    let _stack = cognito! {
        user_pool real {}
        user_pool pool = from_user_pool_id(pool.user_pool_id);
        user_pool a = from_user_pool_id(b.user_pool_id);
        user_pool b = from_user_pool_arn(a.user_pool_arn);
        user_pool_client c = from_user_pool_client_id(c.user_pool_client_id);
        output o { value: pool.user_pool_id }
    };
}
