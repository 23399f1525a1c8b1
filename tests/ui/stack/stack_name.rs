use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack "1stack" {
            user_pool pool {}
        }
    };
}
