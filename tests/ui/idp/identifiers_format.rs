use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {}
        user_pool_identity_provider_saml corp {
            user_pool: pool,
            metadata: url("https://idp.example.com/metadata.xml"),
            identifiers: ["corp", "corp.example.com/sso"],
        }
    };
}
