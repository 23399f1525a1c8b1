use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids { authenticated_role: "arn:aws:lambda:us-east-1:123456789012:function:f" }
    };
}
