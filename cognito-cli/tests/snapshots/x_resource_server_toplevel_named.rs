use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool Pool {}
            user_pool_resource_server Api {
                user_pool: Pool,
                identifier: "https://api.example.com",
                user_pool_resource_server_name: "My API",
                scopes: [
                    { scope_name: "read", scope_description: "Read access" },
                    { scope_name: "write", scope_description: "Write access" },
                ],
            }
            user_pool_client Machine {
                user_pool: Pool,
                generate_secret: true,
                o_auth: {
                    flows: { client_credentials },
                    scopes: [resource_server(Api, "write"), resource_server(Api, "read")],
                },
            }
            output ClientId { value: Machine.user_pool_client_id }
            output ApiId { value: Api.user_pool_resource_server_id }
        }
    };
    cognito::cli::main(&stack);
}
