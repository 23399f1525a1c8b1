use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/standard_attribute_mutability.json",
            user_pool Pool {
                standard_attributes: { email: { required: true, mutable: false } },
            }
        }
    };
}
