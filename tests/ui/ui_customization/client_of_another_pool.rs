use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            domain hosted { cognito_domain: { domain_prefix: "example-auth" } }
            ui_customization css { client: other_web, css: ".banner-customizable { color: red; }" }
        }
        user_pool other {
            client other_web {}
        }
    };
}
