use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool { custom_attributes: { "a$b": string {} } }
        user_pool_identity_provider_google google {
            user_pool: pool,
            client_id: "id",
            client_secret_value: unsafe_plain_text("secret"),
            attribute_mapping: { custom: { "custom:a$b": other("tenant") } },
        }
    };
}
