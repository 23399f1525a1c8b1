use cognito::cognito;

fn main() {
    let _stack = cognito! {
        output o { value: reference("NoSuchResource") }
    };
}
