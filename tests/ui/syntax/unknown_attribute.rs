use cognito::cognito;

fn main() {
    let _stack = cognito! {
        #![krate = cognito]
        user_pool pool {}
    };
}
