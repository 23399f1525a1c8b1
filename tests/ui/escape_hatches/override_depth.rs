use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            overrides: { "Properties.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A": 1 },
        }
    };
}
