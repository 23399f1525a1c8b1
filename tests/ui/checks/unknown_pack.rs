// A pack the checks do not have.
use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTION],
            user_pool myuserpool {}
        }
    };
}
