// A reference between two regions: the CDK needs custom resources for it, which cognito! does
// not make.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            env: { account: "123456789012", region: "us-east-1" },
            user_pool pool {}
        }
        stack Api {
            env: { account: "123456789012", region: "eu-west-1" },
            user_pool_client web { user_pool: pool }
        }
    };
}
