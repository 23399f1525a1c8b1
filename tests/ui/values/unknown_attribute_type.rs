use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { tenant: text { max_len: 64 } },
        }
    };
}
