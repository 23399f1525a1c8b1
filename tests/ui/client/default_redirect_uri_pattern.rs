use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                o_auth: { flows: {}, default_redirect_uri: "https://example.com/a b" },
            }
        }
    };
}
