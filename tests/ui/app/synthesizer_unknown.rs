// A synthesizer cognito! does not write (the CDK's legacy one).
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Auth {
            synthesizer: LEGACY,
            user_pool pool {}
        }
    };
}
