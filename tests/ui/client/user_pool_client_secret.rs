use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web { generate_secret: true }
        }
        output secret { value: web.user_pool_client_secret }
    };
}
