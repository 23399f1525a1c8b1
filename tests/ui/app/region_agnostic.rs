// A reference from a stack with a region to a stack without one (the CDK: "Cross stack/region
// references are only supported for stacks with an explicit region defined").
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        stack Api {
            env: { region: "eu-west-1" },
            user_pool_client web { user_pool: pool }
        }
    };
}
