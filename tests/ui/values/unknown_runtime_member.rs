use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function f {
            runtime: NODE_JS_20,
            handler: "index.handler",
            code: inline("exports.handler = async () => {}"),
        }
    };
}
