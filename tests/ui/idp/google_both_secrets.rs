use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_google google {
            user_pool: pool,
            client_id: "id",
            client_secret: "secret",
            client_secret_value: unsafe_plain_text("secret"),
        }
    };
}
