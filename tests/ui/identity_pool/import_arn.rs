use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids = from_identity_pool_arn("arn:aws:cognito-identity:eu-west-1:123456789012:identitypool");
    };
}
