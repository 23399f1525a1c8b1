use cognito::cognito;

fn main() {
    let _ = cognito! {
        role sender { assumed_by: service_principal("lambda.amazonaws.com") }
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west { lambda_config: { pre_sign_up: sender } }
        }
    };
}
