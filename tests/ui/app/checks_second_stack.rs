// An error finding of the checks in the second stack of an app: reported under the item of
// that stack (each stack's findings go to its own tokens), not under the first stack's.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool pool {}
        }
        stack Guests {
            checks: [AWS_SOLUTIONS],
            user_pool_client web { user_pool: pool }
            identity_pool guests { allow_unauthenticated_identities: true }
        }
    };
}
