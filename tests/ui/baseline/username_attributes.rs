use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/username_attributes.json",
            user_pool Pool { sign_in_aliases: { email, phone } }
        }
    };
}
