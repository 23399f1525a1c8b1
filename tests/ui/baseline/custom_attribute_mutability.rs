use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/custom_attribute_mutability.json",
            user_pool Pool { custom_attributes: { tenant: string { mutable: false } } }
        }
    };
}
