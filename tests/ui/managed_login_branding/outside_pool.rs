use cognito::cognito;

fn main() {
    let _ = cognito! {
        managed_login_branding style { use_cognito_provided_values: true }
    };
}
