use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: deployed_template,
            user_pool Pool {}
        }
    };
}
