use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                o_auth: { flows: { authorization_code_grant }, callback_urls: [] },
            }
        }
    };
}
