use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west {
                lambda_config: {
                    custom_sms_sender: {
                        lambda_arn: "arn:aws:lambda:us-west-2:123456789012:function:sms-sender",
                        lambda_version: V2_0,
                    },
                    kms_key_id: "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                },
            }
        }
    };
}
