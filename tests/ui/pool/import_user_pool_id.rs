use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool = from_user_pool_id("abc");
    };
}
