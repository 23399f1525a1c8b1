// A warning (the stack deploys), denied so that the case fails and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            client web {}
            terms privacy {
                client: web,
                terms_name: "privacy-policy",
                terms_source: LINK,
                enforcement: NONE,
                links: { "cognito:default": "https://example.com/privacy" },
            }
        }
    };
}
