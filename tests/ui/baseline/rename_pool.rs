use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/pool_renamed.json",
            user_pool Users {
                client web {}
            }
        }
    };
}
