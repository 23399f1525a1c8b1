use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool = from_user_pool_id("us-east-1_abc123XYZ") {
            regional_configuration west { status: PAUSED }
        }
    };
}
