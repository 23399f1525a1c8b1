use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids = from_identity_pool_id("us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        output Name { value: Ids.identity_pool_name }
    };
}
