use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/pool_removed.json",
            user_pool Other {}
        }
    };
}
