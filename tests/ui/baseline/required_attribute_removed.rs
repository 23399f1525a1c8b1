use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/required_attribute_removed.json",
            user_pool Pool {
                standard_attributes: { email: { required: true }, fullname: { required: false } },
            }
        }
    };
}
