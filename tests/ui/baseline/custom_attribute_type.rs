use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/custom_attribute_type.json",
            user_pool Pool { custom_attributes: { level: number { min: 1, max: 5 } } }
        }
    };
}
