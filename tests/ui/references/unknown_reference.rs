use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function f {
            runtime: "nodejs20.x",
            handler: "index.handler",
            code: inline("exports.handler = async () => {}"),
        }
        user_pool pool {
            triggers: { pre_sign_up: g },
        }
    };
}
