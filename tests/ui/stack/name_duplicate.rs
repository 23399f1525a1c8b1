use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool as "A" {}
        user_pool pool as "B" {}
    };
}
