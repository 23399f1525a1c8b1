use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server api {
                identifier: "api",
                scopes: [
                    { scope_name: "read", scope_description: "Read access" },
                    { scope_name: "read/all", scope_description: "Read everything" },
                ],
            }
        }
    };
}
