use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pol pool {}
    };
}
