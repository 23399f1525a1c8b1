// Two stacks that refer to each other: the pool's trigger is in `Api`, whose client is of the
// pool in `Auth` (the CDK: "would create a cyclic reference").
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool { lambda_triggers: { pre_sign_up: check } }
        }
        stack Api {
            lambda_function check {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: inline("exports.handler = async (e) => e;"),
            }
            user_pool_client web { user_pool: pool }
        }
    };
}
