// A misspelt reference in an app: the suggestion comes from every stack's names.
use cognito::cognito;

fn main() {
    let _app = cognito! {
        stack Auth {
            user_pool users {}
        }
        stack Api {
            user_pool_client web { user_pool: user }
        }
    };
}
