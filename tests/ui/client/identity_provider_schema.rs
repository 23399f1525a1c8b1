use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                supported_identity_providers: [COGNITO, custom("")],
            }
        }
    };
}
