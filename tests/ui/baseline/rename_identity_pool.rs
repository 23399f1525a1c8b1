use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/identity_pool_renamed.json",
            identity_pool Ids {}
        }
    };
}
