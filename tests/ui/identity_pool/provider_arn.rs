use cognito::cognito;

fn main() {
    let _stack = cognito! {
        identity_pool Ids {
            authentication_providers: { saml_providers: ["arn:us-east-1:iam::123456789012:saml-provider/mytest"] },
        }
    };
}
