use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            client web {}
            managed_login_branding style {
                client: web,
                settings: { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": { "a": 1 } } } } } } } } } } } } } } } } } } } } } } } } },
            }
        }
    };
}
