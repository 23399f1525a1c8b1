use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role analytics { assumed_by: service_principal("cognito-idp.amazonaws.com") }
        user_pool_client web { user_pool: analytics }
    };
}
