// One name in two stacks: the items of an app share one namespace.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        stack Api {
            user_pool pool {}
        }
    };
}
