// A pool that waits for a role of an earlier stack and grants it: `Api` depends on `Auth`
// (the wait, added first, as the CDK's `prepareApp` does), and the grant's statement, in
// `Admin`'s policy in `Auth`, names the pool's ARN: `Auth` would depend on `Api`. The error is
// under the grant, the dependency that closes the cycle (the CDK: "Adding this dependency
// (Auth -> Api/Pool/Resource.Arn) would create a cyclic reference").
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            role Admin { assumed_by: service_principal("lambda.amazonaws.com") }
        }
        stack Api {
            user_pool Pool {
                depends_on: [Admin],
                grant Admin { actions: ["cognito-idp:AdminGetUser"] }
            }
        }
    };
}
