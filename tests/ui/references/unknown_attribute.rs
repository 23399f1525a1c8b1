use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        output o { value: pool.user_pool_idd }
    };
}
