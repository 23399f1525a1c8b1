use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/pool_into_construct.json",
            construct Auth {
                user_pool Pool {
                    client web {}
                }
            }
        }
    };
}
