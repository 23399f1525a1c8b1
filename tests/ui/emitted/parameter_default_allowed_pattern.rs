use cognito::cognito;

fn main() {
    let _stack = cognito! {
        parameter p { default: "abc1", allowed_pattern: "[a-z]+" }
    };
}
