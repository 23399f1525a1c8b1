use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted { managed_login_version: NEWER_MANAGED_LOGIN }
        }
    };
}
