use cognito::cognito;

fn main() {
    let _ = cognito! {
        identity_pool identities {
            authentication_providers: { google: { client_id: "12345.apps.googleusercontent.com" } },
            authenticated_role: "arn:aws:iam::123456789012:role/tagging",
            principal_tags tags {
                identity_provider_name: "accounts.google.com",
                principal_tags: { tenant: "" },
            }
        }
    };
}
