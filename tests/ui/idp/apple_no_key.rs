use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_apple apple {
            user_pool: pool,
            client_id: "com.example.app",
            team_id: "TEAM123456",
            key_id: "KEY1234567",
        }
    };
}
