use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role r { assumed_by: service_principal("lambda") }
        output o { value: r.user_pool_id }
    };
}
