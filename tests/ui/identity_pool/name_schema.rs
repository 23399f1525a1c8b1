use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids { identity_pool_name: "my pool!" }
    };
}
