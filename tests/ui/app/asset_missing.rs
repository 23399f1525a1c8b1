// An asset path that does not exist: relative to the crate's Cargo.toml (here, the crate
// trybuild makes under the target directory).
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function check {
            runtime: PROVIDED_AL2023,
            handler: "bootstrap",
            code: asset("target/lambda/pre-sign-up/bootstrap.zip"),
        }
    };
}
