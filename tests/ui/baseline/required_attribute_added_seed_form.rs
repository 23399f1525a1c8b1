use cognito::cognito;

fn main() {
    // The seed's form: the error is under the key written.
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/required_attribute_added.json",
            user_pool Pool { required_attributes: { email: true, fullname: true } }
        }
    };
}
