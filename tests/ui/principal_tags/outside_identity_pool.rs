use cognito::cognito;

fn main() {
    let _ = cognito! {
        principal_tags tags { identity_provider_name: "accounts.google.com", use_defaults: true }
    };
}
