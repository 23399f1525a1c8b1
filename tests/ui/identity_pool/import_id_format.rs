use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids = from_identity_pool_id("idPool");
    };
}
