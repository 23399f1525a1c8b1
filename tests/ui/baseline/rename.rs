use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_renamed.json",
            user_pool Pool {
                client webapp {}
            }
        }
    };
}
