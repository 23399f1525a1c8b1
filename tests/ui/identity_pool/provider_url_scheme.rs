use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids {
            authentication_providers: { open_id_connect_providers: ["arn:aws:iam::123456789012:oidc-provider/example.com"] },
            role_mappings: [{ provider_url: open_id("https://example.com"), use_token: true }],
        }
    };
}
