use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            triggers: { pre_sign_up: f },
        }
        lambda_function f {
            runtime: "nodejs20.x",
            handler: "index.handler",
            code: inline("exports.handler = async () => {}"),
            environment: { POOL_ID: pool.user_pool_id },
        }
    };
}
