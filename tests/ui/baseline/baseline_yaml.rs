use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/template.yaml",
            user_pool Pool {}
        }
    };
}
