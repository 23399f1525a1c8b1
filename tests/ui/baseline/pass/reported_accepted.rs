// The replacement of a function without state, accepted on purpose: no warning.
#![deny(warnings)]

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
                accept_replacement: true,
            }
        }
    };
}
