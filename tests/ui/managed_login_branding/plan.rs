use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: LITE,
            client web {}
            domain hosted {
                cognito_domain: { domain_prefix: "example-auth" },
                managed_login_version: NEWER_MANAGED_LOGIN,
            }
            managed_login_branding style { client: web, use_cognito_provided_values: true }
        }
    };
}
