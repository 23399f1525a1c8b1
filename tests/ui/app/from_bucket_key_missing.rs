// `from_bucket` without the object's key.
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function check {
            runtime: PROVIDED_AL2023,
            handler: "bootstrap",
            code: from_bucket("my-code-bucket"),
        }
    };
}
