use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool ids {
            unauthenticated_role: "arn:aws:iam::123456789012:role/guests",
            unauthenticated_role_statements: [
                { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::my-app-bucket/public/*"] },
            ],
        }
    };
}
