use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server api { identifier: "https://api.example.com" }
        }
    };
}
