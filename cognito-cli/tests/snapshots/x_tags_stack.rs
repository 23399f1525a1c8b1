use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            tags: { App: "demo", Owner: "pool" },
            user_pool Pool {
                sign_in_aliases: { phone },
            }
        }
    };
    cognito::cli::main(&stack);
}
