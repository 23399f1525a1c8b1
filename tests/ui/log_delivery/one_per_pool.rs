// A warning (the stack deploys), denied so that the case fails and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            log_delivery errors {
                log_configurations: [{
                    event_source: userNotification,
                    log_level: ERROR,
                    cloud_watch_logs_configuration: { log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:cognito" },
                }],
            }
            log_delivery activity {
                log_configurations: [{
                    event_source: userAuthEvents,
                    log_level: INFO,
                    s3_configuration: { bucket_arn: "arn:aws:s3:::example-activity" },
                }],
            }
        }
    };
}
