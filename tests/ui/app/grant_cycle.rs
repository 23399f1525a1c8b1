// A grant to a function of an earlier stack, and a pool of the later stack triggered by that
// function: each stack refers to the other (the trigger's ARN one way, the granted pool's ARN
// in the function's policy the other), which the CDK refuses ("would create a cyclic
// reference"). The error is under the trigger, the reference that makes `Api` import from
// `Auth`: the grant, written first, imports nothing into `Api`.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            lambda_function Check {
                runtime: NODEJS_22_X,
                handler: "index.handler",
                code: inline("exports.handler = async () => {};"),
            }
        }
        stack Api {
            user_pool Pool { grant Check { actions: ["cognito-idp:AdminGetUser"] } }
            user_pool Other { triggers: { pre_sign_up: Check } }
        }
    };
}
