use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted { cognito_domain: { domain_prefix: "myapp" } }
        }
        user_pool_client web = from_user_pool_client_id("1example23456789");
        output sign_in { value: hosted.sign_in_url(web, redirect_uri: "https://example.com") }
    };
}
