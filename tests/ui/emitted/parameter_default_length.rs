use cognito::cognito;

fn main() {
    let _stack = cognito! {
        parameter p { default: "ab", min_length: 3 }
    };
}
