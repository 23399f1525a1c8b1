use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_amazon amazon {
            user_pool: pool,
            client_id: "id",
            client_secret: "secret",
        }
        user_pool_identity_provider_amazon amazon_again {
            user_pool: pool,
            client_id: "other-id",
            client_secret: "other-secret",
        }
    };
}
