use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/domain_prefix.json",
            user_pool Pool {
                domain Domain { cognito_domain: { domain_prefix: "my-new-app" } }
            }
        }
    };
}
