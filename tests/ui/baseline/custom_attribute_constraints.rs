use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/custom_attribute_constraints.json",
            user_pool Pool { custom_attributes: { tenant: string { min_len: 1, max_len: 128 } } }
        }
    };
}
