use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: ESSENTIALS,
            log_delivery logs {
                log_configurations: [{
                    event_source: userAuthEvents,
                    log_level: INFO,
                    s3_configuration: { bucket_arn: "arn:aws:s3:::example-activity" },
                }],
            }
        }
    };
}
