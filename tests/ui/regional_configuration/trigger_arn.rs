use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west {
                lambda_config: { pre_sign_up: "arn:aws:sns:us-west-2:123456789012:sign-up" },
            }
        }
    };
}
