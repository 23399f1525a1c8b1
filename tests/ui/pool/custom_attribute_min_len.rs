use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { tenant: string { min_len: -1 } },
        }
    };
}
