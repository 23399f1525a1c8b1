use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server api { identifier: "my api", user_pool_resource_server_name: "My API" }
        }
    };
}
