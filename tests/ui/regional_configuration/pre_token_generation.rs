use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west {
                lambda_config: {
                    pre_token_generation: "arn:aws:lambda:us-west-2:123456789012:function:tokens-v1",
                    pre_token_generation_config: {
                        lambda_arn: "arn:aws:lambda:us-west-2:123456789012:function:tokens-v2",
                        lambda_version: V2_0,
                    },
                },
            }
        }
    };
}
