use cognito::cognito;

// CDK case err_duplicate_construct_id: "There is already a Construct with name 'Pool' in Stack2 [Stack]"

fn main() {
    let _stack = cognito! {
        user_pool Pool {}
        user_pool "Pool" {}
    };
}
