use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_resource_server api = from_resource_server_id("users");
    };
}
