use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web { supported_identity_providers: [COGNITO, FACEBOOK] }
        }
        user_pool_identity_provider_facebook facebook {
            user_pool: pool,
            client_id: "id",
            client_secret: "secret",
        }
    };
}
