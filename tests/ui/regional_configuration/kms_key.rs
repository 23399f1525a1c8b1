use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west {
                lambda_config: {
                    custom_email_sender: {
                        lambda_arn: "arn:aws:lambda:us-west-2:123456789012:function:email-sender",
                        lambda_version: V1_0,
                    },
                },
            }
        }
    };
}
