use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool");
    };
}
