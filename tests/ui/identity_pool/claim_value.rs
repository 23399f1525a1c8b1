use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids {
            authentication_providers: { amazon: { app_id: "amzn1.application.1" } },
            role_mappings: [{
                provider_url: AMAZON,
                rules: [{ claim: "custom:role", claim_value: "", mapped_role: "arn:aws:iam::123456789012:role/admin" }],
            }],
        }
    };
}
