use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function f {
            runtime: "nodejs20.x",
            handler: "index.handler",
            code: inline("exports.handler = async () => {}"),
            description: "ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd",
        }
    };
}
