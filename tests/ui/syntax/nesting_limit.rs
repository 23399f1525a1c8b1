use cognito::cognito;

// The pool's block is level 1 and each `{` of the value one more: the last `{` opens level 65.
fn main() {
    let _stack = cognito! {
        user_pool pool {
            user_verification: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
            a: { a: { a: { a: { a: { a: { a: { a: {
                1
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
            } } } } } } } }
        }
    };
}
