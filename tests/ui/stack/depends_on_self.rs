use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            depends_on: [pool],
        }
    };
}
