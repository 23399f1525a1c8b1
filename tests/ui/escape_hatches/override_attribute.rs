use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            overrides: { "Propertes.UserPoolTier": "PLUS" },
        }
    };
}
