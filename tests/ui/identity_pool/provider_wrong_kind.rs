use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role Pool { assumed_by: service_principal("cognito-identity.amazonaws.com") }
        identity_pool Ids { authentication_providers: { user_pools: [{ user_pool: Pool }] } }
    };
}
