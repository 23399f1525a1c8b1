use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {}
        user_pool other {}
        identity_pool identities {
            authentication_providers: { user_pools: [{ user_pool: pool }] },
            principal_tags tags { identity_provider_name: other.user_pool_provider_name, use_defaults: false }
        }
    };
}
