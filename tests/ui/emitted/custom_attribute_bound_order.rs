use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { score: number { min: 10, max: 1 } },
        }
    };
}
