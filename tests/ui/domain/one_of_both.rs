use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted {
                cognito_domain: { domain_prefix: "myapp" },
                custom_domain: {
                    domain_name: "auth.example.com",
                    certificate: "arn:aws:acm:us-east-1:123456789012:certificate/abc",
                },
            }
        }
    };
}
