use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_generate_secret.json",
            user_pool Pool {
                client web { generate_secret: true }
            }
        }
    };
}
