use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids {
            authentication_providers: { amazon: { app_id: "amzn1.application.1" } },
            role_mappings: [{ provider_url: AMAZON, rules: [] }],
        }
    };
}
