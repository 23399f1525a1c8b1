use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function f {
            runtime: "nodejs20.x",
            handler: "",
            code: inline("exports.handler = async () => {}"),
        }
    };
}
