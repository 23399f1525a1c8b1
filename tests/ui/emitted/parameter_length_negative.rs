use cognito::cognito;

fn main() {
    let _stack = cognito! {
        parameter p { min_length: -1 }
    };
}
