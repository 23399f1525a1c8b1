use cognito::cognito;

fn main() {
    let _stack = cognito! {
        parameter p { min_length: 5, max_length: 4 }
    };
}
