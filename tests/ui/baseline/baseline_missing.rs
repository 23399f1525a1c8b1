use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/no_such_file.json",
            user_pool Pool {}
        }
    };
}
