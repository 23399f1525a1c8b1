// `asset` with a path known only at run time: the build cannot check it exists.
use cognito::cognito;

fn main() {
    let path = "lambda/bootstrap.zip";
    let _stack = cognito! {
        lambda_function check {
            runtime: PROVIDED_AL2023,
            handler: "bootstrap",
            code: asset((path)),
        }
    };
}
