use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids { authentication_providers: { custom_provider: "login example" } }
    };
}
