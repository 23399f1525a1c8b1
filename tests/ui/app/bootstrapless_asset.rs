// A file asset in a stack that uses the bootstrapless synthesizer (the CDK: "Cannot add assets
// to a Stack that uses the BootstraplessSynthesizer"). The asset, `/`, is a directory that
// exists wherever the case is built.
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Auth {
            synthesizer: BOOTSTRAPLESS,
            lambda_function check {
                runtime: PROVIDED_AL2023,
                handler: "bootstrap",
                code: asset("/"),
            }
        }
    };
}
