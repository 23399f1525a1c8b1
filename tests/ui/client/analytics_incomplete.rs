use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                analytics: { application_id: "abc123", external_id: "ext" },
            }
        }
    };
}
