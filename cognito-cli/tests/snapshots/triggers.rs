use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            lambda_function authChallengeFn {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler=async()=>{}"),
            }
            user_pool myuserpool {
                lambda_triggers: {
                    create_auth_challenge: authChallengeFn,
                    user_migration: userMigrationFn,
                },
            }
            lambda_function userMigrationFn {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler=async()=>{}"),
            }
        }
    };
    cognito::cli::main(&stack);
}
