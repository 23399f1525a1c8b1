use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted {
                custom_domain: {
                    domain_name: "auth.example.com",
                    certificate: from_certificate_arn("arn:aws:acm:eu-west-1:123456789012:certificate/abc"),
                },
            }
        }
    };
}
