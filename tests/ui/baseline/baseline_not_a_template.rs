use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/not_a_template.json",
            user_pool Pool {}
        }
    };
}
