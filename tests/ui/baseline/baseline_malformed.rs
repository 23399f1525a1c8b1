use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/malformed.json",
            user_pool Pool {}
        }
    };
}
