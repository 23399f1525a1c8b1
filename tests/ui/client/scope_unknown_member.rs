use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web { o_auth: { scopes: [OPENID, OPENDI] } }
        }
    };
}
