use cognito::cognito;

// The CDK emits `DeletionPolicy: Snapshot`, which CloudFormation rejects for a user pool.

fn main() {
    let _stack = cognito! {
        user_pool pool {
            removal_policy: SNAPSHOT,
        }
    };
}
