use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            required_attributes: { email: true },
            standard_attributes: { fullname: { required: true } },
        }
    };
}
