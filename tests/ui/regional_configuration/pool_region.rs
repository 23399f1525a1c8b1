use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            regional_configuration west { status: ACTIVE }
        }
    };
}
