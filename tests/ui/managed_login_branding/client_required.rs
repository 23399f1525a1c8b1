use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            managed_login_branding style { use_cognito_provided_values: true }
        }
    };
}
