// A function without state is replaced (its name is create-only): the build goes on, and a
// warning says what the deployment will do. Denied, so that the case fails and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/function_name.json",
            lambda_function check {
                runtime: "nodejs22.x",
                handler: "index.handler",
                code: inline("exports.handler = async (event) => event"),
                function_name: "check-v2",
            }
        }
    };
}
