use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server orders { identifier: "api" }
            resource_server billing { identifier: "api" }
        }
    };
}
