use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            client web { overrides: { "Properties.UserPoolId": delete } }
        }
    };
}
