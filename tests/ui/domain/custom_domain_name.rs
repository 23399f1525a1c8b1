use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted {
                custom_domain: {
                    domain_name: "localhost",
                    certificate: "arn:aws:acm:us-east-1:123456789012:certificate/abc",
                },
            }
        }
    };
}
