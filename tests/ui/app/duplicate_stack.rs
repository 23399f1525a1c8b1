// Two stacks of one name (the CDK: "There is already a Construct with name 'Auth' in App").
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        stack Auth {
            user_pool other {}
        }
    };
}
