use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool Pool {
                client Client {}
            }
            identity_pool IdentityPool {
                authentication_providers: {
                    user_pools: [
                        {
                            user_pool: Pool,
                            user_pool_client: Client,
                            disable_server_side_token_check: true,
                        },
                    ],
                },
            }
        }
    };
    cognito::cli::main(&stack);
}
