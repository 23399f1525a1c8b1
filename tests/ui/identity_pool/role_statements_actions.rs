use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool ids {
            authenticated_role_statements: [{ actions: [], resources: ["arn:aws:s3:::my-app-bucket/*"] }],
        }
    };
}
