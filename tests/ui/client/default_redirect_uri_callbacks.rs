use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                o_auth: {
                    callback_urls: ["https://example.com/callback"],
                    default_redirect_uri: "https://example.com/other",
                },
            }
        }
    };
}
