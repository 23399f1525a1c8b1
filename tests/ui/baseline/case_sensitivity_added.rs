use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/case_sensitivity_added.json",
            user_pool Pool { sign_in_case_sensitive: false }
        }
    };
}
