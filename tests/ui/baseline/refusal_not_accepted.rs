use cognito::cognito;

fn main() {
    // What Cognito refuses cannot be accepted: CloudFormation would roll it back anyway.
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/username_attributes.json",
            user_pool Pool {
                sign_in_aliases: { email, phone },
                accept_replacement: true,
            }
        }
    };
}
