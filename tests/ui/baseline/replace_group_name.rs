use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/group_name.json",
            user_pool Pool {
                group admins { group_name: "administrators" }
            }
        }
    };
}
