use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            log_delivery logs {
                log_configurations: [{
                    event_source: userAuthEvents,
                    log_level: INFO,
                    s3_configuration: { bucket_arn: "arn:aws:s3:us-east-1:123456789012:example-activity" },
                }],
            }
        }
    };
}
