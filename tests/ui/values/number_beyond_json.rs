use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { score: number { max: 18446744073709551616 } },
        }
    };
}
