use cognito::cognito;

fn main() {
    let _stack = cognito! {
        #![crate = "cognito"]
        user_pool pool {}
    };
}
