use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            construct Auth {
                accept_replacement: true,
                user_pool Pool {
                    client web {}
                }
            }
        }
    };
}
