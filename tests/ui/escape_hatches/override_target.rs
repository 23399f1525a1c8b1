use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {}
        output pool_id { value: pool.user_pool_id, overrides: { "Properties.Value": "x" } }
    };
}
