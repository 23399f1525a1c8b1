use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool_a { client web {} }
        user_pool pool_b { client web {} }
        output web_client_id { value: web.user_pool_client_id }
    };
}
