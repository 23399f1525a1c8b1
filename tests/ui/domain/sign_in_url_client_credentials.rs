use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client m2m {
                generate_secret: true,
                o_auth: { flows: { client_credentials }, scopes: [custom("api/read")] },
            }
            domain hosted { cognito_domain: { domain_prefix: "myapp" } }
        }
        output sign_in { value: hosted.sign_in_url(m2m, redirect_uri: "https://example.com") }
    };
}
