use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                o_auth: { flows: { client_credentials }, scopes: [custom("api/read")] },
            }
        }
    };
}
