use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                generate_secret: true,
                o_auth: {
                    flows: { client_credentials, authorization_code_grant },
                    scopes: [custom("api/read")],
                },
            }
        }
    };
}
