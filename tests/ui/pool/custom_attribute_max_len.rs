use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { tenant: string { max_len: 3000 } },
        }
    };
}
