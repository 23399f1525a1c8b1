use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            passkey_relying_party_id: "",
        }
    };
}
