use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids {
            authentication_providers: { amazon: { app_id: "amzn1.application.1" } },
            role_mappings: [
                { provider_url: AMAZON, mapping_key: "k0", use_token: true },
                { provider_url: AMAZON, mapping_key: "k1", use_token: true },
                { provider_url: AMAZON, mapping_key: "k2", use_token: true },
                { provider_url: AMAZON, mapping_key: "k3", use_token: true },
                { provider_url: AMAZON, mapping_key: "k4", use_token: true },
                { provider_url: AMAZON, mapping_key: "k5", use_token: true },
                { provider_url: AMAZON, mapping_key: "k6", use_token: true },
                { provider_url: AMAZON, mapping_key: "k7", use_token: true },
                { provider_url: AMAZON, mapping_key: "k8", use_token: true },
                { provider_url: AMAZON, mapping_key: "k9", use_token: true },
                { provider_url: AMAZON, mapping_key: "k10", use_token: true },
            ],
        }
    };
}
