use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            log_delivery logs {
                log_configurations: [{
                    event_source: userSignIns,
                    log_level: ERROR,
                    cloud_watch_logs_configuration: { log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:cognito" },
                }],
            }
        }
    };
}
