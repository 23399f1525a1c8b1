use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_identity_provider corp = from_provider_name("Corp SAML");
    };
}
