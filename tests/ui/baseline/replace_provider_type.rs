use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/idp_type.json",
            user_pool Pool {}
            user_pool_identity_provider_facebook Social {
                user_pool: Pool,
                client_id: "id",
                client_secret: "secret",
            }
        }
    };
}
