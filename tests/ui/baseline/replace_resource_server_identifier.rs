use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/resource_server_identifier.json",
            user_pool Pool {
                resource_server Api {
                    identifier: "https://api.example.com",
                    user_pool_resource_server_name: "api",
                    scopes: [{ scope_name: "read", scope_description: "Read" }],
                }
            }
        }
    };
}
