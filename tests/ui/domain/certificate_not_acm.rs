use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            domain hosted {
                custom_domain: {
                    domain_name: "auth.example.com",
                    certificate: "arn:aws:iam::123456789012:server-certificate/abc",
                },
            }
        }
    };
}
