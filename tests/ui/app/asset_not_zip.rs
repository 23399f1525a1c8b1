// An asset that is a file but not a `.zip`: `Cargo.toml` (of the crate trybuild makes).
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        lambda_function check {
            runtime: PROVIDED_AL2023,
            handler: "bootstrap",
            code: asset("Cargo.toml"),
        }
    };
}
