use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            log_delivery logs {
                log_configurations: [{
                    event_source: userNotification,
                    log_level: ERROR,
                    s3_configuration: { bucket_arn: "arn:aws:s3:::example-activity" },
                }],
            }
        }
    };
}
